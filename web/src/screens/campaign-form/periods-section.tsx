import { LIMITS } from '../../../../shared/domain/forms/limits';
import { Group, GroupError } from './fields';
import type { CampaignFormApi } from './form-api';

/** The periods of the campaign and the deadline for nominations. */
export function PeriodsSection({ form }: { form: CampaignFormApi }) {
  const { list, addTo, removeFrom, issueOf, text, date } = form;
  const periods = list('periods') as Record<string, unknown>[];
  return (
    <>
      <Group name="periods" legend="Các đợt thi đua" error={issueOf('periods')}>
        {periods.map((_, index) => (
          <fieldset key={index}>
            <legend>Đợt {index + 1}</legend>
            <GroupError name={`periods.${index}.periodNo`} error={issueOf(`periods.${index}.periodNo`)} />
            {text(`periods.${index}.name`, 'Tên đợt')}
            <div class="grid-2">
              {date(`periods.${index}.startsOn`, 'Ngày bắt đầu')}
              {date(`periods.${index}.endsOn`, 'Ngày kết thúc')}
              {date(`periods.${index}.reviewDueOn`, 'Hạn sơ kết, tổng kết đợt')}
            </div>
            {periods.length > 1 ? (
              <button type="button" class="btn" onClick={() => removeFrom('periods', index, true)}>
                Xóa đợt {index + 1}
              </button>
            ) : null}
          </fieldset>
        ))}
        {periods.length < LIMITS.periods ? (
          <button
            type="button"
            class="btn"
            onClick={() =>
              addTo('periods', {
                periodNo: periods.length + 1,
                name: `Đợt ${periods.length + 1}`,
                startsOn: '',
                endsOn: '',
                reviewDueOn: '',
              })
            }
          >
            + Thêm đợt
          </button>
        ) : null}
      </Group>

      <fieldset>
        <legend>Hạn đề nghị khen thưởng</legend>
        {date('nominationDeadline', 'Hạn cuối các đơn vị gửi đề nghị')}
      </fieldset>
    </>
  );
}
