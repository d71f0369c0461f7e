import {
  AdminGetUserCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ConflictError } from '../../shared/domain/errors';
import { CampaignSchema } from '../../shared/domain/forms';
import { vietnamDate } from '../../shared/domain/workflow/guards';
import type { Clock } from '../../shared/store';
import {
  makeDynamoCampaignRepository,
  makeDynamoCouncilRepository,
  makeDynamoOrganisationRepository,
  makeDynamoPersonRepository,
} from '../../shared/store/dynamo';
import { wallClock } from '../clock';
import { ensureUser, type UserPoolRef } from '../cognito/setup';
import { DEMO_COUNCILS } from './demo-council';
import {
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoCampaigns,
  demoContactEmails,
  demoPeople,
} from './demo-province';

/** Seeding runs on every start: what already exists is kept as it is. */
async function unlessExists(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}

export interface SeedCounts {
  organisations: number;
  units: number;
  people: number;
  awards: number;
  campaigns: number;
  users: number;
  councilSeats: number;
}

/** Writes the demo province into the table and its users into the user pool. Idempotent. */
export async function seedDemoProvince(deps: {
  dynamodb: DynamoDBClient;
  tableName: string;
  cognito: CognitoIdentityProviderClient;
  pool: UserPoolRef;
  /** The demo's dates follow this clock's year (the wall clock when absent). */
  clock?: Clock;
}): Promise<SeedCounts> {
  const clock = deps.clock ?? wallClock;
  const today = vietnamDate(clock.now().toISOString());
  const year = Number(today.slice(0, 4));
  const repoDeps = { client: deps.dynamodb, tableName: deps.tableName, clock };
  const organisations = makeDynamoOrganisationRepository(repoDeps);
  const persons = makeDynamoPersonRepository(repoDeps);
  const campaigns = makeDynamoCampaignRepository(repoDeps);
  const counts: SeedCounts = {
    organisations: 0,
    units: 0,
    people: 0,
    awards: 0,
    campaigns: 0,
    users: 0,
    councilSeats: 0,
  };

  for (const org of DEMO_ORGANISATIONS) {
    await unlessExists(() =>
      organisations.createOrganisation({
        id: org.id,
        code: org.code,
        name: org.name,
        ...(org.level ? { level: org.level } : {}),
        contactEmails: demoContactEmails(org.id),
      }),
    );
    counts.organisations++;
    for (const unit of org.units) {
      await unlessExists(() =>
        organisations.createUnit({
          id: unit.id,
          organisationId: org.id,
          name: unit.name,
          contactEmails: demoContactEmails(unit.id),
        }),
      );
      counts.units++;
    }
  }
  for (const { awards, ...person } of demoPeople(year)) {
    await unlessExists(() => persons.create(person));
    counts.people++;
    for (const award of awards) {
      const decisionId = `dec-${award.decisionNumber.replace(/[^A-Za-z0-9]/g, '-').toLowerCase()}`;
      await unlessExists(() =>
        persons.recordAward({
          holder: { kind: 'person', id: person.id },
          year: award.year,
          awardCode: award.awardCode,
          track: award.track,
          unitId: person.unitId,
          entryId: decisionId,
          decisionId,
          decisionNumber: award.decisionNumber,
          decidedAt: award.decidedAt,
        }),
      );
      counts.awards++;
    }
  }
  for (const campaign of demoCampaigns(today)) {
    const details = CampaignSchema.parse(campaign.details);
    await unlessExists(() =>
      campaigns.create({
        id: campaign.id,
        organisationId: campaign.organisationId,
        year: campaign.year,
        title: details.title,
        details,
        // The demo's campaign is a launched plan (seed document 004), not a draft.
        status: 'published',
      }),
    );
    counts.campaigns++;
  }
  for (const user of DEMO_USERS) {
    await ensureUser(deps.cognito, deps.pool, { ...user, password: DEMO_PASSWORD });
    counts.users++;
  }
  const councils = makeDynamoCouncilRepository(repoDeps);
  for (const council of DEMO_COUNCILS) {
    for (const seat of council.seats) {
      const user = DEMO_USERS.find((u) => u.email.startsWith(`${seat.user}@`));
      if (!user) throw new Error(`demo council seat for unknown user ${seat.user}`);
      const found = await deps.cognito.send(
        new AdminGetUserCommand({ UserPoolId: deps.pool.userPoolId, Username: user.email }),
      );
      const sub = found.UserAttributes?.find((a) => a.Name === 'sub')?.Value;
      if (!sub) throw new Error(`user ${user.email} has no sub`);
      await unlessExists(() =>
        councils.putMember({
          organisationId: council.organisationId,
          memberId: sub,
          email: user.email,
          name: user.name,
          seat: seat.seat,
          position: seat.position,
          ...(seat.unitId ? { unitId: seat.unitId } : {}),
        }),
      );
      counts.councilSeats++;
    }
  }
  return counts;
}
