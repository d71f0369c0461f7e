import { describe, expect, it } from 'vitest';
import { actorLabel } from '../../../web/src/lib/labels';

describe('who acted, as the timeline shows it', () => {
  it('shows the name followed by the role', () => {
    expect(actorLabel({ role: 'council_secretary', name: 'Trần Thị Cúc' })).toBe(
      'Trần Thị Cúc (Thư ký Hội đồng TĐKT Sở)',
    );
  });

  it('shows the role alone for an event recorded before names were kept, or with a blank name', () => {
    expect(actorLabel({ role: 'director' })).toBe('Giám đốc Sở');
    expect(actorLabel({ role: 'director', name: '  ' })).toBe('Giám đốc Sở');
  });

  it('shows a role it does not know by its code', () => {
    expect(actorLabel({ role: 'auditor', name: 'Lê Văn B' })).toBe('Lê Văn B (auditor)');
  });
});
