/**
 * One record read by id, without its repository's writes: for routes that only check a record
 * before they act elsewhere (a meeting's or a decision's files in the bucket). Each repository
 * reads through the same function, so both answer alike; the file routes' function stays light.
 */
import { decisionKey, meetingKey, nominationKey } from '../keys';
import type {
  CouncilRepository,
  DocumentRepository,
  IssuedDocument,
  Meeting,
} from '../ports/council-repositories';
import type { NominationRepository } from '../ports/nomination-repository';
import { nominationFromItem } from './nomination-item';
import type { DynamoRegistryDeps } from './organisation-repository';
import { entityFields, getEntity } from './simple-items';

type ReaderDeps = Omit<DynamoRegistryDeps, 'clock'>;

export type MeetingReader = Pick<CouncilRepository, 'getMeeting'>;
export type DocumentReader = Pick<DocumentRepository, 'get'>;
export type NominationReader = Pick<NominationRepository, 'get'>;

export function makeDynamoNominationReader({ client, tableName }: ReaderDeps): NominationReader {
  return {
    get: async (id) => {
      const item = await getEntity(client, tableName, nominationKey(id));
      return item === undefined ? undefined : nominationFromItem(item);
    },
  };
}

export function makeDynamoMeetingReader({ client, tableName }: ReaderDeps): MeetingReader {
  return {
    getMeeting: async (id) => {
      const item = await getEntity(client, tableName, meetingKey(id));
      return item === undefined ? undefined : (entityFields(item) as unknown as Meeting);
    },
  };
}

export function makeDynamoDocumentReader({ client, tableName }: ReaderDeps): DocumentReader {
  return {
    get: async (id) => {
      const item = await getEntity(client, tableName, decisionKey(id));
      return item === undefined ? undefined : (entityFields(item) as unknown as IssuedDocument);
    },
  };
}
