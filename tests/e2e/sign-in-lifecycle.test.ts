/**
 * A new official's first morning, in Chromium against the local stack whose Cognito asks what the
 * deployed pool asks: the admin creates the account on screen, Cognito mails a temporary password,
 * the official chooses a password, enrols an authenticator app (TOTP computed here with otpauth),
 * signs in again with a code, resets a forgotten password from the mailed code, and changes it.
 */

import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mailsTo as mailsAt, valueAfter } from '../support/ses-mail';
import { baseUrl, checkScreen, connectBrowser, signedIn } from './support/browser';

const EMAIL = `tran.minh.khoa.${Date.now()}@sokhcn.example.vn`;
const NAME = 'Trần Minh Khoa';
const FIRST_PASSWORD = 'Khoa-mat-khau-2026';
const RESET_PASSWORD = 'Khoa-dat-lai-2026!';
const CHANGED_PASSWORD = 'Khoa-doi-mat-khau-2027';
const STEP_MS = 30_000;

const mailsTo = (to: string) => mailsAt(inject('e2eSesEndpoint'), to);

/**
 * TOTP codes as the phone would show them. Cognito accepts a code once and one step of drift
 * either way, so each sign-in takes the next unused step, waiting for the wall clock when needed.
 */
function authenticator(secret: string) {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  let used = -1;
  return async (): Promise<string> => {
    const current = () => Math.floor(Date.now() / STEP_MS);
    while (used >= current() + 1) await new Promise((r) => setTimeout(r, 1_000));
    const step = Math.max(current(), used + 1);
    used = step;
    return totp.generate({ timestamp: step * STEP_MS + 1_000 });
  };
}

let browser: Browser;
let admin: Page;
let person: Page;

beforeAll(async () => {
  browser = await connectBrowser();
  admin = await signedIn(browser, 'quantri');
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await context.clock.install({ time: Date.now() + inject('e2eClockOffsetMs') });
  person = await context.newPage();
  person.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await admin.context().close();
  await person.context().close();
  await browser.close();
});

describe('sign-in lifecycle of a new account', () => {
  let code: () => Promise<string>;

  it('admin creates the account; the temporary password arrives by mail', async () => {
    await admin.getByRole('link', { name: 'Người dùng' }).first().click();
    const form = admin.getByRole('form', { name: 'Thêm người dùng' });
    await form.getByLabel('Họ và tên').fill(NAME);
    await form.getByLabel('Email đăng nhập').fill(EMAIL);
    await form.getByLabel('Cán bộ thi đua của đơn vị').check();
    await form.getByLabel('Cơ quan').selectOption('org-snv');
    await form.getByLabel('Phòng, ban, đơn vị').selectOption('unit-snv-tcbc');
    await form.getByRole('button', { name: 'Tạo người dùng' }).click();
    await admin.getByText(`Đã tạo người dùng ${NAME}`).waitFor();
    const [invitation] = await mailsTo(EMAIL);
    expect(invitation?.subject).toBe('Tài khoản Hệ thống thi đua, khen thưởng');
  });

  it('first sign-in: temporary password, then a new password, then TOTP enrolment', async () => {
    const [invitation] = await mailsTo(EMAIL);
    if (!invitation) throw new Error('no invitation');
    await person.goto(baseUrl());
    await person.getByLabel('Email').fill(EMAIL);
    await person.getByLabel('Mật khẩu').fill(valueAfter(invitation, 'Mật khẩu tạm thời:'));
    await person.getByRole('button', { name: 'Đăng nhập', exact: true }).click();

    await person.getByRole('heading', { name: 'Đặt mật khẩu mới' }).waitFor();
    await person.getByLabel(/^Mật khẩu mới/).fill('ngan');
    await person.getByLabel('Nhập lại mật khẩu mới').fill('ngan');
    await person.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
    await person.getByText(/Mật khẩu chưa đạt: ít nhất 12 ký tự/).waitFor();
    await checkScreen(person, '60-first-sign-in-new-password');
    await person.getByLabel(/^Mật khẩu mới/).fill(FIRST_PASSWORD);
    await person.getByLabel('Nhập lại mật khẩu mới').fill(FIRST_PASSWORD);
    await person.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();

    await person.getByRole('heading', { name: 'Cài đặt xác thực hai lớp' }).waitFor();
    await person
      .getByRole('img', { name: `Mã QR để thêm tài khoản ${EMAIL} vào ứng dụng xác thực` })
      .waitFor();
    const secret = (await person.getByTestId('totp-secret').textContent())?.replace(/\s+/g, '') ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await checkScreen(person, '61-totp-enrolment');
    // Usable at 200 % zoom: a 640-px-wide window, no sideways scrolling.
    const size = person.viewportSize();
    await person.setViewportSize({ width: 640, height: 900 });
    expect(await person.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(640);
    if (size) await person.setViewportSize(size);
    code = authenticator(secret);
    await person.getByLabel('Mã 6 số ứng dụng đang hiển thị').fill('123');
    await person.getByRole('button', { name: 'Xác nhận và đăng nhập' }).click();
    await person.getByText('Nhập đủ 6 chữ số.').waitFor();
    await person.getByLabel('Mã 6 số ứng dụng đang hiển thị').fill(await code());
    await person.getByRole('button', { name: 'Xác nhận và đăng nhập' }).click();
    await person.getByRole('heading', { name: `Xin chào, ${NAME}` }).waitFor();
  });

  it('later sign-ins ask for a code; a wrong one is refused in Vietnamese', async () => {
    await person.getByRole('button', { name: 'Đăng xuất' }).click();
    await person.getByLabel('Email').fill(EMAIL);
    await person.getByLabel('Mật khẩu').fill(FIRST_PASSWORD);
    await person.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await person.getByRole('heading', { name: 'Nhập mã xác thực' }).waitFor();
    await person.getByLabel('Mã 6 số trong ứng dụng xác thực').fill('000000');
    await person.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await person.getByText(/Mã xác nhận không đúng/).waitFor();
    await checkScreen(person, '62-totp-code-wrong');
    await person.getByLabel('Mã 6 số trong ứng dụng xác thực').fill(await code());
    await person.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await person.getByRole('heading', { name: `Xin chào, ${NAME}` }).waitFor();
  });

  it('a forgotten password is reset with the mailed code', async () => {
    await person.getByRole('button', { name: 'Đăng xuất' }).click();
    await person.getByRole('button', { name: 'Quên mật khẩu?' }).click();
    await person.getByRole('heading', { name: 'Quên mật khẩu' }).waitFor();
    await person.getByLabel('Email').fill(EMAIL);
    await person.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
    await person.getByText(/mã xác nhận đã được gửi đến t\*\*\*@s\*\*\*/).waitFor();
    const reset = (await mailsTo(EMAIL)).find((m) => m.subject.startsWith('Mã đặt lại mật khẩu'));
    if (!reset) throw new Error('no reset mail');
    await person.getByLabel('Mã xác nhận trong email').fill(valueAfter(reset, 'Mã xác nhận của anh/chị là'));
    await person.getByLabel(/^Mật khẩu mới/).fill(RESET_PASSWORD);
    await person.getByLabel('Nhập lại mật khẩu mới').fill(RESET_PASSWORD);
    await checkScreen(person, '63-forgot-password');
    await person.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await person.getByText(/Đã đặt lại mật khẩu. Mọi phiên đăng nhập trước đây/).waitFor();

    await person.getByLabel('Mật khẩu').fill(FIRST_PASSWORD);
    await person.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await person.getByText('Email hoặc mật khẩu không đúng.').waitFor();
    await person.getByLabel('Mật khẩu').fill(RESET_PASSWORD);
    await person.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await person.getByLabel('Mã 6 số trong ứng dụng xác thực').fill(await code());
    await person.getByRole('button', { name: 'Xác nhận', exact: true }).click();
    await person.getByRole('heading', { name: `Xin chào, ${NAME}` }).waitFor();
  });

  it('changing the password ends every session, this one included', async () => {
    await person.getByRole('link', { name: 'Đổi mật khẩu' }).click();
    await person.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await person.getByLabel('Mật khẩu hiện tại').fill('Khong-phai-mat-khau-1');
    await person.getByLabel(/^Mật khẩu mới/).fill(CHANGED_PASSWORD);
    await person.getByLabel('Nhập lại mật khẩu mới').fill(CHANGED_PASSWORD);
    await person.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await person.getByText('Mật khẩu hiện tại không đúng.').waitFor();
    await checkScreen(person, '64-change-password');
    await person.getByLabel('Mật khẩu hiện tại').fill(RESET_PASSWORD);
    await person.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await person.getByText(/Đã đổi mật khẩu. Mọi phiên đăng nhập của tài khoản/).waitFor();
    await person.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  });

  it('a lost phone: the admin resets the authenticator on screen; the next sign-in enrols a new one', async () => {
    await admin.reload();
    await admin.getByRole('button', { name: `Đặt lại xác thực của ${NAME}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Đặt lại ứng dụng xác thực: ${NAME}` });
    await dialog.getByLabel(/^Lý do/).fill('Người dùng báo mất điện thoại.');
    await checkScreen(admin, '65-admin-reset-mfa');
    await dialog.getByRole('button', { name: 'Xác nhận đặt lại' }).click();
    await admin.getByText(`Đã đặt lại ứng dụng xác thực của ${NAME}`).waitFor();

    await person.getByLabel('Email').fill(EMAIL);
    await person.getByLabel('Mật khẩu').fill(CHANGED_PASSWORD);
    await person.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await person.getByRole('heading', { name: 'Cài đặt xác thực hai lớp' }).waitFor();
    const secret = (await person.getByTestId('totp-secret').textContent())?.replace(/\s+/g, '') ?? '';
    const newPhone = authenticator(secret);
    await person.getByLabel('Mã 6 số ứng dụng đang hiển thị').fill(await newPhone());
    await person.getByRole('button', { name: 'Xác nhận và đăng nhập' }).click();
    // Signed in, back on the page the session ended on.
    await person.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await person.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
  });
});
