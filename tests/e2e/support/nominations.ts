import type { Page } from 'playwright-core';
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
  const id = /\/de-nghi\/([^/]+)\/sua$/.exec(page.url())?.[1];
  if (!id) throw new Error('draft not created');
  return id;
}
