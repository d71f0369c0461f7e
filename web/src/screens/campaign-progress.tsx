import { useState } from 'preact/hooks';
import { api } from '../api/client';
import type { CampaignProgressView, TargetProgressView, TargetRowView } from '../api/types';
import { viCollator } from '../lib/format';
import { hasRole, useMe } from '../lib/me';
import { Link } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { TargetReportForm } from './target-report-form';

const requirement = (t: TargetProgressView): string =>
  t.measure.kind === 'percentage'
    ? `${t.measure.percent} %`
    : t.measure.max === undefined
      ? `ít nhất ${t.measure.min}`
      : `${t.measure.min} – ${t.measure.max}`;

function Outcome({ row }: { row: TargetRowView }) {
  if (row.population === 0) return <span class="badge badge-wait">Chưa tính được</span>;
  if (row.met) return <span class="badge badge-ok">Đạt</span>;
  return <span class="badge badge-bad">Còn thiếu {row.shortfall}</span>;
}

function Row({ name, row, header }: { name: string; row: TargetRowView; header?: boolean }) {
  return (
    <tr>
      {header ? <th scope="row">{name}</th> : <td>{name}</td>}
      <td class="num">{row.population}</td>
      <td class="num">{row.required}</td>
      <td class="num">{row.achieved.proposed}</td>
      <td class="num">{row.achieved.approved}</td>
      <td class="num">{row.achieved.awarded}</td>
      <td>
        <Outcome row={row} />
      </td>
    </tr>
  );
}

/** A target measured by the units' reports: each unit's result, its evidence, and its form. */
function ReportedTarget({
  target,
  campaignId,
  mayReport,
  onSaved,
}: {
  target: TargetProgressView;
  campaignId: string;
  mayReport: (row: TargetRowView) => boolean;
  onSaved: () => void;
}) {
  const id = `target-${target.index}`;
  const org = target.organisation;
  const units = [...target.units].sort((a, b) => viCollator.compare(a.unitName ?? '', b.unitName ?? ''));
  const [open, setOpen] = useState<string | undefined>();
  return (
    <article class="card" aria-labelledby={id}>
      <h2 id={id}>{target.metric}</h2>
      <p>
        Chỉ tiêu {requirement(target)} · do đơn vị báo cáo kèm minh chứng · Đạt{' '}
        <strong>{org.achieved.awarded}</strong>/{org.population} <Outcome row={org} />
      </p>
      <div class="table-wrap">
        <table>
          <caption>Kết quả đơn vị báo cáo</caption>
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col" class="num">
                Tổng số
              </th>
              <th scope="col" class="num">
                Cần đạt
              </th>
              <th scope="col" class="num">
                Đạt
              </th>
              <th scope="col">Báo cáo</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {units.map((row) => (
              <tr key={row.unitId}>
                <td>{row.unitName ?? row.unitId}</td>
                <td class="num">{row.population}</td>
                <td class="num">{row.required}</td>
                <td class="num">{row.report ? row.achieved.awarded : '—'}</td>
                <td>
                  {row.report ? <Outcome row={row} /> : <span class="badge badge-wait">Chưa báo cáo</span>}{' '}
                  <span class="meta">{row.message}</span>
                </td>
                <td>
                  {mayReport(row) ? (
                    <button
                      type="button"
                      class="btn btn-link"
                      onClick={() => setOpen(open === row.unitId ? undefined : row.unitId)}
                    >
                      {row.report ? 'Sửa báo cáo' : 'Báo cáo'}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {units
        .filter((row) => row.unitId !== undefined && row.unitId === open)
        .map((row) => (
          <TargetReportForm
            key={row.unitId}
            campaignId={campaignId}
            targetIndex={target.index}
            row={row}
            onSaved={() => {
              setOpen(undefined);
              onSaved();
            }}
          />
        ))}
      <p class="meta">Cách tính: {target.basis}</p>
    </article>
  );
}

function Target({ target }: { target: TargetProgressView }) {
  const id = `target-${target.index}`;
  const org = target.organisation;
  const units = [...target.units].sort((a, b) => viCollator.compare(a.unitName ?? '', b.unitName ?? ''));
  return (
    <article class="card" aria-labelledby={id}>
      <h2 id={id}>{target.metric}</h2>
      <p>
        Chỉ tiêu {requirement(target)} · Cần đạt <strong>{org.required}</strong> · Đã khen thưởng{' '}
        <strong>{org.achieved.awarded}</strong> · Đã thông qua {org.achieved.approved} · Đã đề nghị{' '}
        {org.achieved.proposed} <Outcome row={org} />
      </p>
      <p class="meta">{org.message}</p>
      <div class="table-wrap">
        <table>
          <caption>Theo đơn vị</caption>
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col" class="num">
                {target.population === 'persons' ? 'Số người' : 'Số tập thể'}
              </th>
              <th scope="col" class="num">
                Cần đạt
              </th>
              <th scope="col" class="num">
                Đã đề nghị
              </th>
              <th scope="col" class="num">
                Đã thông qua
              </th>
              <th scope="col" class="num">
                Đã khen thưởng
              </th>
              <th scope="col">Kết quả</th>
            </tr>
          </thead>
          <tbody>
            {units.map((row) => (
              <Row key={row.unitId} name={row.unitName ?? row.unitId ?? ''} row={row} />
            ))}
          </tbody>
          <tfoot>
            <Row name="Toàn cơ quan" row={org} header />
          </tfoot>
        </table>
      </div>
      <p class="meta">Cách tính: {target.basis}</p>
    </article>
  );
}

/** "Tiến độ chỉ tiêu": each target of a campaign, the pipeline and the result, per unit. */
export function CampaignProgressScreen({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const me = useMe();
  const report = useLoad(
    (signal) => api.get<CampaignProgressView>(`/campaigns/${encodeURIComponent(id)}/progress`, { signal }),
    [id],
  );
  const data = report.data;
  return (
    <>
      <h1>Tiến độ chỉ tiêu</h1>
      <p>
        <Link href="/phong-trao">← Phong trào thi đua</Link>
      </p>
      <ApiErrorNotice error={report.error} />
      {report.loading && !data ? <p>Đang tải…</p> : null}
      {data ? (
        <>
          <p>
            <strong>{data.title}</strong> (năm {data.year})
            {data.view === 'unit' ? ' — đơn vị của bạn và tổng của cơ quan.' : null}
          </p>
          {data.targets.length === 0 ? <p>Phong trào này chưa đặt chỉ tiêu nào.</p> : null}
          {data.targets.map((t) =>
            t.measuredBy === 'unit_report' ? (
              <ReportedTarget
                key={t.index}
                target={t}
                campaignId={data.campaignId}
                mayReport={(row) =>
                  hasRole(me, 'council_secretary') ||
                  (hasRole(me, 'unit_officer') && row.unitId !== undefined && row.unitId === me?.unitId)
                }
                onSaved={report.reload}
              />
            ) : (
              <Target key={t.index} target={t} />
            ),
          )}
          <ul class="meta">
            {data.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
