/**
 * A CSTĐ cấp tỉnh nomination along its whole route, every step on screen: the unit drafts and
 * sends it; the Sở's secretariat accepts it and convenes the council; the members vote by secret
 * ballot and the chair closes the meeting; the director signs the tờ trình; the Ban TĐKT tỉnh
 * receives it and convenes the provincial council, whose members vote by secret ballot and whose
 * chair (the Chủ tịch UBND tỉnh) closes it; the Chủ tịch signs the decision.
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { checkScreen, go, signedInTabs } from './support/browser';
import { fillDraft, sendDraft } from './support/nominations';

const NOMINEE = 'Bùi Thị Thanh Hương';

/** Each member opens the meeting and casts a confirmed secret "Đồng ý" on the nominee. */
async function secretApprovals(
  as: (who: string) => Promise<Page>,
  meetingPath: string,
  voters: readonly string[],
) {
  for (const who of voters) {
    const member = await as(who);
    await go(member, meetingPath);
    const item = member.getByRole('article').filter({ hasText: NOMINEE });
    await item.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await member
      .getByRole('dialog', { name: 'Xác nhận phiếu kín' })
      .getByRole('button', { name: 'Xác nhận bỏ phiếu' })
      .click();
    await item.getByText('Bạn đã bỏ phiếu cho đề nghị này.').waitFor();
  }
}

/** The chair closes the meeting after the confirmation, and the tally says it passed. */
async function chairCloses(chair: Page, meetingPath: string) {
  await go(chair, meetingPath);
  await chair.getByRole('button', { name: 'Kết thúc phiên họp và kiểm phiếu' }).click();
  await chair
    .getByRole('dialog', { name: 'Kết thúc phiên họp và kiểm phiếu?' })
    .getByRole('button', { name: 'Kết thúc và kiểm phiếu' })
    .click();
  await chair.getByRole('article').filter({ hasText: NOMINEE }).getByText('Kết quả: Thông qua').waitFor();
}

describe('CSTĐ cấp tỉnh through both councils, on screen', () => {
  const { as } = signedInTabs();

  it('goes from the unit to the Chủ tịch UBND tỉnh’s decision', async () => {
    const unit = await as('canbo.ttlt.snv');
    const id = await fillDraft(unit, {
      awardCode: 'CSTD_TINH',
      year: 2025,
      personId: 'person-snv-08',
      taskRating: 'HTXSNV',
      initiative: { title: 'Chuẩn hóa quy trình xét khen thưởng', number: '41/QĐ-UBND', reach: 'province' },
      dossier: [
        'proposal_letter',
        'achievement_report',
        'review_minutes',
        'initiative_certificate',
        'vote_tally',
      ],
    });
    await sendDraft(unit);
    await unit.getByText('Đã gửi đề nghị lên Thường trực').waitFor();

    // The Sở: accept, convene, secret ballot of all four voting seats (90 % of them), chair closes.
    const secretary = await as('thuky.snv');
    await go(secretary, `/de-nghi/${id}`);
    await secretary.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    await secretary.getByText('Đã tiếp nhận hồ sơ.').waitFor();
    await go(secretary, '/hoi-dong');
    await secretary.getByLabel('Tên hoặc số phiên họp').fill('Phiên họp xét Chiến sĩ thi đua cấp tỉnh');
    await secretary.getByLabel(new RegExp(`^${NOMINEE}`)).check();
    await secretary.getByRole('button', { name: 'Mở phiên họp và đưa ra biểu quyết' }).click();
    await secretary.waitForURL(/\/hoi-dong\/[^/]+$/);
    const sởMeeting = new URL(secretary.url()).pathname;
    await secretApprovals(as, sởMeeting, ['giamdoc.snv', 'hoidong1.snv', 'hoidong2.snv', 'hoidong3.snv']);
    await chairCloses(await as('giamdoc.snv'), sởMeeting);

    const director = await as('giamdoc.snv');
    await go(director, '/quyet-dinh');
    await director.getByLabel(`Chọn ${NOMINEE}`).check();
    await director.getByRole('button', { name: 'Ký tờ trình (1 đề nghị)' }).click();
    await director.getByRole('button', { name: 'Xác nhận ký' }).click();
    await director.getByText(/Đã ban hành Tờ trình đề nghị khen thưởng số/).waitFor();

    // The province: receive, convene the provincial council, secret ballot, the chairman closes.
    // The Ban TĐKT receives the tờ trình as a whole from the Sở's queue.
    const officer = await as('chuyenvien.tinh');
    await go(officer, '/tinh?co-quan=org-snv');
    const letter = officer
      .getByRole('region')
      .filter({ hasText: NOMINEE })
      .filter({ hasText: 'Tờ trình số' });
    await letter.getByRole('link', { name: NOMINEE }).waitFor();
    await checkScreen(officer, '79-province-queue-by-letter');
    await letter.getByRole('button', { name: 'Tiếp nhận cả tờ trình (1)' }).click();
    await officer.getByText(/Tờ trình số .*: đã tiếp nhận 1\/1 đề nghị\./).waitFor();
    await officer.getByRole('link', { name: 'Hội đồng tỉnh' }).click();
    await officer.getByRole('heading', { name: 'Họp Hội đồng Thi đua – Khen thưởng tỉnh' }).waitFor();
    await officer.getByLabel(new RegExp(`^${NOMINEE}`)).check();
    await checkScreen(officer, '80-province-open-meeting');
    await officer.getByRole('button', { name: 'Mở phiên họp và đưa ra biểu quyết' }).click();
    await officer.waitForURL(/\/hoi-dong-tinh\/[^/]+$/);
    const provinceMeeting = new URL(officer.url()).pathname;
    await checkScreen(officer, '81-province-meeting');
    await secretApprovals(as, provinceMeeting, [
      'chutich.tinh',
      'phochutich.tinh',
      'hoidong1.tinh',
      'hoidong2.tinh',
    ]);
    const chairman = await as('chutich.tinh');
    await chairCloses(chairman, provinceMeeting);
    await checkScreen(chairman, '82-province-council-tally');

    await go(chairman, '/quyet-dinh?co-quan=org-snv');
    await chairman.getByLabel(`Chọn ${NOMINEE}`).check();
    await chairman.getByRole('button', { name: 'Ký quyết định (1 đề nghị)' }).first().click();
    await chairman.getByRole('button', { name: 'Xác nhận ký' }).click();
    await chairman.getByText(/Đã ban hành Quyết định khen thưởng số .*\/QĐ-/).waitFor();

    await go(unit, `/de-nghi/${id}`);
    await unit.getByText('Đã có quyết định khen thưởng của Chủ tịch UBND tỉnh').first().waitFor();
  });
});
