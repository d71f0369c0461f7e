import { describe, expect, it } from 'vitest';
import { clockWords } from '../../../web/src/lib/clock-words';

describe('clockWords', () => {
  it('says the working days used against the limit, and the last day it allows', () => {
    expect(
      clockWords({
        step: 'province_review',
        status: 'running',
        usedWorkingDays: 3,
        limitWorkingDays: 25,
        dueOn: '2026-12-29',
        late: false,
      }),
    ).toBe('Thời gian thẩm định ở tỉnh: 3 ngày làm việc / 25, hạn 29/12/2026');
  });

  it('says a returned dossier stops the clock, and a late one is late', () => {
    expect(clockWords({ step: 'department_review', status: 'paused', usedWorkingDays: 2, late: false })).toBe(
      'Tạm dừng xét ở Sở khi bổ sung hồ sơ (2 ngày làm việc)',
    );
    expect(
      clockWords({
        step: 'province_review',
        status: 'running',
        usedWorkingDays: 27,
        limitWorkingDays: 25,
        late: true,
      }),
    ).toBe('Quá hạn thẩm định ở tỉnh: 27 ngày làm việc / 25');
  });
});
