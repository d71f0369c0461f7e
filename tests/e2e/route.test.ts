import { describe, expect, it } from 'vitest';
import { checkScreen, go, signedInTabs } from './support/browser';
import { fillDraft, sendDraft } from './support/nominations';

const BASE_DOSSIER = ['proposal_letter', 'achievement_report', 'review_minutes'];

describe('the route of a nomination, in the browser', () => {
  /** One signed-in tab per person, reused across the steps of the route. */
  const { as } = signedInTabs();

  it("takes a unit's draft to the province's decision, with a secret ballot on the way", async () => {
    // The unit drafts two nominations: a provincial certificate (open vote) and CSTĐ cấp tỉnh (secret ballot).
    const unit = await as('canbo.vanphong.snv');
    await checkScreen(unit, '00-home-unit-officer');
    const bk = await fillDraft(unit, {
      awardCode: 'BK_TINH',
      year: 2025,
      personId: 'person-snv-02',
      taskRating: 'HTXSNV',
      initiative: { title: 'Số hóa hồ sơ thi đua', number: '31/QĐ-UBND', reach: 'province' },
      dossier: BASE_DOSSIER,
    });
    await unit.getByText('Đủ điều kiện', { exact: true }).waitFor();
    await checkScreen(unit, '01-nomination-form');
    await sendDraft(unit);
    await unit.getByText('Đã gửi đề nghị lên Thường trực').waitFor();
    await checkScreen(unit, '02-nomination-submitted');

    const cstd = await fillDraft(unit, {
      awardCode: 'CSTD_TINH',
      year: 2025,
      personId: 'person-snv-01',
      taskRating: 'HTXSNV',
      initiative: { title: 'Cải cách thủ tục khen thưởng', number: '32/QĐ-UBND', reach: 'province' },
      dossier: [...BASE_DOSSIER, 'initiative_certificate', 'vote_tally'],
    });
    await sendDraft(unit);
    await unit.getByText('Đã gửi đề nghị lên Thường trực').waitFor();
    await go(unit, '/de-nghi');
    await checkScreen(unit, '03-unit-nominations');

    // The secretariat accepts both and opens a council meeting on them.
    const secretary = await as('thuky.snv');
    await go(secretary, '/tham-dinh');
    await secretary.getByRole('link', { name: 'Trần Văn Minh' }).waitFor();
    await checkScreen(secretary, '04-secretariat-queue');
    for (const id of [bk, cstd]) {
      await go(secretary, `/de-nghi/${id}`);
      await secretary.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
      await secretary.getByText('Đã tiếp nhận hồ sơ.').waitFor();
    }
    await go(secretary, '/ty-le');
    await secretary.getByRole('table').waitFor();
    await checkScreen(secretary, '05-quota-use');
    await go(secretary, '/hoi-dong');
    await secretary.getByLabel(/Trần Văn Minh/).check();
    await secretary.getByLabel(/Nguyễn Thị Hồng Nhung/).check();
    await checkScreen(secretary, '06-open-meeting');
    await secretary.getByRole('button', { name: 'Mở phiên họp và đưa ra biểu quyết' }).click();
    await secretary.waitForURL(/\/hoi-dong\/[^/]+$/);
    const meetingPath = new URL(secretary.url()).pathname;

    // Three members approve the certificate openly; one confirms a secret ballot.
    for (const who of ['giamdoc.snv', 'hoidong2.snv', 'hoidong3.snv']) {
      const member = await as(who);
      await go(member, meetingPath);
      const bkItem = member.getByRole('article').filter({ hasText: 'Trần Văn Minh' });
      await bkItem.getByRole('button', { name: 'Đồng ý', exact: true }).click();
      await bkItem.getByText('Bạn đã bỏ phiếu cho đề nghị này.').waitFor();
      if (who === 'hoidong2.snv') {
        const secretItem = member.getByRole('article').filter({ hasText: 'Nguyễn Thị Hồng Nhung' });
        await secretItem.getByRole('button', { name: 'Đồng ý', exact: true }).click();
        const dialog = member.getByRole('dialog', { name: 'Xác nhận phiếu kín' });
        await dialog.getByText('được tính vào kết quả nhưng không được lưu gắn với tên bạn').waitFor();
        await checkScreen(member, '07-secret-ballot-confirmation');
        await dialog.getByRole('button', { name: 'Xác nhận bỏ phiếu' }).click();
        await secretItem.getByText('Bạn đã bỏ phiếu cho đề nghị này.').waitFor();
        // A secret ballot shows who has voted, never how.
        expect(await secretItem.textContent()).not.toContain('Đã biểu quyết:');
        await checkScreen(member, '08-council-voting');
      }
    }

    // The secretariat closes the meeting: the tally against quorum and threshold.
    await secretary.reload();
    await secretary.getByRole('button', { name: 'Kết thúc phiên họp và kiểm phiếu' }).click();
    const closing = secretary.getByRole('dialog', { name: 'Kết thúc phiên họp và kiểm phiếu?' });
    await closing.getByRole('button', { name: 'Kết thúc và kiểm phiếu' }).click();
    const bkResult = secretary.getByRole('article').filter({ hasText: 'Trần Văn Minh' });
    await bkResult.getByText('Kết quả: Thông qua').waitFor();
    await checkScreen(secretary, '09-council-tally');

    // The director signs the Sở's tờ trình to the province.
    const director = await as('giamdoc.snv');
    await go(director, '/quyet-dinh');
    await director.getByLabel('Chọn Trần Văn Minh').check();
    await director.getByRole('button', { name: 'Ký tờ trình (1 đề nghị)' }).click();
    await checkScreen(director, '10-sign-submission-dialog');
    await director.getByRole('button', { name: 'Xác nhận ký' }).click();
    await director.getByText(/Đã ban hành Tờ trình đề nghị khen thưởng số/).waitFor();
    await checkScreen(director, '11-submission-issued');

    // Ban TĐKT tỉnh receives and appraises; the chairman signs the decision.
    const officer = await as('chuyenvien.tinh');
    await go(officer, '/tinh?co-quan=org-snv');
    await officer.getByRole('link', { name: 'Trần Văn Minh' }).click();
    await officer.getByRole('button', { name: 'Tiếp nhận, thẩm định' }).click();
    await officer.getByText('Đã tiếp nhận hồ sơ để thẩm định.').waitFor();
    await officer.getByRole('button', { name: 'Thẩm định đạt' }).click();
    await officer.getByText(/Đã thẩm định đạt/).waitFor();
    await checkScreen(officer, '12-province-appraisal');

    const chairman = await as('chutich.tinh');
    await go(chairman, '/quyet-dinh?co-quan=org-snv');
    await chairman.getByLabel('Chọn Trần Văn Minh').check();
    await chairman.getByRole('button', { name: 'Ký quyết định (1 đề nghị)' }).first().click();
    await chairman.getByRole('button', { name: 'Xác nhận ký' }).click();
    await chairman.getByText(/Đã ban hành Quyết định khen thưởng số .*\/QĐ-/).waitFor();
    await checkScreen(chairman, '13-province-decision');

    // Everyone reads the same timeline, and the audit chain verifies.
    await go(unit, `/de-nghi/${bk}`);
    await unit.getByText('Đã có quyết định khen thưởng của Chủ tịch UBND tỉnh').first().waitFor();
    await unit.getByText('✓ Nhật ký toàn vẹn').waitFor();
    const timeline = await unit.locator('.timeline').textContent();
    for (const step of [
      'Gửi đề nghị',
      'Tiếp nhận hồ sơ',
      'Trình UBND tỉnh',
      'Thẩm định đạt',
      'Ký quyết định khen thưởng',
    ]) {
      expect(timeline).toContain(step);
    }
    // …and says who acted, by name and role.
    expect(timeline).toContain('Nguyễn Văn An (Cán bộ thi đua của đơn vị)');
    expect(timeline).toContain('Hồ Văn Long (Chuyên viên Ban TĐKT tỉnh)');
    await checkScreen(unit, '14-timeline-decided');

    // The awardee's history now carries the award; search by name without accents.
    await go(unit, '/tra-cuu?ten=tran van minh');
    await unit.getByRole('link', { name: 'Trần Văn Minh' }).click();
    await unit.getByRole('cell', { name: 'Bằng khen của Chủ tịch UBND tỉnh' }).first().waitFor();
    await checkScreen(unit, '15-person-history');
  });
});
