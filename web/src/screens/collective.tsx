import { api } from '../api/client';
import type { CollectiveDetail } from '../api/types';
import { Link } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { AwardHistorySection } from './award-history/award-history-section';

/**
 * A collective's own record (hồ sơ tập thể): the unit, its organisation, and the awards the unit
 * itself received (Tập thể lao động tiên tiến, Giấy khen, Bằng khen…), kept like a person's.
 */
export function CollectiveScreen({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const detail = useLoad((signal) => api.get<CollectiveDetail>(`/units/${id}/awards`, { signal }), [id]);
  if (detail.error) return <ApiErrorNotice error={detail.error} />;
  if (!detail.data) return <p>Đang tải…</p>;
  const { unit, organisationName, awards } = detail.data;
  return (
    <>
      <p>
        <Link href="/tra-cuu">← Tra cứu</Link>
      </p>
      <h1>{unit.name}</h1>
      <p>Tập thể{organisationName ? ` thuộc ${organisationName}` : ''}</p>
      <AwardHistorySection
        holder={{ path: `/units/${encodeURIComponent(unit.id)}`, subject: 'collective' }}
        holderName={unit.name}
        fileName={`qua-trinh-khen-thuong-${unit.id}`}
        awards={awards}
        onChanged={detail.reload}
      />
    </>
  );
}
