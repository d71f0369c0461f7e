/**
 * The sector's statistical report forms for a period (`domain/reports/sector-forms.ts`): the
 * awards of the award history decided in it (imported and granted by the system alike; revoked
 * ones not counted) and the campaigns published in it, for the caller's own Sở or, for the
 * province's people, every organisation of the province.
 */
import pMap from 'p-map';
import { ForbiddenError, ValidationError } from '../../domain/errors';
import { personTier } from '../../domain/reports/person-tier';
import {
  type AwardFact,
  type CampaignFact,
  campaignFact,
  form0601,
  form0602,
  form0603,
  reportingYear,
  type SectorForm,
} from '../../domain/reports/sector-forms';
import { DEFAULT_CATALOG } from '../../domain/rules/catalog';
import type { AwardCode } from '../../domain/vocabulary';
import { vietnamDate } from '../../domain/workflow/guards';
import type { AwardEntry, Organisation, Person, StoredCampaign } from '../../store';
import { allPages } from '../../store/all-pages';
import { hasAnyRole, PROVINCE_ROLES } from '../directory/visibility';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';

type Ports = Pick<AppPorts, 'organisations' | 'persons' | 'campaigns' | 'clock'>;

export interface SectorFormsQuery {
  readonly year?: number | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface SectorForms {
  /** Đơn vị báo cáo: the Sở, or UBND tỉnh for the province. */
  readonly reportingUnit: string;
  readonly scope: 'organisation' | 'province';
  readonly from: string;
  readonly to: string;
  readonly asOf: string;
  /** What the forms counted: awards decided in the period, campaigns published in it. */
  readonly counted: { readonly awards: number; readonly campaigns: number };
  readonly forms: readonly SectorForm[];
}

/** The period asked: a reporting year (01/12 of the year before to 30/11), or from–to within at most five years. */
function periodOf(query: SectorFormsQuery, today: string): { from: string; to: string } {
  if (query.from !== undefined || query.to !== undefined) {
    const { from, to } = query;
    const issues = [
      ...(from === undefined
        ? [{ path: 'query.from', code: 'required', message: 'Nhập ngày bắt đầu kỳ báo cáo.' }]
        : []),
      ...(to === undefined
        ? [{ path: 'query.to', code: 'required', message: 'Nhập ngày kết thúc kỳ báo cáo.' }]
        : []),
      ...(from && to && to < from
        ? [
            {
              path: 'query.to',
              code: 'end_before_start',
              message: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.',
            },
          ]
        : []),
      ...(from && to && Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 5
        ? [{ path: 'query.to', code: 'period_too_long', message: 'Kỳ báo cáo dài tối đa 5 năm.' }]
        : []),
    ];
    if (issues.length > 0)
      throw new ValidationError(issues, issues[0]?.message ?? 'Kỳ báo cáo không hợp lệ.');
    return { from: from as string, to: to as string };
  }
  // The sector's year ends on 30/11: from December on, the year being reported is the next one.
  const year = query.year ?? Number(today.slice(0, 4)) + (today.slice(5) >= '12-01' ? 1 : 0);
  return reportingYear(year);
}

const isAnnualTitle = (code: string) => DEFAULT_CATALOG[code as AwardCode]?.kind === 'title';

/** What the forms read of a published campaign's details (validated by the campaign schema when written). */
interface CampaignDates {
  readonly issuedOn?: string;
  readonly periods?: readonly { readonly startsOn: string; readonly endsOn: string }[];
  readonly awardsInScope?: readonly string[];
}
const datesOf = (campaign: StoredCampaign) => campaign.details as CampaignDates;

/** When a campaign counts as launched: its launch document's date, else its first day. */
function launchedOn(campaign: StoredCampaign): string {
  const { issuedOn, periods = [] } = datesOf(campaign);
  return issuedOn ?? periods.map((p) => p.startsOn).sort()[0] ?? campaign.createdAt;
}

/**
 * Units read at once, at most (each is 1 + years queries): a province is hundreds of units, and a
 * function's DynamoDB client holds 50 connections (the SDK's default).
 */
const UNITS_AT_ONCE = 12;

export function makeGetSectorForms(ports: Ports) {
  return async (principal: Principal, query: SectorFormsQuery): Promise<SectorForms> => {
    const today = vietnamDate(ports.clock.now().toISOString());
    const { from, to } = periodOf(query, today);
    const province = hasAnyRole(principal, PROVINCE_ROLES);
    if (!province && !principal.orgId)
      throw new ForbiddenError('NO_ORGANISATION', 'Tài khoản của bạn chưa được gắn với cơ quan nào.');
    const organisations: Organisation[] = province
      ? await allPages((page) => ports.organisations.listOrganisations(page))
      : [await ports.organisations.getOrganisation(principal.orgId ?? '')].filter((o) => o !== undefined);
    const within = (day: string) => day >= from && day <= to;
    // An award decided in the period may be for the year before (decisions follow the year's end).
    const years: number[] = [];
    for (let y = Number(from.slice(0, 4)) - 1; y <= Number(to.slice(0, 4)); y += 1) years.push(y);

    const [units, campaignsOf] = await Promise.all([
      Promise.all(
        organisations.map((organisation) =>
          allPages((page) => ports.organisations.listUnits(organisation.id, page)),
        ),
      ).then((lists) => lists.flat()),
      Promise.all(
        organisations.map((organisation) =>
          allPages((page) =>
            ports.campaigns.listByOrganisation(organisation.id, { ...page, status: 'published' }),
          ),
        ),
      ),
    ]);
    const perUnit = await pMap(
      units,
      async (unit) => {
        const [staff, ...entries] = await Promise.all([
          allPages((page) => ports.persons.listByUnit(unit.id, page)),
          ...years.map((year) =>
            allPages((page) => ports.persons.listAwardsByUnitAndYear(unit.id, year, page)),
          ),
        ]);
        return { staff, entries: entries.flat() };
      },
      { concurrency: UNITS_AT_ONCE },
    );

    const people = new Map<string, Person>();
    for (const { staff } of perUnit) for (const person of staff) people.set(person.id, person);
    const decided: AwardEntry[] = perUnit
      .flatMap((u) => u.entries)
      .filter((e) => !e.revokedBy && within(vietnamDate(e.decidedAt)));
    // People who have moved out of the unit their award is filed under: read one by one.
    const missing = [
      ...new Set(
        decided.filter((e) => e.holder.kind === 'person' && !people.has(e.holder.id)).map((e) => e.holder.id),
      ),
    ];
    for (const person of await Promise.all(missing.map((id) => ports.persons.get(id))))
      if (person) people.set(person.id, person);

    const awards: AwardFact[] = decided.map((e) => {
      const person = e.holder.kind === 'person' ? people.get(e.holder.id) : undefined;
      return {
        awardCode: e.awardCode,
        subject: e.holder.kind === 'person' ? 'person' : 'collective',
        track: e.track,
        ...(e.holder.kind === 'person'
          ? { tier: personTier(person?.position, person?.holdsLeadershipPost) }
          : {}),
      };
    });
    const campaigns: CampaignFact[] = organisations.flatMap((organisation, i) =>
      (campaignsOf[i] ?? [])
        .filter((c) => within(launchedOn(c).slice(0, 10)))
        .map((c) => {
          const details = datesOf(c);
          return campaignFact(
            details.periods ?? [],
            (details.awardsInScope ?? []).some(isAnnualTitle),
            organisation.level === 'province' ? 'province' : 'organisation',
          );
        }),
    );
    const own = organisations[0];
    const provinceOrganisation = organisations.find((o) => o.level === 'province');
    return {
      reportingUnit: (province ? provinceOrganisation?.name : own?.name) ?? '',
      scope: province ? 'province' : 'organisation',
      from,
      to,
      asOf: today,
      counted: { awards: awards.length, campaigns: campaigns.length },
      forms: [form0601(campaigns), form0602(awards), form0603(awards)],
    };
  };
}
