import { useState } from 'preact/hooks';
import { api } from '../api/client';
import { exportSectorForms, periodWords, receiverOf } from '../lib/export-sector-forms';
import { formatDate } from '../lib/format';
import { setQueryParam, useQueryParam } from '../lib/router';
import { formGrid, type GridRow, type SectorForms, type SectorFormView } from '../lib/sector-form-grid';
import { useAction } from '../lib/use-action';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { Field } from '../ui/field';
import { DateInput } from '../ui/inputs';
import { Notice } from '../ui/notice';
import { YearSelect } from '../ui/year-select';

/** A row of the form's grid as table cells: header cells in the header, data cells below. */
function Cells({ row, header }: { row: GridRow; header: boolean }) {
  return (
    <tr>
      {row.map((cell, i) => {
        if (cell === null) return null;
        const props = {
          key: i,
          ...(cell.colSpan ? { colSpan: cell.colSpan } : {}),
          ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
          class: `${cell.align === 'right' ? 'num' : cell.align === 'center' ? 'centre' : ''}${cell.bold ? ' strong' : ''}`,
        };
        return header || (i === 0 && cell.bold) ? (
          <th scope={header ? 'col' : 'row'} {...props}>
            {cell.text}
          </th>
        ) : (
          <td {...props}>{cell.text}</td>
        );
      })}
    </tr>
  );
}

/** One form as the circular lays it out, on screen. */
function FormTable({ data, form }: { data: SectorForms; form: SectorFormView }) {
  const grid = formGrid(form);
  return (
    <section class="card sector-form" aria-labelledby={`form-${form.id}`}>
      <p class="meta">
        <strong>{form.number}</strong> · Đơn vị báo cáo: {data.reportingUnit} · Đơn vị nhận báo cáo:{' '}
        {receiverOf(data.scope)}
      </p>
      <h2 id={`form-${form.id}`}>{form.title}</h2>
      <p class="meta">
        <em>{periodWords(data.from, data.to)}</em>
        {form.countUnit ? ` · ${form.countUnit}` : ''}
      </p>
      {/* Wide forms scroll sideways: the region takes the keyboard's focus to scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <section class="table-wrap" tabIndex={0} aria-label={`Bảng ${form.number}`}>
        <table>
          <thead>
            {grid.header.map((row, i) => (
              <Cells key={`h${i}`} row={row} header />
            ))}
            <Cells row={grid.numbers} header />
          </thead>
          <tbody>
            {grid.body.map((row, i) => (
              <Cells key={`r${i}`} row={row} header={false} />
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/**
 * The sector's statistical report forms (Thông tư 02/2023/TT-BNV: Biểu 0601.N, 0602.N, 0603.N)
 * for a year or a period, computed from the award history and the campaigns, shown as the
 * circular lays them out and exported to Excel in that layout.
 */
export function SectorFormsScreen() {
  // The sector's year ends on 30/11 (Thông tư 02/2023/TT-BNV): in December, the next year is being reported.
  const now = new Date();
  const thisYear = now.getFullYear() + (now.getMonth() === 11 ? 1 : 0);
  const year = Number(useQueryParam('nam')) || thisYear;
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [asked, setAsked] = useState<{ from: string; to: string } | undefined>();
  const forms = useLoad(
    (signal) =>
      api.get<SectorForms>('/reports/sector-forms', { signal, query: asked ? { ...asked } : { year } }),
    [year, asked?.from, asked?.to],
  );
  const exporting = useAction();
  const data = forms.data;
  return (
    <>
      <h1>Biểu mẫu báo cáo thống kê</h1>
      <p class="meta">
        Theo Thông tư số 02/2023/TT-BNV của Bộ Nội vụ: số phong trào thi đua (Biểu 0601.N), số lượng khen
        thưởng cấp Nhà nước (Biểu 0602.N) và cấp tỉnh (Biểu 0603.N), tính từ lịch sử khen thưởng (cả khen
        thưởng đã nhập) theo ngày quyết định, và từ các phong trào đã phát động trong kỳ.
      </p>
      <Notice tone="warn" title="Đối chiếu với thông tư mới trước khi nộp">
        <p>
          Bộ Nội vụ đã ban hành Thông tư số 18/2025/TT-BNV ngày 08/10/2025 quy định chế độ báo cáo thống kê
          ngành Nội vụ. Các biểu dưới đây theo mẫu của Thông tư số 02/2023/TT-BNV; kỳ báo cáo năm của lĩnh vực
          thi đua, khen thưởng tính từ ngày 01/12 năm trước đến ngày 30/11 năm báo cáo.
        </p>
      </Notice>
      <div class="filters">
        <YearSelect
          name="forms-year"
          label="Năm báo cáo"
          value={asked ? '' : String(year)}
          onChange={(v) => {
            setAsked(undefined);
            setQueryParam('nam', v);
          }}
          latest={thisYear}
          back={4}
          extra={asked ? [{ value: '', label: 'Theo kỳ đã chọn' }] : []}
        />
        <Field name="forms-from" label="Hoặc từ ngày">
          {(c) => (
            <DateInput
              control={c}
              value={period.from}
              onChange={(v) => setPeriod((p) => ({ ...p, from: v }))}
            />
          )}
        </Field>
        <Field name="forms-to" label="Đến ngày">
          {(c) => (
            <DateInput control={c} value={period.to} onChange={(v) => setPeriod((p) => ({ ...p, to: v }))} />
          )}
        </Field>
        <div class="actions">
          <button
            type="button"
            class="btn"
            disabled={!period.from || !period.to}
            onClick={() => period.from && period.to && setAsked({ from: period.from, to: period.to })}
          >
            Xem theo kỳ
          </button>
        </div>
      </div>
      <ApiErrorNotice error={forms.error} onReload={forms.reload} />
      {data ? (
        <>
          <p class="meta">
            Đơn vị báo cáo: <strong>{data.reportingUnit}</strong>. Kỳ báo cáo: {formatDate(data.from)} –{' '}
            {formatDate(data.to)}; số liệu đến ngày {formatDate(data.asOf)}. Trong kỳ có {data.counted.awards}{' '}
            khen thưởng có quyết định (không tính khen thưởng đã bị hủy); Biểu 0602.N và 0603.N chỉ tính khen
            thưởng cấp Nhà nước và cấp tỉnh trong số đó. Có {data.counted.campaigns} phong trào phát động
            trong kỳ. Cá nhân được xếp nhóm theo chức vụ ghi trong danh bạ; kiểm tra trước khi ký.
          </p>
          <div class="actions">
            <button
              type="button"
              class="btn btn-primary"
              disabled={exporting.busy}
              onClick={() => void exporting.run(() => exportSectorForms(data))}
            >
              Xuất Excel (3 biểu, đúng mẫu)
            </button>
          </div>
          <ApiErrorNotice error={exporting.error} />
          {data.forms.map((form) => (
            <FormTable key={form.id} data={data} form={form} />
          ))}
        </>
      ) : forms.loading ? (
        <p>Đang tải…</p>
      ) : null}
    </>
  );
}
