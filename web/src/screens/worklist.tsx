import type { getWorklist } from '../../../shared/http/routes/session';
import { api } from '../api/client';
import type { AnswerOf } from '../api/types';
import { clockWords } from '../lib/clock-words';
import { formatDate } from '../lib/format';
import { awardName } from '../lib/labels';
import { Link } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ApiErrorNotice } from '../ui/api-error';
import { StateBadge } from '../ui/state-badge';

type Worklist = AnswerOf<typeof getWorklist>;
type Section = Worklist['sections'][number];

/** Each kind of work as the home screen names it, and the screen where it is done. */
const KINDS: Readonly<Record<Section['kind'], { title: string; href: string; empty: string }>> = {
  drafts: { title: 'Bản nháp chưa gửi', href: '/de-nghi?trang-thai=draft', empty: 'Không có bản nháp nào.' },
  returned: {
    title: 'Hồ sơ bị trả lại, cần bổ sung',
    href: '/de-nghi?trang-thai=returned',
    empty: 'Không có hồ sơ nào bị trả lại.',
  },
  sent: {
    title: 'Đã gửi, đang được xử lý',
    href: '/de-nghi?trang-thai=submitted',
    empty: 'Không có hồ sơ nào đang chờ.',
  },
  to_check: {
    title: 'Hồ sơ chờ thẩm định',
    href: '/tham-dinh?trang-thai=submitted',
    empty: 'Không có hồ sơ nào chờ thẩm định.',
  },
  to_agenda: {
    title: 'Đã tiếp nhận, chờ đưa ra Hội đồng',
    href: '/tham-dinh?trang-thai=accepted',
    empty: 'Không có hồ sơ nào chờ đưa ra Hội đồng.',
  },
  province_returned: {
    title: 'Tỉnh trả lại, cần bổ sung',
    href: '/tham-dinh?trang-thai=province_returned',
    empty: 'Tỉnh không trả lại hồ sơ nào.',
  },
  to_sign: { title: 'Chờ ký quyết định, tờ trình', href: '/quyet-dinh', empty: 'Không có hồ sơ nào chờ ký.' },
  to_receive: {
    title: 'Các Sở trình, chờ tiếp nhận',
    href: '/tinh?trang-thai=forwarded',
    empty: 'Không có hồ sơ nào chờ tiếp nhận.',
  },
  to_appraise: {
    title: 'Đang thẩm định',
    href: '/tinh?trang-thai=province_review',
    empty: 'Không có hồ sơ nào đang thẩm định.',
  },
  to_sign_province: {
    title: 'Chờ Chủ tịch UBND tỉnh ký quyết định',
    href: '/quyet-dinh',
    empty: 'Không có hồ sơ nào chờ ký.',
  },
};

function SectionCard({ section }: { section: Section }) {
  const kind = KINDS[section.kind];
  const headingId = `worklist-${section.kind}`;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link href={kind.href}>{kind.title}</Link> <span class="count">({section.count})</span>
      </h3>
      {section.items.length === 0 ? (
        <p class="meta">{kind.empty}</p>
      ) : (
        <ul>
          {section.items.map((item) => (
            <li key={item.nominationId}>
              <Link href={`/de-nghi/${encodeURIComponent(item.nominationId)}`}>{item.nomineeName}</Link> —{' '}
              {awardName(item.awardCode)} <StateBadge state={item.state} />
              {item.reason ? <div class="meta">Lý do: {item.reason}</div> : null}
              {item.clock ? (
                <div class={item.clock.late ? 'meta late' : 'meta'}>{clockWords(item.clock)}</div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {section.count > section.items.length ? (
        <p>
          <Link href={kind.href}>Xem tất cả {section.count}</Link>
        </p>
      ) : null}
    </section>
  );
}

/**
 * What waits for this person, by role, from `GET /me/worklist`: counts, the longest waiting first
 * with each one's working-day clock, returned dossiers with the reason, meetings to vote in and
 * coming deadlines for nominations.
 */
export function WorklistPanel() {
  const list = useLoad((signal) => api.get<Worklist>('/me/worklist', { signal }), []);
  if (list.error) return <ApiErrorNotice error={list.error} onReload={list.reload} />;
  if (!list.data) return <p class="meta">Đang tải việc cần làm…</p>;
  const { sections, meetings, deadlines } = list.data;
  if (sections.length === 0 && meetings.length === 0 && deadlines.length === 0) return null;
  return (
    <section aria-labelledby="worklist-title">
      <h2 id="worklist-title">Việc cần làm</h2>
      {deadlines.length > 0 ? (
        <ul aria-label="Hạn đề nghị khen thưởng">
          {deadlines.map((d) => (
            <li key={d.campaignId}>
              Hạn đề nghị khen thưởng “{d.title}”: {formatDate(d.nominationDeadline)} (còn {d.workingDaysLeft}{' '}
              ngày làm việc)
            </li>
          ))}
        </ul>
      ) : null}
      {meetings.length > 0 ? (
        <ul aria-label="Phiên họp cần biểu quyết">
          {meetings.map((m) => (
            <li key={m.meetingId}>
              <Link
                href={`${m.level === 'province' ? '/hoi-dong-tinh' : '/hoi-dong'}/${encodeURIComponent(m.meetingId)}`}
              >
                {m.name ?? `Phiên họp ngày ${formatDate(m.heldOn)}`}
              </Link>
              : {m.toVote > 0 ? `còn ${m.toVote} hồ sơ chờ anh/chị biểu quyết` : 'đã biểu quyết đủ'}
            </li>
          ))}
        </ul>
      ) : null}
      <div class="cards">
        {sections.map((section) => (
          <SectionCard key={section.kind} section={section} />
        ))}
      </div>
    </section>
  );
}
