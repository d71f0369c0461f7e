import { useState } from 'preact/hooks';
import {
  CERTIFICATE_AWARDS,
  CERTIFICATE_FIELD_LABELS,
  CERTIFICATE_FIELDS,
  type CertificateAward,
  type CertificateText,
  certificateLayoutOf,
  certificateText,
  isCertificateAward,
  suggestedAchievement,
} from '../../../shared/domain/documents/certificate';
import { issuerOf } from '../../../shared/domain/documents/issuer';
import { fold } from '../../../shared/domain/imports/fold';
import { api } from '../api/client';
import { loadAll } from '../api/load-all';
import type { DocumentView, OrganisationView } from '../api/types';
import { loadConfig } from '../config';
import { provinceFrom } from '../lib/export-docx';
import { formatDate } from '../lib/format';
import { awardName } from '../lib/labels';
import { Link, setQueryParam, useQueryParam } from '../lib/router';
import { saveFile } from '../lib/save-file';
import { useAction } from '../lib/use-action';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { Field } from '../ui/field';
import { NumberInput, Select, TextField } from '../ui/inputs';

/** The printer's offset is the printer's, so it stays with this browser, per form. */
const offsetKey = (award: CertificateAward) => `tdkt.printerOffset.${award}`;
function savedOffset(award: CertificateAward): { xMm: number; yMm: number } {
  try {
    const value = JSON.parse(localStorage.getItem(offsetKey(award)) ?? '{}') as {
      xMm?: unknown;
      yMm?: unknown;
    };
    return {
      xMm: typeof value.xMm === 'number' ? value.xMm : 0,
      yMm: typeof value.yMm === 'number' ? value.yMm : 0,
    };
  } catch {
    return { xMm: 0, yMm: 0 };
  }
}

/** What a test page prints where no decision is open: the fields' names. */
const SAMPLE: CertificateText = {
  recipient: 'Nguyễn Thị Hồng Nhung',
  detail: 'Chuyên viên chính, Văn phòng Sở',
  achievement: 'Đã có thành tích xuất sắc trong công tác năm 2026',
  placeDate: 'Hà Tĩnh, ngày 15 tháng 01 năm 2027',
  signer: 'Nguyễn Văn A',
  decision: 'Quyết định số 01/QĐ-UBND ngày 15 tháng 01 năm 2027',
};

interface Loaded {
  readonly doc?: DocumentView;
  readonly placeName: string;
  readonly layouts: Awaited<ReturnType<typeof loadConfig>>['certificateLayouts'];
}

async function load(documentId: string | undefined, signal: AbortSignal): Promise<Loaded> {
  const config = await loadConfig().catch(() => undefined);
  if (!documentId) return { placeName: config?.provinceName ?? '', layouts: config?.certificateLayouts };
  const doc = await api.get<DocumentView>(`/decisions/${encodeURIComponent(documentId)}`, { signal });
  const organisation = await api.get<OrganisationView>(`/organisations/${encodeURIComponent(doc.issuerId)}`, {
    signal,
  });
  const province = config?.provinceName || provinceFrom(organisation.name);
  return {
    doc,
    placeName: issuerOf(organisation, province).placeName,
    layouts: config?.certificateLayouts,
  };
}

/** The caller's signed decisions of this year and last that grant a certificate award, newest first. */
function DecisionPicker() {
  const year = new Date().getFullYear();
  const decisions = useLoad(
    async (signal) => {
      const years = await Promise.all(
        [year, year - 1].map((y) =>
          loadAll<DocumentView>('/decisions', signal, { query: { kind: 'decision', year: y } }),
        ),
      );
      return years
        .flat()
        .filter((d) => d.entries.some((e) => isCertificateAward(e.awardCode)))
        .sort((a, b) => b.signedOn.localeCompare(a.signedOn) || b.number.localeCompare(a.number));
    },
    [year],
  );
  return (
    <section class="card" aria-labelledby="cert-decisions">
      <h2 id="cert-decisions">Quyết định đã ký có bằng khen, giấy khen</h2>
      <ApiErrorNotice error={decisions.error} onReload={decisions.reload} />
      {decisions.data?.length === 0 ? (
        <p class="meta">
          Năm {year - 1} và {year} chưa có quyết định nào tặng Bằng khen của Chủ tịch UBND tỉnh hay Giấy khen
          của Giám đốc Sở.
        </p>
      ) : null}
      {decisions.data?.length ? (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Số quyết định</th>
                <th scope="col">Ngày ký</th>
                <th scope="col">Trích yếu</th>
                <th scope="col">Số bằng khen, giấy khen</th>
              </tr>
            </thead>
            <tbody>
              {decisions.data.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <Link href={`/in-phoi?van-ban=${encodeURIComponent(d.id)}`}>{d.number}</Link>
                  </th>
                  <td>{formatDate(d.signedOn)}</td>
                  <td>{d.summary}</td>
                  <td class="num">{d.entries.filter((e) => isCertificateAward(e.awardCode)).length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : decisions.loading ? (
        <p>Đang tải…</p>
      ) : null}
    </section>
  );
}

/**
 * Printing Bằng khen and Giấy khen onto the province's phôi: from a signed decision, one page per
 * awardee with the text in the phôi's blanks (layout from the province's configuration), shifted
 * by this printer's offset; and a test page that marks each blank, to check on plain paper
 * against a phôi before the first real print.
 */
export function CertificatesScreen() {
  const documentId = useQueryParam('van-ban') || undefined;
  // A page per decision: what was typed for one (its achievement line, its signer, who to skip)
  // never carries over to the next one opened from the list.
  return <CertificatesPage key={documentId ?? ''} documentId={documentId} />;
}

function CertificatesPage({ documentId }: { documentId: string | undefined }) {
  const loaded = useLoad((signal) => load(documentId, signal), [documentId]);
  const doc = loaded.data?.doc;
  const awards = doc
    ? CERTIFICATE_AWARDS.filter((a) => doc.entries.some((e) => e.awardCode === a))
    : [...CERTIFICATE_AWARDS];
  const asked = useQueryParam('mau');
  const award: CertificateAward | undefined =
    asked && isCertificateAward(asked) && awards.includes(asked) ? asked : awards[0];
  const [offsets, setOffsets] = useState<Partial<Record<CertificateAward, { xMm: number; yMm: number }>>>({});
  const offset = award ? (offsets[award] ?? savedOffset(award)) : { xMm: 0, yMm: 0 };
  const setOffset = (change: Partial<{ xMm: number; yMm: number }>) => {
    if (!award) return;
    const next = { ...offset, ...change };
    setOffsets((o) => ({ ...o, [award]: next }));
    localStorage.setItem(offsetKey(award), JSON.stringify(next));
  };
  const [achievement, setAchievement] = useState<string | undefined>();
  const [signer, setSigner] = useState<string | undefined>();
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const printing = useAction();

  if (loaded.error && !loaded.data) return <ApiErrorNotice error={loaded.error} onReload={loaded.reload} />;
  if (!loaded.data) return <p>Đang tải…</p>;
  const { placeName, layouts } = loaded.data;
  const layout = award ? certificateLayoutOf(award, layouts) : undefined;
  const entries = doc && award ? doc.entries.filter((e) => e.awardCode === award) : [];
  // The decision marks each award revoked since (the caller's organisation's, or all of them for
  // the issuer's staff): never printed. An award it does not mark is left to the official.
  const chosen = entries.filter((e) => !skipped.has(e.nominationId) && !e.revoked);
  const signedBy = doc
    ? (doc.signer?.name ?? (typeof doc.signedBy === 'object' ? doc.signedBy.name : undefined))
    : undefined;
  const achievementLine = achievement ?? (doc ? suggestedAchievement(doc.summary) : '');
  const signerName = signer ?? signedBy ?? '';
  const texts = (): CertificateText[] =>
    doc
      ? chosen.map((e) =>
          certificateText(
            {
              number: doc.number,
              signedOn: doc.signedOn,
              placeName,
              signerName,
              achievement: achievementLine,
            },
            e,
          ),
        )
      : [];

  const print = (kind: 'test' | 'all') =>
    printing.run(async () => {
      if (!layout || !award) return;
      const { certificatesPdf, testPagePdf } = await import('../lib/certificate-pdf');
      const bytes =
        kind === 'test'
          ? await testPagePdf(layout, texts()[0] ?? SAMPLE, offset)
          : await certificatesPdf(layout, texts(), offset);
      // "01/QĐ-SNV" → "01-qd-snv": a file name every system keeps as it is.
      const number = fold(doc?.number ?? '').replace(/\s+/g, '-');
      const name =
        kind === 'test'
          ? `in-thu-phoi-${award}.pdf`
          : `${award === 'BK_TINH' ? 'bang-khen' : 'giay-khen'}-${number}.pdf`;
      saveFile(name, new Blob([bytes as BlobPart], { type: 'application/pdf' }));
    });

  return (
    <>
      <h1>In bằng khen, giấy khen trên phôi</h1>
      {doc ? (
        <p>
          Quyết định số <strong>{doc.number}</strong> ngày {formatDate(doc.signedOn)} · {doc.summary}
        </p>
      ) : (
        <>
          <p class="meta">
            Chọn một quyết định đã ký để in cho người được khen; ở đây cũng in được trang thử để căn vị trí
            trên phôi.
          </p>
          <DecisionPicker />
        </>
      )}
      {award ? null : (
        <p>
          Quyết định này không có Bằng khen của Chủ tịch UBND tỉnh hay Giấy khen của Giám đốc Sở để in trên
          phôi.
        </p>
      )}
      {award && layout ? (
        <>
          <div class="filters">
            <Field name="cert-award" label="Mẫu phôi">
              {(c) => (
                <Select
                  control={c}
                  value={award}
                  onChange={(v) => setQueryParam('mau', v ?? '')}
                  options={awards.map((a) => ({ value: a, label: awardName(a) }))}
                />
              )}
            </Field>
            <Field name="cert-offset-x" label="Lệch ngang của máy in (mm, sang phải là dương)">
              {(c) => (
                <NumberInput control={c} value={offset.xMm} onChange={(v) => setOffset({ xMm: v ?? 0 })} />
              )}
            </Field>
            <Field name="cert-offset-y" label="Lệch dọc của máy in (mm, xuống dưới là dương)">
              {(c) => (
                <NumberInput control={c} value={offset.yMm} onChange={(v) => setOffset({ yMm: v ?? 0 })} />
              )}
            </Field>
          </div>
          {doc ? (
            <section class="card" aria-labelledby="cert-text">
              <h2 id="cert-text">Nội dung in</h2>
              <TextField
                name="cert-achievement"
                label="Thành tích (in dưới tên người được khen)"
                value={achievementLine}
                onChange={(v) => setAchievement(v ?? '')}
                maxLength={300}
              />
              <TextField
                name="cert-signer"
                label="Họ tên người ký"
                value={signerName}
                onChange={(v) => setSigner(v ?? '')}
                maxLength={100}
              />
              <fieldset class="field">
                <legend>
                  Người được khen ({chosen.length}/{entries.length} được chọn in)
                </legend>
                {entries.map((e) => (
                  <label key={e.nominationId} class="check">
                    <input
                      type="checkbox"
                      disabled={e.revoked}
                      checked={!skipped.has(e.nominationId) && !e.revoked}
                      onChange={(ev) => {
                        const next = new Set(skipped);
                        if (ev.currentTarget.checked) next.delete(e.nominationId);
                        else next.add(e.nominationId);
                        setSkipped(next);
                      }}
                    />{' '}
                    {e.nomineeName}
                    {e.position || e.unitName ? (
                      <span class="meta"> — {[e.position, e.unitName].filter(Boolean).join(', ')}</span>
                    ) : null}
                    {e.revoked ? <strong> (đã bị hủy bỏ khen thưởng: không in)</strong> : null}
                  </label>
                ))}
              </fieldset>
            </section>
          ) : null}
          <ApiErrorNotice error={printing.error} />
          <div class="actions">
            <button type="button" class="btn" disabled={printing.busy} onClick={() => void print('test')}>
              In trang thử (PDF)
            </button>
            {doc ? (
              <button
                type="button"
                class="btn btn-primary"
                disabled={printing.busy || chosen.length === 0 || !achievementLine.trim()}
                onClick={() => void print('all')}
              >
                Tạo PDF để in ({chosen.length} {award === 'BK_TINH' ? 'bằng khen' : 'giấy khen'})
              </button>
            ) : null}
          </div>
          <section class="card" aria-labelledby="cert-layout">
            <h2 id="cert-layout">Vị trí trên phôi</h2>
            <p class="meta">
              Khổ giấy {layout.paper.widthMm} × {layout.paper.heightMm} mm (đặt giấy nằm ngang). Vị trí tính
              từ mép trên, mép trái của phôi; tỉnh hiệu chỉnh trong tệp cấu hình (mục{' '}
              <code>certificates</code>), còn độ lệch của máy in lưu trên máy này. In trang thử trên giấy
              trắng, đặt lên phôi soi đèn để kiểm tra trước khi in thật.
            </p>
            <div class="table-wrap">
              <table>
                <caption>Các ô in trên phôi {awardName(award)}</caption>
                <thead>
                  <tr>
                    <th scope="col">Ô</th>
                    <th scope="col">Cách lề trái (mm)</th>
                    <th scope="col">Cách mép trên (mm)</th>
                    <th scope="col">Rộng (mm)</th>
                    <th scope="col">Cỡ chữ (pt)</th>
                  </tr>
                </thead>
                <tbody>
                  {CERTIFICATE_FIELDS.map((name) => {
                    const f = layout.fields[name];
                    return (
                      <tr key={name}>
                        <th scope="row">{CERTIFICATE_FIELD_LABELS[name]}</th>
                        <td class="num">{f.xMm}</td>
                        <td class="num">{f.yMm}</td>
                        <td class="num">{f.widthMm}</td>
                        <td class="num">{f.sizePt}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        </>
      ) : null}
    </>
  );
}
