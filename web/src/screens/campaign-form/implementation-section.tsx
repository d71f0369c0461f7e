import { LIMITS } from '../../../../shared/domain/forms/limits';
import { AWARD_CODES } from '../../../../shared/domain/vocabulary';
import { awardName } from '../../lib/labels';
import { Group, TextArea } from './fields';
import type { CampaignFormApi } from './form-api';

/** The awards in scope and who does what to carry the campaign out. */
export function ImplementationSection({ form }: { form: CampaignFormApi }) {
  const { set, list, addTo, removeFrom, toggleIn, issueOf } = form;
  const responsibilities = list('responsibilities');
  return (
    <>
      <Group name="awardsInScope" legend="Danh hiệu, hình thức khen thưởng" error={issueOf('awardsInScope')}>
        <div class="grid-2">
          {AWARD_CODES.map((code) => (
            <div class="check" key={code}>
              <input
                type="checkbox"
                id={`award-${code}`}
                checked={(list('awardsInScope') as string[]).includes(code)}
                onChange={(e) => toggleIn('awardsInScope', code, e.currentTarget.checked)}
              />
              <label for={`award-${code}`}>{awardName(code)}</label>
            </div>
          ))}
        </div>
      </Group>

      <Group name="responsibilities" legend="Tổ chức thực hiện" error={issueOf('responsibilities')}>
        {responsibilities.map((item, index) => (
          <div key={index}>
            <TextArea
              name={`responsibilities.${index}`}
              label={`Nhiệm vụ ${index + 1}`}
              value={item}
              error={issueOf(`responsibilities.${index}`)}
              required
              rows={2}
              onChange={(v) => set(`responsibilities.${index}`, v)}
            />
            <button type="button" class="btn" onClick={() => removeFrom('responsibilities', index)}>
              Xóa nhiệm vụ {index + 1}
            </button>
          </div>
        ))}
        {responsibilities.length < LIMITS.responsibilities ? (
          <p>
            <button type="button" class="btn" onClick={() => addTo('responsibilities', '')}>
              + Thêm nhiệm vụ
            </button>
          </p>
        ) : null}
      </Group>
    </>
  );
}
