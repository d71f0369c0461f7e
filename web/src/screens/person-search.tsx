import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { Page, PersonDetail, PersonView } from '../api/types';
import { sortByViName } from '../lib/format';
import { Link, navigate, useQueryParam } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { Field } from '../ui/field';
import { AwardHistorySection } from './award-history/award-history-section';

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

export function PersonScreen({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const detail = useLoad((signal) => api.get<PersonDetail>(`/persons/${id}`, { signal }), [id]);
  if (detail.error) return <ApiErrorNotice error={detail.error} />;
  if (!detail.data) return <p>Đang tải…</p>;
  const { person, awards } = detail.data;
  const unitName = detail.data.unitName;
  return (
    <>
      <p>
        <Link href="/tra-cuu">← Tra cứu</Link>
      </p>
      <h1>{person.fullName}</h1>
      <p>
        {person.position}
        {unitName ? (
          <>
            , <Link href={`/tap-the/${person.unitId}`}>{unitName}</Link>
          </>
        ) : (
          ''
        )}
      </p>
      <AwardHistorySection
        holder={{ path: `/persons/${encodeURIComponent(person.id)}`, subject: 'person' }}
        holderName={person.fullName}
        fileName={`qua-trinh-khen-thuong-${person.id}`}
        awards={awards}
        onChanged={detail.reload}
      />
    </>
  );
}
