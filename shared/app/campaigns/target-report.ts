/**
 * A unit records its result on a campaign target that no nomination measures ("100 % tham gia",
 * "giải ngân", "không có vi phạm"), with the document that proves it. The unit's officer reports
 * for their own unit; the organisation's secretariat may record it for any of its units. Each
 * report is one record per unit and target, versioned and written with its change-log entry.
 */
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import type { CampaignTarget } from '../../domain/forms/campaign-target';
import type { TargetReportInput } from '../../domain/forms/target-report';
import type { TargetReportRecord } from '../../store';
import { allPages } from '../../store/all-pages';
import type { ChangeLog } from '../../store/ports/change-log';
import { registryChange } from '../directory/registry-change';
import { filesOf } from '../files/owned-files';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { loadVisibleCampaign } from './campaign-access';

type Ports = Pick<AppPorts, 'campaigns' | 'organisations' | 'persons' | 'clock'> & {
  readonly changeLog: ChangeLog;
};

export function makeRecordTargetReport(ports: Ports) {
  return async (
    principal: Principal,
    campaignId: string,
    targetIndex: number,
    input: TargetReportInput,
    expectedVersion: number | undefined,
  ): Promise<TargetReportRecord> => {
    const campaign = await loadVisibleCampaign(ports, principal, campaignId);
    const target = ((campaign.details.targets ?? []) as readonly CampaignTarget[])[targetIndex];
    if (!target)
      throw new NotFoundError('campaign_target', `${campaignId}/${targetIndex}`, 'Không tìm thấy chỉ tiêu.');
    if (campaign.status !== 'published')
      throw new ConflictError('CAMPAIGN_NOT_PUBLISHED', 'Phong trào chưa được ban hành.');
    if (target.measuredBy !== 'unit_report')
      throw new ConflictError(
        'TARGET_MEASURED_BY_NOMINATIONS',
        'Chỉ tiêu này được tính từ hồ sơ đề nghị khen thưởng, không do đơn vị báo cáo.',
      );
    const unit = await ports.organisations.getUnit(input.unitId);
    const ownUnit = principal.roles.includes('unit_officer') && principal.unitId === input.unitId;
    const secretariat =
      principal.roles.includes('council_secretary') &&
      unit !== undefined &&
      unit.organisationId === principal.orgId;
    if (!unit || !(ownUnit || secretariat))
      throw new ForbiddenError('NOT_YOUR_UNIT', 'Chỉ báo cáo được cho đơn vị của mình.');
    const files = await filesOf(ports, { entity: 'unit_file', id: unit.id, storedPrefix: 'units' });
    if (!files.some((f) => f.fileRef === input.evidence.fileRef))
      throw new ValidationError(
        [
          {
            path: 'body.evidence.fileRef',
            code: 'evidence_not_uploaded',
            message: 'Tệp minh chứng phải là tệp đã tải lên của đơn vị.',
          },
        ],
        'Chưa có tệp minh chứng.',
      );
    // The base is the directory's count (people of the unit, or the unit as one collective) unless
    // the report gives its own: more reaching the target than there are is a typing mistake.
    const base =
      input.population ??
      (target.subject === 'person'
        ? (await allPages((page) => ports.persons.listByUnit(unit.id, page))).length
        : 1);
    if (target.measure.kind === 'percentage' && input.achieved > base)
      throw new ValidationError(
        [
          {
            path: 'body.achieved',
            code: 'exceeds_population',
            message: `Số đạt (${input.achieved}) lớn hơn tổng số (${base}${input.population === undefined ? ' theo danh bạ của đơn vị' : ''}); ghi "Trên tổng số" nếu khác danh bạ.`,
          },
        ],
        'Số đạt lớn hơn tổng số.',
      );
    const before = await ports.campaigns.getTargetReport(campaignId, targetIndex, unit.id);
    if (before && expectedVersion === undefined)
      throw new ConflictError(
        'ALREADY_EXISTS',
        'Đơn vị đã báo cáo chỉ tiêu này; tải lại trang để sửa báo cáo đã có.',
        { version: before.version },
      );
    const at = ports.clock.now().toISOString();
    const report = {
      campaignId,
      targetIndex,
      unitId: unit.id,
      achieved: input.achieved,
      ...(input.population === undefined ? {} : { population: input.population }),
      ...(input.note === undefined ? {} : { note: input.note }),
      evidence: input.evidence,
      recordedAt: at,
      recordedBy: { userId: principal.userId, ...(principal.name ? { name: principal.name } : {}) },
    };
    return ports.campaigns.saveTargetReport(
      report,
      before ? expectedVersion : undefined,
      registryChange(
        principal,
        at,
        'target_report',
        `${campaignId}/${targetIndex}/${unit.id}`,
        report,
        before,
      ),
    );
  };
}
