import { ConflictError } from '../../domain/errors';
import { councilMemberKey, ENTITY, meetingIndexKeys, meetingKey, queries } from '../keys';
import type { PageRequest } from '../ports/common';
import type { CouncilMemberRecord, CouncilRepository, Meeting } from '../ports/council-repositories';
import { updateVersionedAudited } from './audited-writes';
import { changeLogWrite } from './change-log';
import { toAttributes } from './codec';
import type { DynamoRegistryDeps } from './organisation-repository';
import { plannedTransitionWrites } from './planned-transition-writes';
import { queryPage } from './query-page';
import { makeDynamoMeetingReader } from './record-readers';
import { entityFields, getEntity, putNew } from './simple-items';
import { transactWrite } from './transact';

const meetingClosed = (id: string) =>
  new ConflictError('MEETING_CLOSED', 'Cuộc họp đã kết thúc; không thể thực hiện thao tác này.', {
    meetingId: id,
  });

/**
 * The DynamoDB adapter of {@link CouncilRepository}. Seats live in the organisation's partition
 * (`ORG#<id>` / `COUNCIL#<memberId>`); a meeting is `MEET#<id>` / `META`, listed by GSI1.
 */
export function makeDynamoCouncilRepository({
  client,
  tableName,
  clock,
}: DynamoRegistryDeps): CouncilRepository {
  const asMember = (item: Record<string, unknown>) => entityFields(item) as unknown as CouncilMemberRecord;
  const asMeeting = (item: Record<string, unknown>) => entityFields(item) as unknown as Meeting;
  const meetingItem = (m: Meeting) => ({
    ...meetingKey(m.id),
    type: ENTITY.meeting,
    ...meetingIndexKeys(m),
    ...m,
  });

  return {
    async putMember(input) {
      const member: CouncilMemberRecord = { ...input, createdAt: clock.now().toISOString() };
      await putNew(
        client,
        tableName,
        { ...councilMemberKey(input.organisationId, input.memberId), type: ENTITY.councilMember, ...member },
        { entity: 'council_member', organisationId: input.organisationId, memberId: input.memberId },
      );
      return member;
    },
    async seatMember(input, change) {
      const member: CouncilMemberRecord = { ...input, createdAt: change.at, version: 1 };
      await transactWrite(client, [
        {
          write: {
            Put: {
              TableName: tableName,
              Item: toAttributes({
                ...councilMemberKey(input.organisationId, input.memberId),
                type: ENTITY.councilMember,
                ...member,
              }),
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          onConditionFailed: () =>
            new ConflictError('ALREADY_SEATED', 'Người này đã có ghế trong Hội đồng; hãy sửa ghế hiện có.', {
              organisationId: input.organisationId,
              memberId: input.memberId,
            }),
        },
        changeLogWrite(tableName, change),
      ]);
      return member;
    },
    async updateSeat(current, changes, expectedVersion, change) {
      // `null` clears a field: the versioned update removes what it is given as undefined.
      const set = Object.fromEntries(
        Object.entries(changes).map(([name, value]) => [name, value === null ? undefined : value]),
      );
      const next = await updateVersionedAudited(
        client,
        tableName,
        {
          key: councilMemberKey(current.organisationId, current.memberId),
          set,
          expectedVersion,
          updatedAt: change.at,
          entity: 'council_seat',
          id: current.memberId,
        },
        current as unknown as Record<string, unknown>,
        change,
      );
      return next as unknown as CouncilMemberRecord;
    },
    getMember: async (organisationId, memberId) => {
      const item = await getEntity(client, tableName, councilMemberKey(organisationId, memberId));
      return item === undefined ? undefined : asMember(item);
    },
    async listMembers(organisationId) {
      const members: CouncilMemberRecord[] = [];
      let page: PageRequest = { limit: 100 };
      for (;;) {
        const result = await queryPage({
          client,
          tableName,
          spec: queries.councilMembers(organisationId),
          page,
          consistent: true,
          map: asMember,
        });
        members.push(...result.items);
        if (result.cursor === undefined) return members;
        page = { limit: 100, cursor: result.cursor };
      }
    },
    getMeeting: makeDynamoMeetingReader({ client, tableName }).getMeeting,
    listMeetings: (organisationId, page) =>
      queryPage({
        client,
        tableName,
        spec: queries.meetingsByOrganisation(organisationId),
        page,
        map: asMeeting,
      }),

    async openMeeting(meeting, planned) {
      const at = clock.now().toISOString();
      await transactWrite(client, [
        {
          write: {
            Put: {
              TableName: tableName,
              Item: toAttributes(meetingItem(meeting)),
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          onConditionFailed: () =>
            new ConflictError('ALREADY_EXISTS', 'Cuộc họp với mã này đã tồn tại.', { meetingId: meeting.id }),
        },
        ...planned.flatMap((p) => plannedTransitionWrites(tableName, p, at)),
      ]);
    },

    async closeMeeting(closed, planned) {
      const at = clock.now().toISOString();
      await transactWrite(client, [
        {
          write: {
            Put: {
              TableName: tableName,
              Item: toAttributes(meetingItem(closed)),
              // Only an open meeting closes, once: the second of two closes loses here.
              ConditionExpression: '#status = :open',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: toAttributes({ ':open': 'open' }),
            },
          },
          onConditionFailed: () => meetingClosed(closed.id),
        },
        ...planned.flatMap((p) => plannedTransitionWrites(tableName, p, at)),
      ]);
    },
  };
}
