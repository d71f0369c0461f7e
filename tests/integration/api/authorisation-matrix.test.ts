/**
 * The authorisation matrix, generated from the route table: for every route, every role it does
 * not allow is refused (403); for every route that takes the id of something owned by a unit or an
 * organisation, callers of another unit (where the thing belongs to a unit) and of another
 * organisation are refused (404: another tenant's id answers as a missing one), and the province
 * sees a nomination only once it was forwarded. A positive control by the rightful owner proves
 * each refusal is about who calls, not about a bad request or a missing fixture.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser, type LocalUser, signIn } from '../../../local/cognito/setup';
import { DEMO_CAMPAIGNS } from '../../../local/seed/demo-province';
import { ROLES, type Role } from '../../../shared/domain/vocabulary';
import type { Route } from '../../../shared/http/route';
import { ROUTES } from '../../../shared/http/route-table';
import { startTestApi, type TestApi } from '../support/api';
import {
  councilMemberIds,
  inProvinceReview,
  nominationIn,
  openMeeting,
  openProvinceMeeting,
  repo,
} from '../support/council';
import { uploadTo } from '../support/files';

const PASSWORD = 'Ma-tran-phan-quyen-2026';
const HOME = { orgId: 'org-snv', unitId: 'unit-snv-vp' };
const OTHER_UNIT = { orgId: 'org-snv', unitId: 'unit-snv-ccvc' };
const OTHER_ORG = { orgId: 'org-stc', unitId: 'unit-stc-vp' };
const PROVINCE_ROLES: readonly Role[] = ['province_officer', 'province_leader'];
const ORG_ROLES: readonly Role[] = ['council_secretary', 'council_member', 'director'];
/** The demo users of the home organisation: council seats and the unit are theirs. */
const DEMO_USER_OF: Readonly<Record<Role, string>> = {
  unit_officer: 'canbo.vanphong.snv',
  council_secretary: 'thuky.snv',
  council_member: 'hoidong1.snv',
  director: 'giamdoc.snv',
  province_officer: 'chuyenvien.tinh',
  province_leader: 'chutich.tinh',
  admin: 'quantri',
};
const REFUSED = [403, 404];
const PERSON_AWARD = {
  year: 2019,
  awardCode: 'LDTT',
  track: 'annual',
  decisionNumber: '05/QĐ-SNV',
  decidedOn: '2020-01-10',
} as const;
const UNIT_AWARD = { ...PERSON_AWARD, awardCode: 'TTLDTT' } as const;

type Place = 'home' | 'otherUnit' | 'otherOrg';

let api: TestApi;
const tokens = new Map<string, string>();
let fixtures: {
  meetingId: string;
  meetingNominationId: string;
  decisionId: string;
  decidedNominationId: string;
  provinceMeetingId: string;
  /** Closed meetings of each council, whose signed minutes the file routes keep. */
  closedMeetingId: string;
  closedProvinceMeetingId: string;
  provinceMeetingNominationId: string;
  /** A council member of the home Sở not yet seated, and a seat that is. */
  seatCandidateId: string;
  seatedMemberId: string;
  /** Hand-entered history entries of the home unit's person and of the home unit itself. */
  personAwardRef: string;
  unitAwardRef: string;
  /** A file the home unit uploaded: the evidence of a target report. */
  unitFileRef: string;
};

/** The provincial council's routes: its meetings are the province's, its seats its own. */
const ofProvinceCouncil = (route: Route) => route.path.startsWith('/province/');

/** A user holding only `role`, placed at home, in a sibling unit or in another organisation. */
async function tokenOf(role: Role, place: Place): Promise<string> {
  const key = `${role}:${place}`;
  const cached = tokens.get(key);
  if (cached) return cached;
  const where = place === 'home' ? HOME : place === 'otherUnit' ? OTHER_UNIT : OTHER_ORG;
  const email = `${role.replace('_', '-')}.${place.toLowerCase()}@matrix.example.vn`;
  const user: LocalUser = {
    email,
    password: PASSWORD,
    name: `Ma trận ${role} ${place}`,
    roles: [role],
    orgId: PROVINCE_ROLES.includes(role) ? 'org-ubnd' : where.orgId,
    ...(role === 'unit_officer' ? { unitId: where.unitId } : {}),
  };
  await ensureUser(api.app.cognito, api.app.pool, user);
  const token = await signIn(api.app.cognito, api.app.pool, email, PASSWORD);
  tokens.set(key, token);
  return token;
}

async function demoToken(role: Role): Promise<string> {
  const key = `demo:${role}`;
  const cached = tokens.get(key);
  if (cached) return cached;
  const client = await api.as(DEMO_USER_OF[role]);
  const token = await signIn(api.app.cognito, api.app.pool, client.user.email, 'TdktDemo@2026');
  tokens.set(key, token);
  return token;
}

/** A draft of the home unit, or one the Sở has forwarded to the province (a tờ trình recorded). */
async function aNomination(forwarded: boolean): Promise<string> {
  const nominations = repo(api);
  const draft = await nominations.create({
    id: `nom-matrix-${randomUUID().slice(0, 8)}`,
    state: 'draft',
    organisationId: HOME.orgId,
    unitId: HOME.unitId,
    campaignId: 'camp-snv-2026',
    awardCode: forwarded ? 'BK_TINH' : 'LDTT',
    subject: 'person',
    track: 'annual',
    year: 2026,
    nominee: { name: 'Phạm Quốc Huy', position: 'Chuyên viên' },
    form: {},
    event: { action: 'create', actor: { userId: 'matrix', role: 'unit_officer' } },
  });
  if (!forwarded) return draft.id;
  await nominations.transition({
    id: draft.id,
    expectedVersion: 1,
    from: 'draft',
    to: 'forwarded',
    event: { action: 'forward', actor: { userId: 'matrix', role: 'director' } },
    changes: { records: { submissionLetter: { number: '01/TTr-SNV', issuedOn: '2026-11-20' } } },
  });
  return draft.id;
}

/** The index of the demo campaign's target measured by report (the units record their result). */
const REPORTED_TARGET = 5;

/** A file the home unit uploaded (its storage key), the evidence of a target report. */
async function aUnitFileRef(): Promise<string> {
  const { recorded } = await uploadTo(
    await api.as('canbo.vanphong.snv'),
    `/units/${HOME.unitId}`,
    new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF\n')),
    { kind: 'other', fileName: 'bao-cao.pdf', contentType: 'application/pdf' },
  );
  if (recorded?.status !== 201)
    throw new Error(`unit file fixture: ${recorded?.status} ${JSON.stringify(recorded?.body)}`);
  return (recorded.body as { fileRef: string }).fileRef;
}

/** Uploads a small PDF to a record as one of its owners would, and returns the registered file's id. */
async function aFile(base: string, uploader: string): Promise<string> {
  const kind = base.startsWith('/nominations/')
    ? { kind: 'proposal_letter' }
    : base.includes('/meetings/')
      ? { kind: 'review_minutes' }
      : {};
  const { recorded } = await uploadTo(
    await api.as(uploader),
    base,
    new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF\n')),
    {
      ...kind,
      fileName: 'ma-tran.pdf',
      contentType: 'application/pdf',
    },
  );
  if (recorded?.status !== 201)
    throw new Error(`file fixture: ${recorded?.status} ${JSON.stringify(recorded?.body)}`);
  return recorded.body.fileId;
}

const onlyProvince = (route: Route) => route.roles.every((role) => PROVINCE_ROLES.includes(role));

/**
 * The id each path parameter takes, and whether the thing belongs to a unit (so a sibling unit's
 * officer must be refused) or to the organisation as a whole (siblings may see it).
 */
async function resolve(
  route: Route,
  purpose: 'control' | 'refusal',
): Promise<{
  ids: Record<string, string>;
  unitScoped: boolean;
}> {
  const segments = route.path.split('/');
  const ids: Record<string, string> = {};
  let unitScoped = false;
  for (const [i, segment] of segments.entries()) {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (!name) continue;
    const owner = segments[i - 1] ?? '';
    switch (owner) {
      case 'nominations':
        ids[name] = await aNomination(onlyProvince(route) && purpose === 'control');
        unitScoped = true;
        break;
      case 'persons':
        ids[name] = 'person-snv-01';
        unitScoped = route.method !== 'GET';
        break;
      case 'units':
        ids[name] = HOME.unitId;
        unitScoped = route.method !== 'GET';
        break;
      case 'organisations':
        ids[name] = HOME.orgId;
        break;
      case 'campaigns':
        ids[name] = 'camp-snv-2026';
        break;
      case 'meetings':
        // A meeting's signed minutes are kept once it is closed; its other routes need it open.
        ids[name] = /\/(files|uploads)/.test(route.path)
          ? ofProvinceCouncil(route)
            ? fixtures.closedProvinceMeetingId
            : fixtures.closedMeetingId
          : ofProvinceCouncil(route)
            ? fixtures.provinceMeetingId
            : fixtures.meetingId;
        break;
      case 'decisions':
        ids[name] = fixtures.decisionId;
        break;
      case 'members':
        ids[name] = fixtures.seatedMemberId;
        break;
      case 'awards':
        ids[name] = route.path.startsWith('/persons/') ? fixtures.personAwardRef : fixtures.unitAwardRef;
        break;
      case 'targets':
        // The demo campaign's target measured by the units' reports (the last one).
        ids[name] = String(REPORTED_TARGET);
        unitScoped = true;
        break;
      case 'files':
        // A real file of the record named before it (a draft's document, a decision's signed copy).
        ids[name] = await aFile(
          // The record the file belongs to: the path before `/files`, its ids filled in.
          segments
            .slice(0, i - 1)
            .map((seg) => ids[/^\{(\w+)\}$/.exec(seg)?.[1] ?? ''] ?? seg)
            .join('/'),
          ofProvinceCouncil(route)
            ? 'chuyenvien.tinh'
            : segments[1] === 'decisions' || segments[2] === 'meetings'
              ? 'thuky.snv'
              : 'canbo.vanphong.snv',
        );
        break;
      default:
        // Routes outside any tenant (e.g. users, by Cognito sub): only the role check applies.
        ids[name] = 'khong-ton-tai';
    }
  }
  return { ids, unitScoped };
}

/** A valid body for the route: its own example, else one that passes its schema here. */
function bodyFor(route: Route): unknown {
  const own: Record<string, unknown> = {
    'record-target-report': {
      unitId: HOME.unitId,
      achieved: 2,
      evidence: { title: 'Báo cáo kết quả hưởng ứng', fileRef: fixtures.unitFileRef },
    },
    'update-organisation': { name: 'Sở Nội vụ tỉnh Hà Tĩnh' },
    'create-unit': { name: 'Phòng thử nghiệm ma trận' },
    'update-unit': { name: 'Văn phòng Sở' },
    'create-person': { fullName: 'Nguyễn Văn Ma Trận' },
    'update-person': { position: 'Chuyên viên chính' },
    'record-person-award': {
      year: 2020,
      awardCode: 'LDTT',
      track: 'annual',
      decisionNumber: '01/QĐ-SNV',
      decidedOn: '2021-01-15',
    },
    'link-person-account': { userId: fixtures.seatCandidateId },
    'correct-person-award': {
      ...PERSON_AWARD,
      issuer: 'Giám đốc Sở Nội vụ',
      reason: 'Bổ sung cơ quan ban hành.',
    },
    'correct-collective-award': {
      ...UNIT_AWARD,
      issuer: 'Giám đốc Sở Nội vụ',
      reason: 'Bổ sung cơ quan ban hành.',
    },
    'record-collective-award': {
      ...UNIT_AWARD,
      year: 2020,
      decisionNumber: '02/QĐ-SNV',
      decidedOn: '2021-01-15',
    },
    'update-campaign': DEMO_CAMPAIGNS[0]?.details,
    'seat-council-member': { userId: fixtures.seatCandidateId, seat: 'member', from: '2026-11-17' },
    'update-council-seat': { position: 'Trưởng phòng Công chức, viên chức' },
    'cast-vote': { nominationId: fixtures.meetingNominationId, choice: 'approve' },
    'cast-province-vote': { nominationId: fixtures.provinceMeetingNominationId, choice: 'approve' },
    // Run after the votes above by the same members: a 409 (their place taken) is a served owner.
    'declare-conflict': { nominationId: fixtures.meetingNominationId, reason: 'Người thân của tôi.' },
    'declare-province-conflict': {
      nominationId: fixtures.provinceMeetingNominationId,
      reason: 'Người thân của tôi.',
    },
    'revoke-decision': {
      nominationIds: [fixtures.decidedNominationId],
      reason: 'Hồ sơ kê khai không trung thực.',
    },
  };
  if (route.id in own) return own[route.id];
  if (route.example?.body !== undefined) return route.example.body;
  return route.body && route.method !== 'GET' ? {} : undefined;
}

async function call(route: Route, ids: Record<string, string>, token: string): Promise<number> {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids[name] ?? ''));
  const query = route.example?.query ? `?${new URLSearchParams(route.example.query)}` : '';
  const body = bodyFor(route);
  const res = await fetch(`${api.url}${path}${query}`, {
    method: route.method,
    headers: {
      authorization: `Bearer ${token}`,
      'idempotency-key': randomUUID(),
      // A versioned change names a version (without it: 428, before ownership is looked at).
      ...(route.ifMatch === 'required' ? { 'if-match': '"1"' } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  await res.arrayBuffer();
  return res.status;
}

beforeAll(async () => {
  api = await startTestApi('authz');
  // In a unit none of the demo council sits in, so no member is recused from voting on it.
  const agenda = await nominationIn(api, { awardCode: 'LDTT', unitId: 'unit-snv-ttlt' });
  const meeting = await openMeeting(api, [agenda.id]);
  const passed = await nominationIn(api, { awardCode: 'LDTT', unitId: HOME.unitId }, 'council_passed');
  const director = await api.as('giamdoc.snv');
  const decision = await director.post<{ id: string }>('/decisions', { nominationIds: [passed.id] });
  if (decision.status !== 201)
    throw new Error(`decision fixture: ${decision.status} ${JSON.stringify(decision.body)}`);
  const provinceAgenda = await inProvinceReview(api, { awardCode: 'CSTD_TINH' });
  const provinceMeeting = await openProvinceMeeting(api, [provinceAgenda.id]);
  const closed = await openMeeting(api, [(await nominationIn(api, { awardCode: 'LDTT' })).id]);
  await closed.secretary.post(`/council/meetings/${closed.id}/close`);
  const closedProvince = await openProvinceMeeting(api, [
    (await inProvinceReview(api, { awardCode: 'CSTD_TINH' })).id,
  ]);
  await closedProvince.officer.post(`/province/council/meetings/${closedProvince.id}/close`);
  const candidate = await (await api.as('quantri')).post<{ id: string }>('/users', {
    email: `ghe.matrix.${Date.now()}@matrix.example.vn`,
    name: 'Ứng viên Hội đồng',
    roles: ['council_member'],
    organisationId: HOME.orgId,
    password: { value: 'Ung-vien-2026', permanent: true },
  });
  if (candidate.status !== 201) throw new Error(`seat fixture: ${candidate.status}`);
  const admin = await api.as('quantri');
  const personAward = await admin.post<{ ref: string }>(`/persons/person-snv-01/awards`, PERSON_AWARD);
  const unitAward = await admin.post<{ ref: string }>(`/units/${HOME.unitId}/awards`, UNIT_AWARD);
  if (personAward.status !== 201 || unitAward.status !== 201)
    throw new Error(`award fixtures: ${personAward.status} ${unitAward.status}`);
  fixtures = {
    seatCandidateId: candidate.body.id,
    seatedMemberId: (await councilMemberIds(api))['hoidong2.snv'] ?? '',
    meetingId: meeting.id,
    meetingNominationId: agenda.id,
    decisionId: decision.body.id,
    decidedNominationId: passed.id,
    provinceMeetingId: provinceMeeting.id,
    closedMeetingId: closed.id,
    closedProvinceMeetingId: closedProvince.id,
    provinceMeetingNominationId: provinceAgenda.id,
    personAwardRef: personAward.body.ref,
    unitAwardRef: unitAward.body.ref,
    unitFileRef: await aUnitFileRef(),
  };
}, 120_000);
afterAll(() => api?.stop());

describe('the authorisation matrix of the route table', () => {
  it.each(ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s refuses every role it does not allow',
    async (_, route) => {
      const { ids } = await resolve(route, 'refusal');
      const wrongRoles = ROLES.filter((role) => !route.roles.includes(role));

      const statuses = await Promise.all(
        wrongRoles.map(async (role) => call(route, ids, await tokenOf(role, 'home'))),
      );

      expect(Object.fromEntries(wrongRoles.map((role, i) => [role, statuses[i]]))).toEqual(
        Object.fromEntries(wrongRoles.map((role) => [role, 403])),
      );
    },
  );

  const owned = ROUTES.filter((route) => route.ownedResource);
  it.each(owned.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s refuses callers of another tenant, and serves its owner',
    async (_, route) => {
      const { ids, unitScoped } = await resolve(route, 'refusal');
      const refusals: Record<string, number> = {};
      for (const role of route.roles) {
        if (PROVINCE_ROLES.includes(role)) {
          // One province per deployment: its boundary is what a Sở has forwarded to it.
          if (route.path.startsWith('/nominations/')) {
            refusals[`${role}@not-forwarded`] = await call(route, ids, await tokenOf(role, 'home'));
          }
          continue;
        }
        if (role === 'unit_officer' && unitScoped) {
          refusals[`${role}@otherUnit`] = await call(route, ids, await tokenOf(role, 'otherUnit'));
        }
        if (role === 'unit_officer' || ORG_ROLES.includes(role)) {
          refusals[`${role}@otherOrg`] = await call(route, ids, await tokenOf(role, 'otherOrg'));
        }
      }
      const control = await resolve(route, 'control');
      // The provincial council's first role is its own people's (the chairman votes, the Ban TĐKT convenes).
      const controlRole = ofProvinceCouncil(route)
        ? route.roles[0]
        : (route.roles.find((role) => !PROVINCE_ROLES.includes(role)) ?? route.roles[0]);
      const status = controlRole ? await call(route, control.ids, await demoToken(controlRole)) : 0;

      for (const [who, got] of Object.entries(refusals)) expect(REFUSED, `${who} got ${got}`).toContain(got);
      expect(
        [400, 401, 403, 404],
        `owner (${controlRole}) got ${status}: fix the example or the fixture`,
      ).not.toContain(status);
    },
  );
});
