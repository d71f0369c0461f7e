/**
 * The local stack's anchor store: one read-only file per link under a directory outside the
 * table (`.local/audit-anchors` for `npm start`), created with `wx` so that an existing link is
 * never overwritten — the local counterpart of S3 Object Lock.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type AuditAnchorStore, anchorKey, anchorOfKey, assertSafeNominationId } from './port';

export function makeFileAnchorStore(directory: string): AuditAnchorStore {
  return {
    async put(anchor) {
      assertSafeNominationId(anchor.nominationId);
      await mkdir(join(directory, anchor.nominationId), { recursive: true });
      try {
        await writeFile(join(directory, anchorKey(anchor)), '', { flag: 'wx', mode: 0o444 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    },
    async list(nominationId) {
      assertSafeNominationId(nominationId);
      const names = await readdir(join(directory, nominationId)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [] as string[];
        throw error;
      });
      return names.flatMap((name) => anchorOfKey(nominationId, name) ?? []);
    },
  };
}
