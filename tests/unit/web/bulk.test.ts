/**
 * A bulk step from the web (accept the chosen dossiers, vote on every item left): one request
 * each, a few side by side; each refusal reported with its name, in the order of the list.
 * The requests are stand-ins that answer on a later turn of the event loop; no clock is read.
 */
import { describe, expect, it } from 'vitest';
import { runBulk } from '../../../web/src/lib/bulk';

const tick = () => new Promise((resolve) => setImmediate(resolve));
const dossiers = Array.from({ length: 10 }, (_, i) => ({ id: i, nominee: { name: `Người ${i + 1}` } }));

describe('a bulk step', () => {
  it('runs four requests at a time, each with its own key, and reports refusals in list order', async () => {
    let inFlight = 0;
    let peak = 0;
    const keys = new Set<string>();
    const progress: number[] = [];
    const result = await runBulk(
      dossiers,
      async (d, key) => {
        keys.add(key);
        inFlight++;
        peak = Math.max(peak, inFlight);
        // The later of the two refused answers first: the report keeps the list's order.
        for (let t = 0; t < (d.id === 2 ? 3 : 1); t++) await tick();
        inFlight--;
        if (d.id === 2 || d.id === 3) throw new Error(`Hồ sơ ${d.id} không hợp lệ.`);
      },
      (done) => progress.push(done),
    );

    expect(result.ok).toBe(8);
    expect(result.failed).toEqual([
      { name: 'Người 3', message: 'Error: Hồ sơ 2 không hợp lệ.' },
      { name: 'Người 4', message: 'Error: Hồ sơ 3 không hợp lệ.' },
    ]);
    expect(peak).toBe(4);
    expect(keys.size).toBe(10);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
