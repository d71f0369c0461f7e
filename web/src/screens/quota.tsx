import { api } from '../api/client';
import type { QuotaUseReport } from '../api/types';
import { viCollator } from '../lib/format';
import { awardName } from '../lib/labels';
import { Link, setQueryParam, useQueryParam } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { Field } from '../ui/field';
import { Select } from '../ui/inputs';
import { YearSelect } from '../ui/year-select';

/** Each unit's nominations against its cap (e.g. CSTĐCS at most 15 % of its LĐTT), with the rule cited. */
export function QuotaScreen() {
  const year = Number(useQueryParam('nam')) || new Date().getFullYear();
  const awardCode = useQueryParam('hinh-thuc') || 'CSTDCS';
  const report = useLoad(
    (signal) => api.get<QuotaUseReport>('/secretariat/quota-use', { signal, query: { year, awardCode } }),
    [year, awardCode],
  );
  return (
    <>
      <h1>Tỷ lệ khen thưởng theo đơn vị</h1>
      <div class="filters">
        <Field name="quota-award" label="Danh hiệu">
          {(c) => (
            <Select
              control={c}
              value={awardCode}
              onChange={(v) => setQueryParam('hinh-thuc', v ?? '')}
              options={['CSTDCS', 'CSTD_TINH'].map((v) => ({ value: v, label: awardName(v) }))}
            />
          )}
        </Field>
        <YearSelect
          name="quota-year"
          label="Năm"
          value={String(year)}
          onChange={(v) => setQueryParam('nam', v)}
          latest={new Date().getFullYear()}
        />
      </div>
      <ApiErrorNotice error={report.error} />
      {report.data ? (
        <>
          <p>
            {awardName(report.data.awardCode)} tính trên số {awardName(report.data.baseAward)} của đơn vị.{' '}
            {report.data.citation ? <span class="citation">Căn cứ: {report.data.citation}</span> : null}
          </p>
          <div class="table-wrap">
            <table>
              <caption>
                {awardName(report.data.awardCode)} năm {report.data.year}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Đơn vị</th>
                  <th scope="col" class="num">
                    Số {awardName(report.data.baseAward)}
                  </th>
                  <th scope="col" class="num">
                    Tối đa được đề nghị
                  </th>
                  <th scope="col" class="num">
                    Đã đề nghị
                  </th>
                  <th scope="col">Tình trạng</th>
                </tr>
              </thead>
              <tbody>
                {[...report.data.units]
                  .sort((a, b) => viCollator.compare(a.unitName, b.unitName))
                  .map((u) => {
                    const over = u.allowed !== null && u.used > u.allowed;
                    return (
                      <tr key={u.unitId}>
                        <td>{u.unitName}</td>
                        <td class="num">{u.baseCount}</td>
                        <td class="num">{u.allowed ?? 'Không giới hạn'}</td>
                        <td class="num">{u.used}</td>
                        <td>
                          <span class={`badge ${over ? 'badge-bad' : 'badge-ok'}`}>
                            {over ? 'Vượt tỷ lệ' : 'Trong tỷ lệ'}
                          </span>
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
          <h2>Thứ tự ưu tiên trong tỷ lệ</h2>
          <p class="meta">
            Khi thành tích như nhau: ưu tiên nữ, tập thể có từ 70 % nữ, rồi người không giữ chức vụ lãnh đạo,
            quản lý; cùng mức thì theo thứ tự đề nghị.
          </p>
          {report.data.units.every((u) => u.candidates.length === 0) ? (
            <p>Chưa có đề nghị nào trong năm.</p>
          ) : (
            [...report.data.units]
              .filter((u) => u.candidates.length > 0)
              .sort((a, b) => viCollator.compare(a.unitName, b.unitName))
              .map((u) => (
                <details key={u.unitId} open={u.allowed !== null && u.used > u.allowed}>
                  <summary>
                    {u.unitName}: {u.candidates.length} đề nghị
                    {u.allowed === null ? '' : `, tối đa ${u.allowed}`}
                  </summary>
                  <ol>
                    {u.candidates.map((c) => (
                      <li key={c.nominationId}>
                        <Link href={`/de-nghi/${c.nominationId}`}>{c.nomineeName}</Link> —{' '}
                        {c.reasons.join('; ')}{' '}
                        <span class={`badge ${c.withinCap ? 'badge-ok' : 'badge-bad'}`}>
                          {c.withinCap ? 'Trong tỷ lệ' : 'Ngoài tỷ lệ'}
                        </span>
                      </li>
                    ))}
                  </ol>
                </details>
              ))
          )}
        </>
      ) : null}
    </>
  );
}
