import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../../local/seed/demo-province';

export const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');

export const baseUrl = () => inject('e2eBaseUrl');

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('e2eBrowserWs'));
}

/** A fresh browser context (its own storage, like another person's PC) signed in as a demo user. */
export async function signedIn(browser: Browser, who: string): Promise<Page> {
  const user = DEMO_USERS.find((u) => u.email.startsWith(`${who}@`));
  if (!user) throw new Error(`no demo user ${who}`);
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  // The page's clock runs with the stack's (tests/support/clock.ts), whatever today's date is.
  await context.clock.install({ time: Date.now() + inject('e2eClockOffsetMs') });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(baseUrl());
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: `Xin chào, ${user.name}` }).waitFor();
  return page;
}

/**
 * Connects the browser before the calling file's tests and closes it, with every tab it gave,
 * after them. `as(who)` gives one signed-in tab per person, reused across the tests; `open(who)`
 * a fresh one each time (another PC, another tab of the same person).
 */
export function signedInTabs(): {
  as: (who: string) => Promise<Page>;
  open: (who: string) => Promise<Page>;
} {
  let browser: Browser;
  const byPerson = new Map<string, Page>();
  const opened: Page[] = [];
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    for (const page of [...byPerson.values(), ...opened]) await page.context().close();
    await browser.close();
  });
  return {
    as: async (who) => {
      const tab = byPerson.get(who);
      if (tab) return tab;
      const page = await signedIn(browser, who);
      byPerson.set(who, page);
      return page;
    },
    open: async (who) => {
      const page = await signedIn(browser, who);
      opened.push(page);
      return page;
    },
  };
}

export async function go(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
}

interface Violation {
  readonly id: string;
  readonly impact?: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** Runs in the page (a string: this file is type-checked without the DOM library). */
const RUN_AXE = `(async () => {
  const result = await window.axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
  }));
})()`;

/**
 * Runs axe on the screen as it is now (0 serious or critical violations allowed) and saves a
 * screenshot for review.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) {
    await page.addScriptTag({ content: axe.source });
  }
  const violations = (await page.evaluate(RUN_AXE)) as Violation[];
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking, `axe on ${name}`).toEqual([]);
}

/**
 * Attaches a small PDF to the file control named `label` (a drop zone's chooser) and waits until
 * the API has checked and registered it (its name shown beside the control).
 */
export async function attachPdf(page: Page, label: string | RegExp, fileName: string): Promise<void> {
  await page.getByLabel(label).setInputFiles({
    name: fileName,
    mimeType: 'application/pdf',
    buffer: Buffer.from(`%PDF-1.7\n% ${fileName}\n%%EOF\n`),
  });
  await page.getByText(fileName, { exact: true }).first().waitFor();
}
