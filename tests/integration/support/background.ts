/**
 * The local stack's background (the notifier and reminder on the table's stream, the anchor
 * writer) for one test file's table: `backgrounds(() => api)` gives a `start(overrides)` whose every
 * background reads the stream from its start and is stopped after the file.
 */
import { afterAll, inject } from 'vitest';
import { type BackgroundOptions, type RunningBackground, startBackground } from '../../../local/background';
import type { TestApi } from './api';

/** Throttling retried at once, so tests do not wait on the backoff. */
export const NO_WAIT = { attempts: 3, baseMs: 1, maxMs: 1, sleep: async () => undefined };

export function backgrounds(
  api: () => TestApi,
  defaults: Partial<BackgroundOptions> = {},
): (overrides?: Partial<BackgroundOptions>) => RunningBackground {
  const started: RunningBackground[] = [];
  afterAll(async () => {
    for (const b of started) await b.stop();
  });
  return (overrides = {}) => {
    const b = startBackground({
      dynamodb: api().app.dynamodb,
      dynamodbEndpoint: inject('dynamodbEndpoint'),
      sesEndpoint: inject('sesEndpoint'),
      tableName: api().tableName,
      webOrigin: 'https://tdkt.hatinh.example.vn',
      ...defaults,
      ...overrides,
    });
    started.push(b);
    return b;
  };
}
