import { useState } from 'preact/hooks';
import { isCertificateAward } from '../../../shared/domain/documents/certificate';
import { DOSSIER_KIND_LABELS, type DossierKind } from '../../../shared/domain/dossier-kinds';
import {
  TASK_RATING_LABELS,
  type TaskRating,
  TRACK_LABELS,
  type Track,
} from '../../../shared/domain/vocabulary';
import { api } from '../api/client';
import type { NominationDetail, NominationView } from '../api/types';
import { DossierFilesPanel, FileActions, useDossierFiles } from '../files/dossier-files-panel';
import { SignedCopy } from '../files/signed-copy';
import type { DossierFileView } from '../files/upload';
import { formatDate, formatDateTime } from '../lib/format';
import { awardName } from '../lib/labels';
import { hasRole, useMe } from '../lib/me';
import { Link, useQueryParam } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { DraftDownload } from '../ui/draft-download';
import { Notice } from '../ui/notice';
import { StateBadge } from '../ui/state-badge';
import { NominationActions } from './nomination-actions';
import { EligibilityPanel } from './nomination-form/eligibility-panel';
import { RevokeAward } from './revoke-award';
import { AuditStatus, Timeline } from './timeline';

/**
 * A decision recorded on the nomination: its number and date (and, for a revocation, why); for a
 * granting decision, its Word draft for those who may read it.
 */
type DecisionRef = NonNullable<NonNullable<NominationView['records']>['decision']>;

/** The councils that met on the nomination: a Sở's, the province's. */
const MEETINGS = {
  open_vote: {
    label: 'Phiên họp Hội đồng TĐKT Sở',
    base: '/hoi-dong',
    roles: ['council_secretary', 'council_member', 'director'],
  },
  open_province_vote: {
    label: 'Phiên họp Hội đồng TĐKT tỉnh',
    base: '/hoi-dong-tinh',
    roles: ['province_officer', 'province_leader', 'council_member'],
  },
} as const;

/**
 * The council meetings that considered the nomination, each opening the meeting where its biên
 * bản họp and biên bản kiểm phiếu are drafted; shown to those who may read the meeting.
 */
function CouncilRecords({ timeline }: { timeline: NominationDetail['timeline'] }) {
  const me = useMe();
  const meetings = timeline.flatMap((event) => {
    const meeting = MEETINGS[event.action as keyof typeof MEETINGS];
    const meetingId = event.data?.meetingId;
    return meeting && typeof meetingId === 'string' && hasRole(me, ...meeting.roles)
      ? [{ ...meeting, meetingId, at: event.at }]
      : [];
  });
  if (meetings.length === 0) return null;
  return (
    <>
      <dt>Biên bản họp, kiểm phiếu</dt>
      {meetings.map((m) => (
        <dd key={m.meetingId}>
          <Link href={`${m.base}/${encodeURIComponent(m.meetingId)}`}>
            {m.label} ngày {formatDate(m.at)}
          </Link>
        </dd>
      ))}
    </>
  );
}

function DocumentFact({
  label,
  record: doc,
  draft,
  certificate,
}: {
  label: string;
  record: DecisionRef | undefined;
  draft?: boolean;
  /** The award is printed on a phôi: the decision's page offers it. */
  certificate?: boolean;
}) {
  if (!doc?.number) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        Số {doc.number}
        {doc.signedOn ? ` ngày ${formatDate(doc.signedOn)}` : ''}
        {draft && doc.decisionId ? (
          <>
            {' '}
            <DraftDownload documentId={doc.decisionId} />
            {certificate ? (
              <Link class="btn" href={`/in-phoi?van-ban=${encodeURIComponent(doc.decisionId)}`}>
                In trên phôi
              </Link>
            ) : null}
            <SignedCopy documentId={doc.decisionId} number={doc.number} />
          </>
        ) : null}
      </dd>
    </>
  );
}

/** Who prints certificates on the phôi: the issuers' staff. */
const PRINTERS = ['council_secretary', 'director', 'province_officer', 'province_leader'] as const;

/** The states in which the latest meeting is still sitting: its minutes come after it closes. */
const IN_MEETING = new Set(['in_council', 'in_province_council']);

/** The meetings that considered the nomination (`records.meetingIds`; older records name one). */
function meetingIdsOf(nomination: NominationView): string[] {
  const records = (nomination.records ?? {}) as { meetingIds?: unknown; meetingId?: unknown };
  if (Array.isArray(records.meetingIds)) return records.meetingIds.filter((id) => typeof id === 'string');
  return typeof records.meetingId === 'string' ? [records.meetingId] : [];
}

/**
 * Whether each council that met on the nomination has kept its signed minutes: they are part of
 * the dossier the next level reads. A meeting still sitting is not asked for them yet.
 */
function CouncilMinutesCheck({
  meetingIds,
  inMeeting,
  files,
}: {
  meetingIds: readonly string[];
  inMeeting: boolean;
  files: readonly DossierFileView[] | undefined;
}) {
  const closed = inMeeting ? meetingIds.slice(0, -1) : meetingIds;
  if (closed.length === 0 || !files) return null;
  return (
    <ul class="rules" aria-label="Biên bản của Hội đồng">
      {closed.map((meetingId, i) => {
        const kept = files.some((f) => f.meetingId === meetingId && f.kind === 'review_minutes');
        const council = closed.length > 1 ? `phiên họp Hội đồng thứ ${i + 1}` : 'phiên họp Hội đồng';
        return (
          <li key={meetingId} class={kept ? 'passed' : 'needs_evidence'}>
            {kept
              ? `✓ Đã có: Biên bản ${council} (bản ký)`
              : `○ Còn thiếu: Biên bản ${council} (bản ký), do cơ quan thường trực của Hội đồng lưu tại trang phiên họp`}
          </li>
        );
      })}
    </ul>
  );
}

/** One nomination for everyone who may see it: the facts, the dossier, the rules, the timeline, the actions. */
export function NominationDetailScreen({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const justSent = useQueryParam('da-gui') === '1';
  const id = params.id ?? '';
  const detail = useLoad((signal) => api.get<NominationDetail>(`/nominations/${id}`, { signal }), [id]);
  const [flash, setFlash] = useState<string | undefined>(
    justSent ? 'Đã gửi đề nghị lên Thường trực Hội đồng Thi đua – Khen thưởng.' : undefined,
  );
  // Reloaded with each new version of the nomination (a resubmission adds files).
  const files = useDossierFiles(id, detail.data?.nomination.version);
  if (detail.error && !detail.data) return <ApiErrorNotice error={detail.error} />;
  if (!detail.data) return <p>Đang tải…</p>;
  const { nomination, eligibility, timeline } = detail.data;
  const form = nomination.form;
  const nominee = (form.nominee ?? {}) as Record<string, unknown>;
  const councilFiles = (files.data ?? []).filter((f) => f.meetingId && f.current);
  const done = (message: string) => {
    setFlash(message);
    detail.reload();
  };
  const backHref = hasRole(me, 'unit_officer')
    ? '/de-nghi'
    : hasRole(me, 'province_officer', 'province_leader')
      ? '/tinh'
      : '/tham-dinh';
  return (
    <>
      <p>
        <Link href={backHref}>← Danh sách</Link>
      </p>
      <h1>
        {awardName(nomination.awardCode)}: {nomination.nominee.name}
      </h1>
      <p>
        <StateBadge state={nomination.state} />{' '}
        <span class="meta">
          Cập nhật {formatDateTime(nomination.updatedAt)} · phiên bản {nomination.version}
        </span>
      </p>
      {flash ? <Notice tone="ok">{flash}</Notice> : null}
      {nomination.allowedActions.includes('submit') ? (
        <p>
          <Link class="btn btn-primary" href={`/de-nghi/${nomination.id}/sua`}>
            Tiếp tục soạn bản nháp
          </Link>
        </p>
      ) : null}
      <NominationActions
        allowed={nomination.allowedActions}
        nomination={nomination}
        onDone={done}
        onReload={detail.reload}
        timeline={timeline}
        files={files}
      />
      <RevokeAward nomination={nomination} timeline={timeline} onDone={done} />
      <div class="two-col">
        <div>
          <h2>Thông tin đề nghị</h2>
          <dl class="facts">
            <dt>Hình thức</dt>
            <dd>{awardName(nomination.awardCode)}</dd>
            <dt>Loại hình</dt>
            <dd>{TRACK_LABELS[nomination.track as Track] ?? nomination.track}</dd>
            <dt>Năm thành tích</dt>
            <dd>{nomination.year}</dd>
            <dt>{nomination.subject === 'person' ? 'Cá nhân' : 'Tập thể'}</dt>
            <dd>{nomination.nominee.name}</dd>
            {nomination.nominee.position ? (
              <>
                <dt>Chức vụ</dt>
                <dd>{nomination.nominee.position}</dd>
              </>
            ) : null}
            {typeof nominee.unitName === 'string' ? (
              <>
                <dt>Đơn vị</dt>
                <dd>{nominee.unitName}</dd>
              </>
            ) : null}
            <DocumentFact
              label="Quyết định khen thưởng"
              record={nomination.records?.decision}
              draft
              certificate={isCertificateAward(nomination.awardCode) && hasRole(me, ...PRINTERS)}
            />
            <DocumentFact label="Quyết định hủy bỏ khen thưởng" record={nomination.records?.revocation} />
            <CouncilRecords timeline={timeline} />
            {typeof nominee.taskRating === 'string' ? (
              <>
                <dt>Xếp loại</dt>
                <dd>{TASK_RATING_LABELS[nominee.taskRating as TaskRating]}</dd>
              </>
            ) : null}
          </dl>
          <h2>Hồ sơ ({form.dossier?.length ?? 0} tài liệu)</h2>
          {form.dossier && form.dossier.length > 0 ? (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Loại</th>
                    <th scope="col">Trích yếu</th>
                    <th scope="col">Số, ký hiệu</th>
                    <th scope="col">Ngày</th>
                    <th scope="col">Tệp</th>
                  </tr>
                </thead>
                <tbody>
                  {form.dossier.map((item) => {
                    const file = files.data?.find((f) => f.fileRef === item.fileRef);
                    return (
                      <tr key={item.fileRef}>
                        <td>{DOSSIER_KIND_LABELS[item.kind as DossierKind]}</td>
                        <td>{item.title}</td>
                        <td>{item.documentNumber ?? ''}</td>
                        <td>{formatDate(item.issuedOn)}</td>
                        <td>
                          {file ? (
                            <FileActions base={`/nominations/${nomination.id}`} file={file} />
                          ) : (
                            <span class="meta">Chưa có tệp</span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                  {councilFiles.map((file) => (
                    <tr key={file.fileId}>
                      <td>{DOSSIER_KIND_LABELS[file.kind as DossierKind] ?? file.kind}</td>
                      <td>Bản ký của Hội đồng, lưu theo phiên họp</td>
                      <td />
                      <td>{formatDate(file.uploadedAt)}</td>
                      <td>
                        <FileActions base={`/nominations/${nomination.id}`} file={file} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>Chưa có tài liệu.</p>
          )}
          <CouncilMinutesCheck
            meetingIds={meetingIdsOf(nomination)}
            inMeeting={IN_MEETING.has(nomination.state)}
            files={files.data}
          />
          <DossierFilesPanel nominationId={nomination.id} files={files} />
          {eligibility ? <EligibilityPanel eligibility={eligibility} /> : null}
        </div>
        <div>
          <h2>Quá trình xử lý</h2>
          <AuditStatus nominationId={nomination.id} refreshKey={nomination.version} />
          <Timeline entries={timeline} />
        </div>
      </div>
    </>
  );
}
