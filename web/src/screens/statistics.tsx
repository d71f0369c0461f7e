import {
  STATISTICS_STAGE_LABELS,
  STATISTICS_STAGES,
  type StatisticsStage,
} from '../../../shared/domain/workflow/statistics-stage';
import type { getStatistics, getTimelinessReport } from '../../../shared/http/routes/reports';
import { api } from '../api/client';
import type { AnswerOf } from '../api/types';
import { STEP_WORDS } from '../lib/clock-words';
import { type ExportColumn, exportXlsx } from '../lib/export-xlsx';
import { formatDate } from '../lib/format';
import { awardName } from '../lib/labels';
import { hasRole, useMe } from '../lib/me';
import { Link, setQueryParam, useQueryParam } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { YearSelect } from '../ui/year-select';

type Statistics = AnswerOf<typeof getStatistics>;
type Counts = Statistics['totals'];
type Timeliness = AnswerOf<typeof getTimelinessReport>;
type CountRow = { readonly key: string; readonly label: string; readonly counts: Counts };

/** A step as a table row names it: "Xét ở Sở". */
const stepLabel = (step: string) => {
  const words = STEP_WORDS[step as keyof typeof STEP_WORDS] ?? step;
  return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
};

/** A horizontal bar per row: the count in words beside a bar scaled to the largest. */
function Bars({ title, rows }: { title: string; rows: readonly { label: string; value: number }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure class="card">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      {rows.length === 0 ? <p class="meta">Chưa có số liệu.</p> : null}
      <ul class="bars">
        {rows.map((r) => (
          <li key={r.label}>
            <span class="bar-label">{r.label}</span>
            <span class="bar" style={{ width: `${(r.value / max) * 100}%` }} aria-hidden="true" />
            <span class="bar-value">{r.value}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

const countColumns = <T,>(countsOf: (row: T) => Counts): ExportColumn<T>[] => [
  ...STATISTICS_STAGES.map((stage) => ({
    header: STATISTICS_STAGE_LABELS[stage],
    width: 18,
    value: (row: T) => countsOf(row)[stage],
  })),
  { header: 'Tổng', width: 10, value: (row: T) => countsOf(row).total },
];

/** A table of counts by stage, one row per award or organisation, with its total row. */
function CountsTable({
  caption,
  head,
  rows,
  totals,
}: {
  caption: string;
  head: string;
  rows: readonly { key: string; label: string; counts: Counts }[];
  totals: Counts;
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          {STATISTICS_STAGES.map((stage) => (
            <th scope="col" key={stage}>
              {STATISTICS_STAGE_LABELS[stage]}
            </th>
          ))}
          <th scope="col">Tổng</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {STATISTICS_STAGES.map((stage) => (
              <td key={stage}>{row.counts[stage]}</td>
            ))}
            <td>{row.counts.total}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Cộng</th>
          {STATISTICS_STAGES.map((stage: StatisticsStage) => (
            <td key={stage}>
              <strong>{totals[stage]}</strong>
            </td>
          ))}
          <td>
            <strong>{totals.total}</strong>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/**
 * The leaders' dashboard of a year: nominations by stage, by award and by organisation (the
 * province sees every Sở), charted and tabled, exported to Excel; and, for a Sở, each step's
 * on-time and late counts against its working-day limit with the late dossiers named.
 */
export function StatisticsScreen() {
  const me = useMe();
  const thisYear = new Date().getFullYear();
  const year = Number(useQueryParam('nam')) || thisYear;
  const stats = useLoad(
    (signal) => api.get<Statistics>('/reports/statistics', { signal, query: { year } }),
    [year],
  );
  const ownSo = hasRole(me, 'council_secretary', 'director');
  const timeliness = useLoad(
    (signal) =>
      ownSo
        ? api.get<Timeliness>('/reports/timeliness', { signal, query: { year } })
        : Promise.resolve(undefined),
    [year, ownSo],
  );
  const data = stats.data;
  const awardRows = (data?.byAward ?? []).map((a) => ({
    key: a.awardCode,
    label: awardName(a.awardCode),
    counts: a.counts,
  }));
  const orgRows = (data?.byOrganisation ?? []).map((o) => ({
    key: o.organisationId,
    label: o.name,
    counts: o.counts,
  }));
  return (
    <>
      <h1>Thống kê thi đua, khen thưởng</h1>
      <div class="filters">
        <YearSelect
          name="stats-year"
          label="Năm thành tích"
          value={String(year)}
          onChange={(v) => setQueryParam('nam', v)}
          latest={thisYear}
          back={3}
        />
      </div>
      <ApiErrorNotice error={stats.error} onReload={stats.reload} />
      {data ? (
        <>
          <p class="meta">
            Số liệu đến ngày {formatDate(data.asOf)}; không tính bản nháp. Tổng số đề nghị:{' '}
            {data.totals.total}.
          </p>
          <div class="cards">
            <Bars
              title="Theo giai đoạn"
              rows={STATISTICS_STAGES.map((stage) => ({
                label: STATISTICS_STAGE_LABELS[stage],
                value: data.totals[stage],
              }))}
            />
            <Bars
              title="Theo hình thức khen thưởng"
              rows={awardRows.map((r) => ({ label: r.label, value: r.counts.total }))}
            />
            {data.scope === 'province' ? (
              <Bars
                title="Theo cơ quan"
                rows={orgRows.map((r) => ({ label: r.label, value: r.counts.total }))}
              />
            ) : null}
          </div>
          <div class="actions">
            <button
              type="button"
              class="btn"
              disabled={awardRows.length === 0}
              onClick={() =>
                void exportXlsx(
                  `thong-ke-${year}`,
                  `Thống kê năm ${year}`,
                  [
                    { header: 'Hình thức khen thưởng / Cơ quan', width: 40, value: (r: CountRow) => r.label },
                    ...countColumns((r: CountRow) => r.counts),
                  ],
                  [
                    ...awardRows,
                    ...(data.scope === 'province' ? orgRows : []),
                    { key: 'total', label: 'Cộng', counts: data.totals },
                  ],
                )
              }
            >
              Xuất Excel (.xlsx)
            </button>
          </div>
          <CountsTable
            caption="Số đề nghị theo hình thức khen thưởng"
            head="Hình thức"
            rows={awardRows}
            totals={data.totals}
          />
          {data.scope === 'province' ? (
            <CountsTable
              caption="Số đề nghị theo cơ quan"
              head="Cơ quan"
              rows={orgRows}
              totals={data.totals}
            />
          ) : null}
        </>
      ) : (
        <p>Đang tải…</p>
      )}
      {timeliness.data ? (
        <section aria-labelledby="timeliness">
          <h2 id="timeliness">Thời gian xử lý theo từng bước</h2>
          <table>
            <caption>Số hồ sơ đúng hạn, trễ hạn (ngày làm việc)</caption>
            <thead>
              <tr>
                <th scope="col">Bước</th>
                <th scope="col">Xong đúng hạn</th>
                <th scope="col">Xong trễ hạn</th>
                <th scope="col">Đang xử lý</th>
                <th scope="col">Đang quá hạn</th>
              </tr>
            </thead>
            <tbody>
              {timeliness.data.steps.map((s) => (
                <tr key={s.step}>
                  <th scope="row">{stepLabel(s.step)}</th>
                  <td>{s.onTime}</td>
                  <td>{s.late}</td>
                  <td>{s.pending}</td>
                  <td>{s.overdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {timeliness.data.overdue.length > 0 ? (
            <ul aria-label="Hồ sơ quá hạn">
              {timeliness.data.overdue.map((o) => (
                <li key={`${o.nominationId}-${o.step}`}>
                  <Link href={`/de-nghi/${encodeURIComponent(o.nominationId)}`}>{o.nomineeName}</Link> —{' '}
                  {awardName(o.awardCode)}: {stepLabel(o.step)} từ {formatDate(o.startedOn)}, đã{' '}
                  {o.usedWorkingDays}/{o.limitWorkingDays} ngày làm việc
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
