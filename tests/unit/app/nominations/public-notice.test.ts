import { describe, expect, it } from 'vitest';
import { makeGetPublicNotice } from '../../../../shared/app/nominations/public-notice';
import type { AppPorts } from '../../../../shared/app/ports';
import type { CollectiveNominee } from '../../../../shared/domain/forms/collective-nominee';
import type { PersonNominee } from '../../../../shared/domain/forms/person-nominee';
import {
  COLLECTIVE_NOMINEE_VISIBILITY,
  PERSON_NOMINEE_VISIBILITY,
} from '../../../../shared/domain/forms/personal-data';
import type { Nomination } from '../../../../shared/store';
import { aPrincipal, aStoredNomination, fakeNominations } from './fakes';

/** A person nominee with every field of the form set, private ones included. */
const EVERY_PERSON_FIELD: Required<PersonNominee> = {
  subject: 'person',
  personId: 'person-snv-04',
  fullName: 'Phạm Quốc Huy',
  position: 'Chuyên viên',
  unitId: 'unit-snv-vp',
  unitName: 'Văn phòng Sở',
  holdsLeadershipPost: true,
  gender: 'female',
  dateOfBirth: '1985-04-12',
  employedSince: '2010-09-01',
  taskRating: 'HTXSNV',
  email: 'huy@snv.hatinh.gov.vn',
};

const EVERY_COLLECTIVE_FIELD: Required<CollectiveNominee> = {
  subject: 'collective',
  unitId: 'unit-snv-ccvc',
  name: 'Phòng Công chức, viên chức',
  parentUnitName: 'Sở Nội vụ',
  memberCount: 12,
  femaleMemberCount: 7,
  completingTaskCount: 12,
  taskRating: 'HTXSNV',
};

const publicKeys = (visibility: Readonly<Record<string, string>>) =>
  Object.entries(visibility)
    .filter(([, v]) => v === 'public')
    .map(([k]) => k)
    .sort();

function portsWith(nominations: Nomination[]) {
  const repo = fakeNominations().repo;
  return {
    nominations: {
      ...repo,
      listByOrgAndState: async (_org: string, state: string) => ({
        items: nominations.filter((n) => n.state === state),
      }),
    },
    organisations: {
      getOrganisation: async (id: string) =>
        id === 'org-snv' ? { id, code: 'SNV', name: 'Sở Nội vụ', createdAt: '', version: 1 } : undefined,
    } as unknown as AppPorts['organisations'],
    campaigns: {
      get: async (id: string) => ({ id, title: 'Phong trào thi đua 2026' }),
    } as unknown as AppPorts['campaigns'],
    clock: { now: () => new Date('2026-11-22T08:00:00.000Z') },
  };
}

describe('the public notice', () => {
  it('shows a person nominee with exactly the public fields, never the private ones', async () => {
    const nomination = aStoredNomination({
      state: 'accepted',
      campaignId: 'camp-snv-2026',
      form: { nominee: EVERY_PERSON_FIELD, dossier: [{ fileRef: 'ho-so/to-trinh.pdf' }] },
    });
    const notice = makeGetPublicNotice(portsWith([nomination]));

    const answer = await notice(aPrincipal({ unitId: 'unit-snv-ttlt' }), 'org-snv', {});

    const entry = answer.entries[0];
    expect(answer.entries).toHaveLength(1);
    expect(Object.keys(entry?.nominee ?? {}).sort()).toEqual(publicKeys(PERSON_NOMINEE_VISIBILITY));
    expect(Object.keys(entry?.nominee ?? {}).sort()).toEqual(['fullName', 'position', 'subject', 'unitName']);
    expect(entry).toMatchObject({
      awardCode: 'LDTT',
      awardName: expect.stringContaining('Lao động tiên tiến'),
      campaignTitle: 'Phong trào thi đua 2026',
      stage: 'Hồ sơ hợp lệ, chờ Hội đồng xét',
    });
    const text = JSON.stringify(answer);
    for (const secret of [
      '1985-04-12',
      'huy@snv',
      'HTXSNV',
      'person-snv-04',
      'unit-snv-vp',
      'ho-so/',
      'female',
    ])
      expect(text).not.toContain(secret);
  });

  it('shows a collective nominee with exactly the public fields', async () => {
    const nomination = aStoredNomination({
      state: 'council_passed',
      subject: 'collective',
      nominee: { name: EVERY_COLLECTIVE_FIELD.name },
      form: { nominee: EVERY_COLLECTIVE_FIELD },
    });
    const notice = makeGetPublicNotice(portsWith([nomination]));

    const answer = await notice(aPrincipal({ roles: ['council_member'] }), 'org-snv', { year: 2026 });

    expect(Object.keys(answer.entries[0]?.nominee ?? {}).sort()).toEqual(
      publicKeys(COLLECTIVE_NOMINEE_VISIBILITY),
    );
    expect(JSON.stringify(answer)).not.toMatch(/memberCount|HTXSNV|unit-snv-ccvc/);
  });

  it('lists nothing from another year than the one asked for (the current Vietnam year by default)', async () => {
    const notice = makeGetPublicNotice(portsWith([aStoredNomination({ state: 'accepted', year: 2025 })]));

    const answer = await notice(aPrincipal(), 'org-snv', {});

    expect(answer).toMatchObject({ year: 2026, asOf: '2026-11-22', entries: [] });
  });

  it('answers 404 to a user of another organisation', async () => {
    const notice = makeGetPublicNotice(portsWith([aStoredNomination({ state: 'accepted' })]));

    await expect(notice(aPrincipal({ orgId: 'org-stc' }), 'org-snv', {})).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
