import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BundleMeasure,
  budgetBytes,
  functionEntries,
  measureApi,
  measureBundles,
  readBudget,
} from '../../infra/bundle-size';
import { REPO_ROOT } from '../../infra/province-config';
import { handlerEntry, ROUTES } from '../../shared/http/route-table';

const budget = readBudget();
/**
 * What is held to the budget: each function of one handler (background, the pool's trigger) as
 * one bundle, and each API route as what its cold start loads from its function's split bundle
 * (the router's entry and the route's chunks).
 */
const entries = [
  ...functionEntries(),
  ...ROUTES.map((route) => ({ id: route.id, entry: join(REPO_ROOT, handlerEntry(route)) })),
];
const overTarget: string[] = [];
const measures = new Map<string, BundleMeasure>();

beforeAll(async () => {
  const existing = functionEntries().filter(({ entry }) => existsSync(entry));
  const [handlers, routes] = await Promise.all([measureBundles(existing), measureApi()]);
  for (const measure of [...handlers, ...routes]) measures.set(measure.id, measure);
}, 120_000);

describe('bundle budget (config/bundle-budget.json)', () => {
  it('aims at 600 KB or less and gives every allowance above the target a reason', () => {
    expect(budget.targetKb).toBeLessThanOrEqual(600);
    if (budget.maxKb > budget.targetKb) expect(budget.reason.length).toBeGreaterThan(20);
    for (const override of Object.values(budget.overrides))
      expect(override.reason.length).toBeGreaterThan(10);
  });

  it.each(entries)('$id has a handler file', ({ entry }) => {
    expect(existsSync(entry)).toBe(true);
  });

  it.each(entries)('$id bundles within its budget (esbuild metafile, construct options)', ({ id }) => {
    const measure = measures.get(id);
    if (!measure) throw new Error(`${id} was not bundled`);
    const heaviest = measure.heaviest.map((h) => `${h.pkg} ${(h.bytes / 1000).toFixed(0)} KB`).join(', ');
    const within = measure.function ? ` in ${measure.function}` : '';
    const summary = `${id}${within}: ${(measure.bytes / 1000).toFixed(1)} KB (${heaviest})`;
    if (measure.bytes > budget.targetKb * 1000) overTarget.push(summary);
    expect(measure.bytes, summary).toBeLessThanOrEqual(budgetBytes(budget, id));
  });

  afterAll(() => {
    if (overTarget.length > 0)
      console.warn(
        `${overTarget.length} of ${entries.length} bundles above the ${budget.targetKb} KB target`,
      );
  });
});
