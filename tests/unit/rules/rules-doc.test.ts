import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_DOC, renderRulesReference, withReference } from '../../../local/rules-doc';
import { NATIONAL_RULE_SETS, RULE_IDS } from '../../../shared/domain/rules';

describe('docs/rules.md', () => {
  it('carries the reference generated from the rule data as it is now (run `npm run rules:doc`)', () => {
    const doc = readFileSync(RULES_DOC, 'utf8');
    expect(doc).toBe(withReference(doc));
  });

  it('lists every rule with the citation of each national version, marking the unconfirmed ones', () => {
    const reference = renderRulesReference();
    for (const id of RULE_IDS) expect(reference).toContain(`| \`${id}\` |`);
    for (const set of NATIONAL_RULE_SETS)
      for (const rule of Object.values(set.rules).filter((r) => !r.confirmed))
        expect(reference).toContain(`${rule.citation.replace(/\|/g, '\\|')} — **mặc định, chưa xác nhận**`);
    expect(reference).not.toMatch(/15 % số cá nhân đạt LĐTT theo khoản 3 Điều 9/);
  });
});
