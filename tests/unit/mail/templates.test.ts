import { describe, expect, it } from 'vitest';
import { escapeHtml, headerText, viDate } from '../../../shared/mail/html';
import { mailKeyOfTag, mailKeyTag } from '../../../shared/mail/ses-sender';
import { passesStreamFilters } from '../../../shared/mail/stream-filter';
import { renderDocumentNotice } from '../../../shared/mail/templates/document-notice';
import { renderNominationEvent } from '../../../shared/mail/templates/nomination-event';
import type { IssuedDocument } from '../../../shared/store';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const links = { webOrigin: 'https://tdkt.hatinh.example.vn' };

const aDocument = (overrides: Partial<IssuedDocument> = {}): IssuedDocument => ({
  id: 'doc-1',
  kind: 'decision',
  series: 'QD',
  issuerId: 'org-snv',
  issuerCode: 'SNV',
  year: 2026,
  seq: 12,
  number: '12/QĐ-SNV',
  signedOn: '2026-01-05',
  signedBy: { userId: 'u-1', role: 'director' },
  summary: 'Về việc tặng danh hiệu Lao động tiên tiến',
  action: 'decide',
  entries: [],
  status: 'issued',
  createdAt: '2026-01-05T02:00:00.000Z',
  ...overrides,
});

describe('decision emails', () => {
  it('escapes <script> and "><img onerror=…> in names, units and reasons in the HTML body', () => {
    const mail = renderDocumentNotice({
      document: aDocument({ reason: IMG }),
      audience: 'unit',
      readerName: `Phòng ${SCRIPT}`,
      issuerName: 'Sở Nội vụ',
      signerTitle: 'Giám đốc Sở',
      entries: [
        { nominationId: 'n-1', nomineeName: SCRIPT, awardName: 'Lao động tiên tiến', unitName: IMG },
        {
          nominationId: 'n-2',
          nomineeName: IMG,
          position: SCRIPT,
          awardName: 'Giấy khen',
          unitName: 'Văn phòng',
        },
      ],
      links,
      reference: 'DOC#doc-1#UNIT#u',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;');
  });

  it('gives the number, the dd/mm/yyyy date, the signer, the awardees and a link to each nomination', () => {
    const mail = renderDocumentNotice({
      document: aDocument(),
      audience: 'unit',
      readerName: 'Văn phòng Sở',
      issuerName: 'Sở Nội vụ tỉnh Hà Tĩnh',
      signerTitle: 'Giám đốc Sở - Sở Nội vụ tỉnh Hà Tĩnh',
      entries: [
        {
          nominationId: 'n-1',
          nomineeName: 'Phạm Quốc Huy',
          awardName: 'Lao động tiên tiến',
          unitName: 'Văn phòng Sở',
        },
      ],
      links,
      reference: 'DOC#doc-1#UNIT#u',
    });
    expect(mail.subject).toBe('[TĐKT] Quyết định khen thưởng số 12/QĐ-SNV ngày 05/01/2026');
    for (const body of [mail.html, mail.text]) {
      expect(body).toContain('05/01/2026');
      expect(body).toContain('Giám đốc Sở - Sở Nội vụ tỉnh Hà Tĩnh');
      expect(body).toContain('Phạm Quốc Huy');
      expect(body).toContain('https://tdkt.hatinh.example.vn/nominations/n-1');
    }
  });

  it('strips CR and LF from the subject, so a name cannot add a header', () => {
    const mail = renderNominationEvent(
      {
        nominationId: 'n-1',
        action: 'return',
        to: 'returned',
        at: '2026-03-02T01:00:00.000Z',
        nomineeName: 'Nguyễn Văn A\r\nBcc: attacker@example.com',
        awardName: 'Lao động tiên tiến',
        unitName: 'Văn phòng Sở',
        organisationName: 'Sở Nội vụ',
        reason: 'Thiếu hồ sơ',
        items: [{ kind: 'achievement_report', reason: `Thiếu chữ ký ${SCRIPT}` }],
      },
      links,
      'EVT#n-1#3',
    );
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).toContain('Báo cáo thành tích');
    expect(mail.html).toContain('Thiếu chữ ký &lt;script&gt;');
    expect(mail.text).toContain('1. Báo cáo thành tích: Thiếu chữ ký');
  });
});

describe('mail helpers', () => {
  it('encodes every HTML-significant character', () => {
    expect(escapeHtml(`&<>"'\`=`)).toBe('&amp;&lt;&gt;&quot;&#39;&#96;&#61;');
  });

  it('writes dates as dd/mm/yyyy and headers on one line', () => {
    expect(viDate('2026-09-02')).toBe('02/09/2026');
    expect(headerText('a\r\n\tb\u2028c')).toBe('a b c');
  });

  it('turns a mail key into an SES tag and back without loss', () => {
    const key = 'DOC#01HZX_a#UNIT#unit-snv-vp';
    expect(mailKeyTag(key)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(mailKeyOfTag(mailKeyTag(key))).toBe(key);
  });
});

describe('the notifier stream filter', () => {
  const record = (eventName: string, image: Record<string, unknown>) => ({
    eventName,
    dynamodb: { NewImage: image },
  });

  it('wakes for notifying audit events, issued documents and opened meetings only', () => {
    expect(
      passesStreamFilters(record('INSERT', { type: { S: 'AuditEvent' }, notifies: { BOOL: true } })),
    ).toBe(true);
    expect(passesStreamFilters(record('INSERT', { type: { S: 'AuditEvent' } }))).toBe(false);
    expect(passesStreamFilters(record('MODIFY', { type: { S: 'Decision' }, status: { S: 'issued' } }))).toBe(
      true,
    );
    expect(passesStreamFilters(record('INSERT', { type: { S: 'Decision' }, status: { S: 'pending' } }))).toBe(
      false,
    );
    expect(passesStreamFilters(record('INSERT', { type: { S: 'Meeting' }, status: { S: 'open' } }))).toBe(
      true,
    );
    expect(passesStreamFilters(record('INSERT', { type: { S: 'MailMarker' }, status: { S: 'sent' } }))).toBe(
      false,
    );
  });
});
