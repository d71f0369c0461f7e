import type { FieldIssue } from '../../domain/errors';
import { ValidationError } from '../../domain/errors';
import type { Role } from '../../domain/vocabulary';
import type { OrganisationRepository } from '../../store';
import { DEPARTMENT_ROLES, PROVINCE_ROLES } from '../directory/visibility';

export interface Placement {
  readonly roles: readonly Role[];
  readonly orgId?: string | undefined;
  readonly unitId?: string | undefined;
}

/**
 * Checks that roles fit where the user sits, since the JWT's `custom:orgId`/`custom:unitId` are
 * what every ownership check trusts: a unit officer needs a unit of their organisation; the Sở's
 * secretariat, council and director need an organisation; the province's roles need the
 * province's own organisation. Problems are reported on `fields` (`body.roles`…).
 */
export async function checkPlacement(
  organisations: Pick<OrganisationRepository, 'getOrganisation' | 'getUnit'>,
  placement: Placement,
  fields: { roles: string; orgId: string; unitId: string },
): Promise<void> {
  const issues: FieldIssue[] = [];
  const has = (roles: readonly Role[]) => placement.roles.some((role) => roles.includes(role));
  const organisation = placement.orgId ? await organisations.getOrganisation(placement.orgId) : undefined;
  if (placement.orgId && !organisation) {
    issues.push({ path: fields.orgId, code: 'unknown_organisation', message: 'Không có cơ quan này.' });
  }
  if (placement.unitId) {
    const unit = await organisations.getUnit(placement.unitId);
    if (!unit || unit.organisationId !== placement.orgId) {
      issues.push({
        path: fields.unitId,
        code: 'unit_not_in_organisation',
        message: 'Phòng, ban này không thuộc cơ quan đã chọn.',
      });
    }
  }
  if (placement.roles.includes('unit_officer') && !placement.unitId) {
    issues.push({
      path: fields.unitId,
      code: 'unit_required',
      message: 'Cán bộ thi đua của đơn vị phải thuộc một phòng, ban.',
    });
  }
  if ((has(DEPARTMENT_ROLES) || has(PROVINCE_ROLES)) && !placement.orgId) {
    issues.push({
      path: fields.orgId,
      code: 'organisation_required',
      message: 'Vai trò này cần một cơ quan.',
    });
  }
  if (organisation && has(PROVINCE_ROLES) && organisation.level !== 'province') {
    issues.push({
      path: fields.roles,
      code: 'province_role_outside_province',
      message: 'Vai trò cấp tỉnh chỉ dành cho người dùng thuộc UBND tỉnh.',
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}
