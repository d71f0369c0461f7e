/**
 * How the sector's forms read a province: every unit's staff and award history, a bounded number
 * of units at a time (a province is hundreds of units; a function's client holds 50 connections).
 * The stores are in-memory stand-ins that answer on a later turn of the event loop, so reads
 * started together are in flight together; no clock is read.
 */
import { describe, expect, it } from 'vitest';
import { makeGetSectorForms } from '../../../shared/app/reports/sector-forms';

const UNITS = 40;
const tick = () => new Promise((resolve) => setImmediate(resolve));

function province() {
  let inFlight = 0;
  let peak = 0;
  const unitsRead = new Set<string>();
  const read = async <T>(unitId: string, items: T[]) => {
    unitsRead.add(unitId);
    inFlight++;
    peak = Math.max(peak, inFlight);
    await tick();
    inFlight--;
    return { items };
  };
  const organisations = [
    { id: 'org-tinh', name: 'UBND tỉnh', level: 'province' },
    { id: 'org-a', name: 'Sở A', level: 'department' },
  ];
  const ports = {
    clock: { now: () => new Date('2026-06-15T03:00:00Z') },
    organisations: {
      listOrganisations: async () => ({ items: organisations }),
      getOrganisation: async (id: string) => organisations.find((o) => o.id === id),
      listUnits: async (organisationId: string) => ({
        items: Array.from({ length: UNITS / 2 }, (_, i) => ({
          id: `${organisationId}-u${i}`,
          organisationId,
        })),
      }),
    },
    persons: {
      listByUnit: (unitId: string) => read(unitId, []),
      listAwardsByUnitAndYear: (unitId: string) => read(unitId, []),
      get: async () => undefined,
    },
    campaigns: { listByOrganisation: async () => ({ items: [] }) },
  };
  return { ports, peak: () => peak, unitsRead };
}

describe("the sector's forms for a province", () => {
  it('read every unit, twelve units at a time at most, side by side', async () => {
    const { ports, peak, unitsRead } = province();
    const forms = await makeGetSectorForms(ports as unknown as Parameters<typeof makeGetSectorForms>[0])(
      { userId: 'u', roles: ['province_officer'] },
      { year: 2026 },
    );

    expect(forms.scope).toBe('province');
    expect(unitsRead.size).toBe(UNITS);
    // A unit is 4 reads: its staff, and its awards of 2024, 2025 and 2026 (the sector's year 2026
    // runs from 01/12/2025, and an award decided in it may be for the year before).
    expect(peak()).toBe(12 * 4);
  });
});
