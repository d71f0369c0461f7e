import { LIMITS } from '../../../../shared/domain/forms/limits';
import {
  SUBJECTS,
  TASK_RATING_LABELS,
  TASK_RATINGS,
  type TaskRating,
} from '../../../../shared/domain/vocabulary';
import { Field } from '../../ui/field';
import { NumberInput, Select } from '../../ui/inputs';
import { Group, SUBJECT_LABELS, TargetAwards, TextArea } from './fields';
import type { CampaignFormApi } from './form-api';

/** The measurable targets (chỉ tiêu): what is counted, against whom, how much. */
export function TargetsSection({ form }: { form: CampaignFormApi }) {
  const { set, list, addTo, removeFrom, issueOf } = form;
  const targets = list('targets') as Record<string, unknown>[];
  return (
    <Group name="targets" legend="Chỉ tiêu thi đua" error={issueOf('targets')}>
      {targets.length === 0 ? <p class="meta">Chưa có chỉ tiêu nào.</p> : null}
      {targets.map((target, index) => {
        const p = `targets.${index}`;
        const measure = (target.measure ?? {}) as Record<string, unknown>;
        return (
          <fieldset key={index}>
            <legend>Chỉ tiêu {index + 1}</legend>
            <TextArea
              name={`${p}.metric`}
              label="Nội dung chỉ tiêu"
              hint="Như trong kế hoạch, ví dụ: 15% đạt danh hiệu Chiến sĩ thi đua cơ sở"
              value={target.metric}
              error={issueOf(`${p}.metric`)}
              required
              rows={2}
              onChange={(v) => set(`${p}.metric`, v)}
            />
            <div class="grid-2">
              <Field name={`${p}.subject`} label="Đối tượng" error={issueOf(`${p}.subject`)} required>
                {(c) => (
                  <Select
                    control={c}
                    value={target.subject as 'person' | 'collective' | undefined}
                    onChange={(v) => set(`${p}.subject`, v)}
                    options={SUBJECTS.map((s) => ({ value: s, label: SUBJECT_LABELS[s] }))}
                  />
                )}
              </Field>
              <Field name={`${p}.measure.kind`} label="Cách đo" error={issueOf(`${p}.measure.kind`)} required>
                {(c) => (
                  <Select
                    control={c}
                    value={measure.kind as 'percentage' | 'count' | undefined}
                    onChange={(v) =>
                      set(
                        `${p}.measure`,
                        v === 'count' ? { kind: 'count', min: 1 } : { kind: 'percentage', percent: 0 },
                      )
                    }
                    options={[
                      { value: 'percentage', label: 'Tỷ lệ phần trăm' },
                      { value: 'count', label: 'Số lượng' },
                    ]}
                  />
                )}
              </Field>
              {measure.kind === 'count' ? (
                <>
                  <Field
                    name={`${p}.measure.min`}
                    label="Ít nhất"
                    error={issueOf(`${p}.measure.min`)}
                    required
                  >
                    {(c) => (
                      <NumberInput
                        control={c}
                        value={measure.min as number | undefined}
                        onChange={(v) => set(`${p}.measure.min`, v)}
                      />
                    )}
                  </Field>
                  <Field name={`${p}.measure.max`} label="Nhiều nhất" error={issueOf(`${p}.measure.max`)}>
                    {(c) => (
                      <NumberInput
                        control={c}
                        value={measure.max as number | undefined}
                        onChange={(v) => set(`${p}.measure.max`, v)}
                      />
                    )}
                  </Field>
                </>
              ) : (
                <Field
                  name={`${p}.measure.percent`}
                  label="Tỷ lệ (%)"
                  error={issueOf(`${p}.measure.percent`)}
                  required
                >
                  {(c) => (
                    <NumberInput
                      control={c}
                      value={measure.percent as number | undefined}
                      onChange={(v) => set(`${p}.measure.percent`, v)}
                    />
                  )}
                </Field>
              )}
              <Field name={`${p}.measuredBy`} label="Cách tính kết quả" error={issueOf(`${p}.measuredBy`)}>
                {(c) => (
                  <Select
                    control={c}
                    value={(target.measuredBy as 'nominations' | 'unit_report' | undefined) ?? 'nominations'}
                    onChange={(v) => {
                      set(`${p}.measuredBy`, v === 'unit_report' ? 'unit_report' : undefined);
                      if (v === 'unit_report') {
                        set(`${p}.awardCode`, undefined);
                        set(`${p}.awardCodes`, undefined);
                        set(`${p}.orHigher`, undefined);
                        set(`${p}.minTaskRating`, undefined);
                      }
                    }}
                    options={[
                      { value: 'nominations', label: 'Đếm từ hồ sơ đề nghị khen thưởng' },
                      { value: 'unit_report', label: 'Đơn vị báo cáo kèm minh chứng' },
                    ]}
                  />
                )}
              </Field>
              {target.measuredBy === 'unit_report' ? null : (
                <Field
                  name={`${p}.minTaskRating`}
                  label="Xếp loại tối thiểu"
                  error={issueOf(`${p}.minTaskRating`)}
                >
                  {(c) => (
                    <Select
                      control={c}
                      value={target.minTaskRating as TaskRating | undefined}
                      onChange={(v) => set(`${p}.minTaskRating`, v)}
                      empty="(không yêu cầu)"
                      options={TASK_RATINGS.map((r) => ({ value: r, label: TASK_RATING_LABELS[r] }))}
                    />
                  )}
                </Field>
              )}
            </div>
            {target.measuredBy === 'unit_report' ? null : (
              <TargetAwards
                path={p}
                target={target}
                error={issueOf(`${p}.awardCodes`) ?? issueOf(`${p}.awardCode`) ?? issueOf(`${p}.orHigher`)}
                set={set}
              />
            )}
            <button type="button" class="btn" onClick={() => removeFrom('targets', index)}>
              Xóa chỉ tiêu {index + 1}
            </button>
          </fieldset>
        );
      })}
      {targets.length < LIMITS.targets ? (
        <button
          type="button"
          class="btn"
          onClick={() =>
            addTo('targets', {
              metric: '',
              subject: 'person',
              measure: { kind: 'percentage', percent: 0 },
            })
          }
        >
          + Thêm chỉ tiêu
        </button>
      ) : null}
    </Group>
  );
}
