import { describe, expect, it } from 'vitest';
import { EXAMPLE_DRAFT } from '../../shared/http/routes/nomination-examples';
import { callApi, withUnitFiles } from './support/api';
import { checkScreen, go, signedInTabs } from './support/browser';

describe('doing the same thing many times, in one step', () => {
  const { as } = signedInTabs();

  it('the secretariat accepts the chosen dossiers at once; a member agrees to all remaining items with one confirmation', async () => {
    const unit = await as('canbo.ttlt.snv');
    const stamp = Date.now().toString(36).toUpperCase();
    const names = [`Đinh Văn Loạt ${stamp}`, `Đinh Thị Loạt ${stamp}`];
    const ids: string[] = [];
    for (const fullName of names) {
      // Typed in (no directory id), so the nominee claims no yearly place other tests use.
      const { personId: _listed, ...nominee } = EXAMPLE_DRAFT.nominee;
      const created = await callApi<{ nomination: { id: string } }>(unit, 'POST', '/nominations', {
        ...EXAMPLE_DRAFT,
        nominee: { ...nominee, fullName, unitName: 'Trung tâm Lưu trữ lịch sử' },
        dossier: await withUnitFiles(unit, 'unit-snv-ttlt', EXAMPLE_DRAFT.dossier),
      });
      await callApi(unit, 'POST', `/nominations/${created.nomination.id}/submit`);
      ids.push(created.nomination.id);
    }

    const secretary = await as('thuky.snv');
    await go(secretary, '/tham-dinh');
    for (const name of names) await secretary.getByRole('checkbox', { name: `Chọn ${name}` }).check();
    await secretary.getByRole('button', { name: 'Tiếp nhận 2 hồ sơ đã chọn' }).click();
    const dialog = secretary.getByRole('dialog', { name: 'Tiếp nhận 2 hồ sơ?' });
    await checkScreen(secretary, '99-bulk-accept');
    await dialog.getByRole('button', { name: 'Xác nhận tiếp nhận' }).click();
    await secretary.getByText('Tiếp nhận hồ sơ: đã tiếp nhận 2/2 đề nghị.').waitFor();

    const council = await callApi<{ members: { memberId: string; votes?: boolean }[] }>(
      secretary,
      'GET',
      '/organisations/org-snv/council',
    );
    const meeting = await callApi<{ id: string }>(secretary, 'POST', '/council/meetings', {
      nominationIds: ids,
      present: council.members.filter((m) => m.votes !== false).map((m) => m.memberId),
    });
    const member = await as('hoidong2.snv');
    await go(member, `/hoi-dong/${meeting.id}`);
    await member.getByRole('button', { name: 'Đồng ý tất cả 2 đề nghị còn lại' }).click();
    const agree = member.getByRole('dialog', { name: 'Đồng ý tất cả 2 đề nghị còn lại?' });
    await agree.getByRole('listitem').nth(1).waitFor();
    expect(await agree.getByRole('listitem').count()).toBe(2);
    await checkScreen(member, '100-agree-all');
    await agree.getByRole('button', { name: 'Xác nhận đồng ý tất cả' }).click();
    await member.getByText('Biểu quyết đồng ý: đã bỏ phiếu đồng ý cho 2/2 đề nghị.').waitFor();
    // The meeting reloads with both votes recorded.
    await member.getByText('Bạn đã bỏ phiếu cho đề nghị này.').nth(1).waitFor();
    expect(await member.getByText('Bạn đã bỏ phiếu cho đề nghị này.').count()).toBe(2);
    expect(await member.getByRole('button', { name: /^Đồng ý tất cả/ }).count()).toBe(0);
  });
});
