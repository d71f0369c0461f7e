import { api } from '../api/client';
import type { CampaignView, OrganisationView, PublicNoticeEntryView, PublicNoticeView } from '../api/types';
import { formatDate } from '../lib/format';
import { hasRole, useMe } from '../lib/me';
import { setQueryParam, useQueryParam } from '../lib/router';
import { useList } from '../lib/use-list';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { Field } from '../ui/field';
import { Select } from '../ui/inputs';
import { YearSelect } from '../ui/year-select';

const nameOf = (e: PublicNoticeEntryView) =>
  e.nominee.subject === 'person' ? e.nominee.fullName : e.nominee.name;
const unitOf = (e: PublicNoticeEntryView) =>
  (e.nominee.subject === 'person' ? e.nominee.unitName : e.nominee.parentUnitName) ?? '';
const positionOf = (e: PublicNoticeEntryView) =>
  e.nominee.subject === 'person' ? (e.nominee.position ?? '') : 'Tập thể';

/**
 * "Danh sách công khai": before the council meets, everyone of the Sở sees who is proposed for
 * what, so they can object. Public fields only (the API sends nothing else); prints as a plain
 * table (the print stylesheet hides the app's chrome and the filters).
 */
export function PublicNoticeScreen() {
  const me = useMe();
  const thisYear = new Date().getFullYear();
  const year = Number(useQueryParam('nam')) || thisYear;
  const campaignId = useQueryParam('phong-trao');
  const chosenOrg = useQueryParam('co-quan');
  // The province reads any Sở's list and chooses which (kept in the URL, so a shared or printed
  // link opens the same list); a Sở's own staff always see their own organisation.
  const isProvince = hasRole(me, 'province_officer', 'province_leader');
  const organisations = useList<OrganisationView>(isProvince ? '/organisations' : undefined, {}, [
    isProvince,
  ]);
  const orgs = (organisations.data?.items ?? []).filter((o) => o.id !== me.orgId && o.id !== 'org-ubnd');
  const organisationId = isProvince ? chosenOrg || orgs[0]?.id || '' : me.orgId || '';
  const campaigns = useList<CampaignView>(
    organisationId ? '/campaigns' : undefined,
    { organisationId, year },
    [organisationId, year],
  );
  const notice = useLoad(
    (signal) =>
      organisationId
        ? api.get<PublicNoticeView>(`/organisations/${encodeURIComponent(organisationId)}/public-notice`, {
            signal,
            query: { year, campaignId: campaignId || undefined },
          })
        : Promise.resolve(undefined),
    [organisationId, year, campaignId],
  );
  const campaignOptions = (campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.title ?? c.id }));
  const data = notice.data;
  // A campaign belongs to one organisation and one year: choosing another drops it.
  const choose = (name: string, value: string) => {
    setQueryParam('phong-trao', '');
    setQueryParam(name, value);
  };
  return (
    <div class="public-notice">
      <h1>Danh sách công khai đề nghị khen thưởng</h1>
      <div class="filters no-print">
        {isProvince ? (
          <Field name="notice-org" label="Sở, ban, ngành">
            {(c) => (
              <Select
                control={c}
                value={organisationId || undefined}
                onChange={(v) => choose('co-quan', v ?? '')}
                options={orgs.map((o) => ({ value: o.id, label: o.name }))}
              />
            )}
          </Field>
        ) : null}
        <YearSelect
          name="notice-year"
          label="Năm"
          value={String(year)}
          onChange={(v) => choose('nam', v)}
          latest={thisYear}
        />
        <Field name="notice-campaign" label="Phong trào thi đua">
          {(c) => (
            <Select
              control={c}
              value={campaignId || undefined}
              onChange={(v) => setQueryParam('phong-trao', v ?? '')}
              options={campaignOptions}
              empty="Tất cả"
            />
          )}
        </Field>
        <button type="button" class="btn" onClick={() => window.print()}>
          In danh sách
        </button>
      </div>
      <ApiErrorNotice error={notice.error ?? organisations.error ?? campaigns.error} />
      {(notice.loading || organisations.loading) && !data ? <p>Đang tải…</p> : null}
      {data ? (
        <>
          <p>
            <strong>{data.organisationName}</strong> — năm {data.year}. Danh sách các cá nhân, tập thể được đề
            nghị khen thưởng, có hồ sơ đã được Thường trực Hội đồng Thi đua – Khen thưởng thẩm định hợp lệ,
            tính đến ngày {formatDate(data.asOf)}.
          </p>
          <p class="no-print meta">
            Ai có ý kiến về người được đề nghị xin gửi Thường trực Hội đồng trước phiên họp xét. Danh sách chỉ
            nêu họ tên, chức vụ, đơn vị và hình thức đề nghị.
          </p>
          {data.entries.length === 0 ? (
            <p>Chưa có đề nghị nào được công khai trong năm {data.year}.</p>
          ) : (
            <div class="table-wrap">
              <table class="notice-table">
                <caption>
                  Danh sách công khai năm {data.year} ({data.entries.length} đề nghị)
                </caption>
                <thead>
                  <tr>
                    <th scope="col" class="num">
                      STT
                    </th>
                    <th scope="col">Họ và tên / Tập thể</th>
                    <th scope="col">Chức vụ</th>
                    <th scope="col">Đơn vị</th>
                    <th scope="col">Hình thức đề nghị</th>
                    <th scope="col">Giai đoạn</th>
                  </tr>
                </thead>
                <tbody>
                  {data.entries.map((e, i) => (
                    <tr key={`${i}-${e.awardCode}`}>
                      <td class="num">{i + 1}</td>
                      <td>{nameOf(e)}</td>
                      <td>{positionOf(e)}</td>
                      <td>{unitOf(e)}</td>
                      <td>
                        {e.awardName}
                        {e.campaignTitle ? <span class="meta"> ({e.campaignTitle})</span> : null}
                      </td>
                      <td>{e.stage}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}
