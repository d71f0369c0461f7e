import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetBytes, functionEntries, measureBundle, readBudget } from '../../infra/bundle-size';

const budget = readBudget();
const entries = functionEntries();

describe('bundle budget (config/bundle-budget.json)', () => {
  it('starts no higher than 600 KB and gives every exception a reason', () => {
    expect(budget.defaultMaxKb).toBeLessThanOrEqual(600);
    for (const override of Object.values(budget.overrides))
      expect(override.reason.length).toBeGreaterThan(10);
  });

  it.each(entries)('$id has a handler file', ({ entry }) => {
    expect(existsSync(entry)).toBe(true);
  });

  it.each(entries)(
    '$id bundles within its budget (esbuild metafile, construct options)',
    async ({ id, entry }) => {
      const measure = await measureBundle(id, entry);
      const limit = budgetBytes(budget, id);
      const heaviest = measure.heaviest.map((h) => `${h.pkg} ${(h.bytes / 1000).toFixed(0)} KB`).join(', ');
      expect(
        measure.bytes,
        `${id}: ${(measure.bytes / 1000).toFixed(1)} KB (${heaviest})`,
      ).toBeLessThanOrEqual(limit);
    },
  );
});
