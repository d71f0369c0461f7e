import { Fragment } from 'preact';
import { api } from '../api/client';
import type { CampaignView, Page } from '../api/types';
import { daysUntil, formatDate } from '../lib/format';
import { awardName } from '../lib/labels';
import { hasRole, useMe } from '../lib/me';
import { Link, useQueryParam } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { Notice } from '../ui/notice';

function Deadline({ on }: { on: string }) {
  const days = daysUntil(on);
  const tone = days < 0 ? 'badge-bad' : days <= 14 ? 'badge-back' : 'badge-wait';
  const text = days < 0 ? 'đã hết hạn' : days === 0 ? 'hết hạn hôm nay' : `còn ${days} ngày`;
  return (
    <span>
      {formatDate(on)} <span class={`badge ${tone}`}>{text}</span>
    </span>
  );
}

/** The campaigns in force, their periods and the last day to nominate. */
export function CampaignsScreen() {
  const me = useMe();
  const list = useLoad((signal) => api.get<Page<CampaignView>>('/campaigns', { signal }), []);
  const campaigns = (list.data?.items ?? []).filter((c) => c.status !== 'draft');
  const editor = hasRole(me, 'council_secretary', 'director', 'province_officer', 'province_leader');
  const drafts = (list.data?.items ?? []).filter(
    (c) => c.status === 'draft' && c.organisationId === me.orgId,
  );
  const justPublished = useQueryParam('da-ban-hanh');
  return (
    <>
      <h1>Phong trào thi đua</h1>
      {justPublished ? (
        <Notice tone="ok">Đã ban hành phong trào; các đơn vị đã thấy phong trào này.</Notice>
      ) : null}
      {editor ? (
        <p>
          <Link class="btn btn-primary" href="/phong-trao/moi">
            Soạn phong trào mới
          </Link>
        </p>
      ) : null}
      {editor && drafts.length > 0 ? (
        <section aria-labelledby="drafts-title">
          <h2 id="drafts-title">Bản nháp chưa ban hành</h2>
          <ul>
            {drafts.map((c) => (
              <li key={c.id}>
                <Link href={`/phong-trao/${encodeURIComponent(c.id)}/sua`}>
                  {c.title ?? c.details?.title}
                </Link>{' '}
                <span class="badge badge-draft">Bản nháp</span>
              </li>
            ))}
          </ul>
          <h2>Đã ban hành</h2>
        </section>
      ) : null}
      <ApiErrorNotice error={list.error} />
      {list.loading && !list.data ? <p>Đang tải…</p> : null}
      {list.data && campaigns.length === 0 ? <p>Chưa có phong trào nào được ban hành.</p> : null}
      {campaigns.map((c) => {
        const d = c.details;
        return (
          <article class="card" key={c.id} aria-labelledby={`camp-${c.id}`}>
            <h2 id={`camp-${c.id}`}>{c.title ?? d?.title}</h2>
            <p class="meta">
              {d?.issuingBody} · {d?.documentNumber}
            </p>
            {d?.theme ? <p>Chủ đề: “{d.theme}”</p> : null}
            <dl class="facts">
              {d?.nominationDeadline ? (
                <>
                  <dt>Hạn đề nghị khen thưởng</dt>
                  <dd>
                    <Deadline on={d.nominationDeadline} />
                  </dd>
                </>
              ) : null}
              {(d?.periods ?? []).map((p) => (
                <Fragment key={p.periodNo}>
                  <dt>{p.name ?? `Đợt ${p.periodNo}`}</dt>
                  <dd>
                    {formatDate(p.startsOn)} – {formatDate(p.endsOn)}; hạn tổng kết{' '}
                    {formatDate(p.reviewDueOn)}
                  </dd>
                </Fragment>
              ))}
              {d?.awardsInScope ? (
                <>
                  <dt>Hình thức khen thưởng</dt>
                  <dd>{d.awardsInScope.map(awardName).join('; ')}</dd>
                </>
              ) : null}
            </dl>
            <p>
              <Link href={`/phong-trao/${encodeURIComponent(c.id)}/tien-do`}>Tiến độ chỉ tiêu</Link>
            </p>
            {hasRole(me, 'unit_officer') ? (
              <Link class="btn btn-primary" href={`/de-nghi/moi?phong-trao=${encodeURIComponent(c.id)}`}>
                Lập đề nghị cho phong trào này
              </Link>
            ) : null}
          </article>
        );
      })}
    </>
  );
}
