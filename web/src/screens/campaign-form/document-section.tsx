import { LIMITS } from '../../../../shared/domain/forms/limits';
import { TextArea } from './fields';
import type { CampaignFormApi } from './form-api';

/** The launch document: who issued it, its number and date, its title and theme. */
export function DocumentSection({ form }: { form: CampaignFormApi }) {
  const { get, set, issueOf, text, date, published } = form;
  return (
    <fieldset disabled={published}>
      <legend>Văn bản phát động</legend>
      {text('issuingBody', 'Cơ quan ban hành', { required: true, max: LIMITS.unitName })}
      <div class="grid-2">
        {text('documentNumber', 'Số, ký hiệu', {
          required: true,
          max: LIMITS.documentNumber,
          hint: 'Ví dụ: 15/KH-SNV; khi chưa có số có thể ghi /KH-SNV',
        })}
        {date('issuedOn', 'Ngày ban hành', false)}
      </div>
      {text('title', 'Trích yếu (tên kế hoạch)', { required: true })}
      <TextArea
        name="theme"
        label="Chủ đề thi đua"
        value={get('theme')}
        error={issueOf('theme')}
        required
        onChange={(v) => set('theme', v)}
      />
    </fieldset>
  );
}
