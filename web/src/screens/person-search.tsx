import { useState } from 'preact/hooks';
import { type Role, TRACK_LABELS, type Track } from '../../../shared/domain/vocabulary';
import { api } from '../api/client';
import type { AwardEntryView, Page, PersonView } from '../api/types';
import { exportXlsx } from '../lib/export-xlsx';
import { formatDate, sortByViName } from '../lib/format';
import { awardName } from '../lib/labels';
import { hasRole, useMe } from '../lib/me';
import { Link, navigate, useQueryParam } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { Field } from '../ui/field';
import { AwardEntryForm } from './award-entry-form';

/** Find a person by name (accents and case ignored by the API) and open their award history. */
export function PersonSearchScreen() {
  const query = useQueryParam('ten');
  const [text, setText] = useState(query);
  const results = useLoad(
    (signal) =>
      query
        ? api.get<Page<PersonView>>('/persons', { signal, query: { name: query } })
        : Promise.resolve(undefined),
    [query],
  );
  return (
    <>
      <h1>Tra cứu cá nhân</h1>
      <form
        aria-label="Tìm cá nhân"
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/tra-cuu?ten=${encodeURIComponent(text.trim())}`, { replace: true });
        }}
      >
        <Field name="person-name" label="Họ và tên" hint="Gõ có dấu hoặc không dấu.">
          {(c) => <input {...c} type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />}
        </Field>
        <div class="field">
          <button type="submit" class="btn btn-primary">
            Tìm
          </button>
        </div>
      </form>
      <ApiErrorNotice error={results.error} />
      {results.data ? (
        results.data.items.length === 0 ? (
          <p>Không tìm thấy ai có tên “{query}”.</p>
        ) : (
          <ul>
            {sortByViName(results.data.items, (p) => p.fullName).map((p) => (
              <li key={p.id}>
                <Link href={`/ca-nhan/${p.id}`}>{p.fullName}</Link> — {p.position}
                {p.unitName ? `, ${p.unitName}` : ''}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </>
  );
}

interface PersonDetail {
  readonly person: PersonView;
  readonly unitName?: string;
  readonly awards: readonly AwardEntryView[];
}

export function PersonScreen({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const id = params.id ?? '';
  const detail = useLoad((signal) => api.get<PersonDetail>(`/persons/${id}`, { signal }), [id]);
  if (detail.error) return <ApiErrorNotice error={detail.error} />;
  if (!detail.data) return <p>Đang tải…</p>;
  const { person, awards } = detail.data;
  const rows = [...awards].sort((a, b) => b.year - a.year);
  const mayRecord = ['admin', 'council_secretary', 'province_officer'].some((r) => hasRole(me, r as Role));
  return (
    <>
      <p>
        <Link href="/tra-cuu">← Tra cứu</Link>
      </p>
      <h1>{person.fullName}</h1>
      <p>
        {person.position}
        {(detail.data.unitName ?? person.unitName) ? `, ${detail.data.unitName ?? person.unitName}` : ''}
      </p>
      <h2>Quá trình khen thưởng</h2>
      <div class="actions">
        <button
          type="button"
          class="btn"
          disabled={rows.length === 0}
          onClick={() =>
            void exportXlsx(
              `qua-trinh-khen-thuong-${person.id}`,
              'Quá trình khen thưởng',
              [
                { header: 'Năm', width: 8, value: (r: AwardEntryView) => r.year },
                { header: 'Hình thức', width: 34, value: (r) => awardName(r.awardCode) },
                { header: 'Loại hình', width: 26, value: (r) => TRACK_LABELS[r.track as Track] ?? r.track },
                { header: 'Số quyết định', width: 18, value: (r) => r.decisionNumber },
              ],
              rows,
            )
          }
        >
          Xuất Excel (.xlsx)
        </button>
      </div>
      {rows.length === 0 ? (
        <p>Chưa có khen thưởng nào được ghi nhận.</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption>Khen thưởng của {person.fullName}</caption>
            <thead>
              <tr>
                <th scope="col">Năm</th>
                <th scope="col">Hình thức</th>
                <th scope="col">Loại hình</th>
                <th scope="col">Quyết định</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={`${a.year}-${a.awardCode}-${a.decisionNumber ?? ''}`}>
                  <td>{a.year}</td>
                  <td>{awardName(a.awardCode)}</td>
                  <td>{TRACK_LABELS[a.track as Track] ?? a.track}</td>
                  <td>
                    {a.decisionNumber}
                    {a.decidedAt ? ` (${formatDate(a.decidedAt)})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayRecord ? <AwardEntryForm personId={person.id} onRecorded={detail.reload} /> : null}
    </>
  );
}
