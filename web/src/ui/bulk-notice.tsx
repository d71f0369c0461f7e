import type { BulkResult } from '../lib/bulk';
import { Notice } from './notice';

/** What a bulk step did, kept above the list (the dossiers move to another tab once done). */
export function BulkNotice({ result }: { result: BulkResult }) {
  return (
    <Notice tone={result.failed.length ? 'warn' : 'ok'}>
      {result.title}: đã {result.done} {result.ok}/{result.ok + result.failed.length} đề nghị.
      {result.failed.length ? (
        <ul>
          {result.failed.map((f) => (
            <li key={f.name}>
              {f.name}: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}
