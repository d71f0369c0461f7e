import { describe, expect, it } from 'vitest';
import type { DocumentView } from '../../../web/src/api/types';
import { organisationsToLookUp, recordedDocumentOf } from '../../../web/src/lib/recorded-document';

const view = (overrides: Partial<DocumentView> = {}): DocumentView => ({
  id: 'dec-1',
  kind: 'decision',
  kindLabel: 'Quyết định khen thưởng',
  number: '163/QĐ-UBND',
  year: 2026,
  signedOn: '2026-12-28',
  signedOnLabel: '28/12/2026',
  signedBy: { userId: 'u-1', role: 'province_leader', name: 'Võ Trọng Hải' },
  issuerId: 'org-ubnd',
  summary: 'Về việc tặng Bằng khen',
  numbering: 'auto',
  action: 'province_decide',
  status: 'issued',
  entries: [
    {
      no: 1,
      nominationId: 'nom-1',
      awardCode: 'BK_TINH',
      awardName: 'Bằng khen của Chủ tịch UBND tỉnh',
      nomineeName: 'Phòng Công chức, viên chức',
      subject: 'collective',
      unitName: 'Sở Nội vụ',
      unitId: 'unit-snv-ccvc',
      organisationId: 'org-snv',
    },
  ],
  ...overrides,
});

describe('the recorded document a Word draft is built from', () => {
  it('takes the recorded subject, unit name, signer’s name and answered tờ trình', () => {
    const answers = [
      {
        number: '45/TTr-SNV',
        issuedOn: '2026-12-10',
        organisationId: 'org-snv',
        organisationName: 'Sở Nội vụ',
      },
    ];
    const doc = recordedDocumentOf(view({ answers }), new Map([['unit-snv-ccvc', 'Looked up']]));

    expect(doc.entries[0]).toEqual({
      no: 1,
      awardCode: 'BK_TINH',
      nomineeName: 'Phòng Công chức, viên chức',
      subject: 'collective',
      unitName: 'Sở Nội vụ',
    });
    expect(doc.signedBy).toEqual({ name: 'Võ Trọng Hải' });
    expect(doc.answers).toEqual(answers);
    expect(organisationsToLookUp(view())).toEqual([]);
  });

  it('falls back to the looked-up unit, and no subject or name, for a record made before they were kept', () => {
    const old = view({
      signedBy: { userId: 'u-1', role: 'province_leader' },
      entries: [
        {
          no: 1,
          nominationId: 'nom-1',
          awardCode: 'LDTT',
          awardName: 'Lao động tiên tiến',
          nomineeName: 'Hoàng Thị Lan',
          position: 'Chuyên viên',
          unitId: 'unit-snv-ccvc',
          organisationId: 'org-snv',
        },
      ],
    });

    const doc = recordedDocumentOf(old, new Map([['unit-snv-ccvc', 'Phòng Công chức, viên chức']]));

    expect(organisationsToLookUp(old)).toEqual(['org-snv']);
    expect(doc.entries[0]).toEqual({
      no: 1,
      awardCode: 'LDTT',
      nomineeName: 'Hoàng Thị Lan',
      position: 'Chuyên viên',
      unitName: 'Phòng Công chức, viên chức',
    });
    expect(doc).not.toHaveProperty('signedBy');
    expect(doc).not.toHaveProperty('answers');
  });
});
