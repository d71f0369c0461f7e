import { describe, expect, it } from 'vitest';
import { DOSSIER_KINDS, DossierItemSchema, LIMITS, safeParseForm } from '../../../shared/domain/forms';
import { dossierItem, nfd } from './factories';

const issuesOf = (input: unknown) => {
  const result = safeParseForm(DossierItemSchema, input);
  return result.ok ? [] : result.error.issues;
};

describe('DossierItemSchema', () => {
  it.each(DOSSIER_KINDS)('accepts a %s', (kind) => {
    expect(issuesOf(dossierItem({ kind }))).toEqual([]);
  });

  it('accepts a certified copy with its document number', () => {
    const input = dossierItem({
      kind: 'initiative_certificate',
      copy: 'certified_copy',
      documentNumber: '25/QĐ-SNV',
    });

    expect(safeParseForm(DossierItemSchema, input)).toEqual({ ok: true, value: input });
  });

  it('normalises the document number and title to NFC', () => {
    const result = safeParseForm(
      DossierItemSchema,
      dossierItem({ documentNumber: nfd('12/QĐ-SNV'), title: nfd('Tờ trình') }),
    );

    expect(result.ok && result.value.documentNumber).toBe('12/QĐ-SNV');
    expect(result.ok && result.value.title).toBe('Tờ trình');
  });

  it('requires the original-or-certified flag', () => {
    const { copy: _omitted, ...input } = dossierItem();

    expect(issuesOf(input)).toEqual([{ path: 'copy', code: 'required', message: 'Trường này là bắt buộc.' }]);
  });

  it.each(['../secret.pdf', '/etc/passwd', 'uploads/../x.pdf', 'a b.pdf'])(
    'rejects the file reference %s',
    (fileRef) => {
      expect(issuesOf(dossierItem({ fileRef }))[0]).toMatchObject({
        path: 'fileRef',
        code: 'invalid_format',
      });
    },
  );

  it('rejects an over-long title and file reference', () => {
    const issues = issuesOf(
      dossierItem({ title: 't'.repeat(LIMITS.title + 1), fileRef: `f${'x'.repeat(LIMITS.fileRef)}` }),
    );

    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['title', 'too_long'],
      ['fileRef', 'too_long'],
    ]);
  });

  it('rejects an impossible issue date', () => {
    expect(issuesOf(dossierItem({ issuedOn: '2025-02-30' }))).toEqual([
      { path: 'issuedOn', code: 'invalid_date', message: 'Ngày không tồn tại.' },
    ]);
  });
});
