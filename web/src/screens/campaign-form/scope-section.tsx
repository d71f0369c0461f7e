import { LIMITS } from '../../../../shared/domain/forms/limits';
import { SUBJECTS } from '../../../../shared/domain/vocabulary';
import { Group, SUBJECT_LABELS, TextArea } from './fields';
import type { CampaignFormApi } from './form-api';

/** Who competes (persons, collectives) and the content of the emulation. */
export function ScopeSection({ form }: { form: CampaignFormApi }) {
  const { get, set, list, addTo, removeFrom, toggleIn, issueOf } = form;
  const contentItems = list('contentItems');
  return (
    <>
      <Group name="scope.subjects" legend="Đối tượng thi đua" error={issueOf('scope.subjects')}>
        {SUBJECTS.map((subject) => (
          <div class="check" key={subject}>
            <input
              type="checkbox"
              id={`subject-${subject}`}
              checked={(list('scope.subjects') as string[]).includes(subject)}
              onChange={(e) => toggleIn('scope.subjects', subject, e.currentTarget.checked)}
            />
            <label for={`subject-${subject}`}>{SUBJECT_LABELS[subject]}</label>
          </div>
        ))}
        <TextArea
          name="scope.description"
          label="Phạm vi, đối tượng áp dụng"
          value={get('scope.description')}
          error={issueOf('scope.description')}
          required
          onChange={(v) => set('scope.description', v)}
        />
      </Group>

      <Group name="contentItems" legend="Nội dung thi đua" error={issueOf('contentItems')}>
        {contentItems.map((item, index) => (
          <div key={index}>
            <TextArea
              name={`contentItems.${index}`}
              label={`Nội dung ${index + 1}`}
              value={item}
              error={issueOf(`contentItems.${index}`)}
              required
              rows={2}
              onChange={(v) => set(`contentItems.${index}`, v)}
            />
            {contentItems.length > 1 ? (
              <button type="button" class="btn" onClick={() => removeFrom('contentItems', index)}>
                Xóa nội dung {index + 1}
              </button>
            ) : null}
          </div>
        ))}
        {contentItems.length < LIMITS.contentItems ? (
          <p>
            <button type="button" class="btn" onClick={() => addTo('contentItems', '')}>
              + Thêm nội dung
            </button>
          </p>
        ) : null}
      </Group>
    </>
  );
}
