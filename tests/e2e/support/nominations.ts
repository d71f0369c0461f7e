import type { Page } from 'playwright-core';
import { callApi } from './api';
import { go } from './browser';

export interface DraftSpec {
  readonly awardCode: string;
  readonly year: number;
  readonly personId: string;
  readonly taskRating: 'HTXSNV' | 'HTTNV';
  readonly initiative?: {
    readonly title: string;
    readonly number: string;
    readonly reach: 'province' | 'department';
  };
  /** Dossier kinds to attach, each with a title. */
  readonly dossier: readonly string[];
}

/** Fills the nomination form as an officer would, and waits for the autosave and its eligibility verdict. */
export async function fillDraft(page: Page, spec: DraftSpec): Promise<string> {
  await go(page, '/de-nghi/moi');
  await page.getByRole('heading', { name: 'Lập đề nghị khen thưởng' }).waitFor();
  await page.getByLabel('Danh hiệu, hình thức khen thưởng').selectOption(spec.awardCode);
  await page.getByLabel('Năm thành tích').fill(String(spec.year));
  await page.getByLabel('Chọn từ danh sách cán bộ của đơn vị').selectOption(spec.personId);
  await page.getByLabel('Xếp loại chất lượng năm').selectOption(spec.taskRating);
  await page.getByLabel('Ngày bắt đầu công tác').fill('01/03/2015');
  if (spec.initiative) {
    await page.getByRole('button', { name: '+ Thêm sáng kiến, đề tài' }).click();
    await page.getByLabel('Tên sáng kiến, đề tài').fill(spec.initiative.title);
    await page.getByLabel('Số quyết định công nhận').fill(spec.initiative.number);
    await page.getByLabel('Ngày công nhận').fill('10/05/2025');
    await page.getByLabel('Phạm vi ảnh hưởng').selectOption(spec.initiative.reach);
  }
  for (const [index, kind] of spec.dossier.entries()) {
    await page.getByRole('button', { name: '+ Thêm tài liệu' }).click();
    const item = page.getByRole('group', { name: `Tài liệu ${index + 1}` });
    await item.getByLabel('Loại tài liệu').selectOption(kind);
    await item.getByLabel('Trích yếu, tên tài liệu').fill(`Tài liệu ${kind}`);
    await item.getByLabel('Ngày ban hành').fill('20/11/2025');
  }
  await page.waitForURL(/\/de-nghi\/[^/]+\/sua$/);
  await page.getByText(/Đã lưu lúc/).waitFor();
  // Each document's file, uploaded as the officer does once the draft is saved.
  for (const [index, kind] of spec.dossier.entries()) {
    await page.getByLabel(`Tệp của Tài liệu ${index + 1}`, { exact: true }).setInputFiles({
      name: `${kind}.pdf`,
      mimeType: 'application/pdf',
      buffer: Buffer.from(`%PDF-1.7\n% ${kind}\n%%EOF\n`),
    });
    await page
      .getByRole('group', { name: `Tài liệu ${index + 1}` })
      .getByText(`${kind}.pdf`)
      .first()
      .waitFor();
  }
  await page.getByText(/Đã lưu lúc/).waitFor();
  const id = /\/de-nghi\/([^/]+)\/sua$/.exec(page.url())?.[1];
  if (!id) throw new Error('draft not created');
  return id;
}

/** Sends the open draft as a person does: "Gửi đề nghị", then the confirmation. */
export async function sendDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await page.getByRole('button', { name: 'Xác nhận gửi' }).click();
}

/**
 * The secretariat accepts a sent nomination and opens a meeting of the Sở's council on it, every
 * voting member present (through the API: both steps are tested on their own elsewhere).
 */
export async function acceptedIntoMeeting(
  as: (who: string) => Promise<Page>,
  nominationId: string,
  name?: string,
): Promise<{ id: string }> {
  const secretary = await as('thuky.snv');
  await callApi(secretary, 'POST', `/nominations/${nominationId}/accept`, {});
  const council = await callApi<{ members: { memberId: string; votes?: boolean }[] }>(
    secretary,
    'GET',
    '/organisations/org-snv/council',
  );
  const present = council.members.filter((m) => m.votes !== false).map((m) => m.memberId);
  return callApi<{ id: string }>(secretary, 'POST', '/council/meetings', {
    nominationIds: [nominationId],
    present,
    ...(name ? { name } : {}),
  });
}

/**
 * A nomination of the Sở Nội vụ passed by its council, for tests about what comes after: the unit
 * officer drafts and sends it in the browser, then the secretariat accepts it and the council meets,
 * votes and closes through the API (each of those steps is tested on its own elsewhere). A member
 * who works in the nominee's unit is recused by the API; the others approve.
 */
export async function passedByCouncil(as: (who: string) => Promise<Page>, spec: DraftSpec): Promise<string> {
  const unit = await as('canbo.ccvc.snv');
  const id = await fillDraft(unit, spec);
  await sendDraft(unit);
  await unit.getByText('Đã gửi đề nghị lên Thường trực').waitFor();
  const meeting = await acceptedIntoMeeting(as, id);
  for (const who of ['giamdoc.snv', 'hoidong1.snv', 'hoidong2.snv', 'hoidong3.snv']) {
    await callApi(await as(who), 'POST', `/council/meetings/${meeting.id}/votes`, {
      nominationId: id,
      choice: 'approve',
    }).catch((error: Error) => {
      if (!error.message.includes('COUNCIL_MEMBER_RECUSED')) throw error;
    });
  }
  await callApi(await as('thuky.snv'), 'POST', `/council/meetings/${meeting.id}/close`, {});
  return id;
}
