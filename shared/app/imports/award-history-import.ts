import pMap from 'p-map';
import { NotFoundError } from '../../domain/errors';
import {
  AWARD_HISTORY_HEADERS,
  type ColumnMapping,
  checkAwardHistoryRows,
  guessMapping,
  type ImportDirectory,
  REQUIRED_FIELDS,
  type RowIssue,
} from '../../domain/imports/award-history-import';
import type { AwardEntry } from '../../store';
import { allPages } from '../../store/all-pages';
import { awardHistoryOf, awardRef, decisionIdOf } from '../directory/award-history';
import { registryChange } from '../directory/registry-change';
import { hasAnyRole, isAdmin, loadVisibleOrganisation } from '../directory/visibility';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import type { AwardHistoryImportInput } from './award-history-inputs';
import { refuseIfInvalid } from './refuse-invalid';
import { requireColumns } from './required-columns';
import { sheetOf } from './sheet-of';

type Ports = Pick<AppPorts, 'organisations' | 'persons' | 'clock' | 'ids'>;

export interface RowView {
  readonly row: number;
  /** `new`: will be (or was) written; `exists`: already in the history, left as it is. */
  readonly status: 'new' | 'exists' | 'error';
  readonly issues?: readonly RowIssue[];
  readonly holderName?: string;
  readonly holderKind?: 'person' | 'unit';
  readonly year?: number;
  readonly awardCode?: string;
  readonly decisionNumber?: string;
  readonly decidedOn?: string;
}

/** The organisation's units and people, as the file is checked against them. */
export async function directoryOf(ports: Pick<Ports, 'organisations' | 'persons'>, organisationId: string) {
  const units = await allPages((page) => ports.organisations.listUnits(organisationId, page));
  const persons = (
    await Promise.all(units.map((unit) => allPages((page) => ports.persons.listByUnit(unit.id, page))))
  ).flat();
  return { units, persons } satisfies ImportDirectory;
}

/**
 * Who imports for the organisation: the admin and the Ban TĐKT tỉnh (any), the Sở's secretariat
 * (its own, every unit), a unit officer (their own unit only: its id is returned). Others: 404.
 */
export function importingUnitOf(principal: Principal, organisationId: string): string | undefined {
  if (isAdmin(principal) || hasAnyRole(principal, ['province_officer'])) return undefined;
  if (principal.orgId === organisationId && principal.roles.includes('council_secretary')) return undefined;
  if (principal.orgId === organisationId && principal.roles.includes('unit_officer') && principal.unitId)
    return principal.unitId;
  throw new NotFoundError('organisation', organisationId, 'Không tìm thấy cơ quan, đơn vị.');
}

/** Histories are read in parallel, a few at a time, to stay well inside the table's capacity. */
async function existingKeys(ports: Pick<Ports, 'persons'>, entries: readonly AwardEntry[]) {
  const holders = [...new Map(entries.map((e) => [`${e.holder.kind}:${e.holder.id}`, e.holder])).values()];
  const histories = await pMap(holders, (h) => awardHistoryOf(ports, h), { concurrency: 16 });
  return new Set(histories.flat().map(keyOf));
}

const keyOf = (e: AwardEntry) => `${e.holder.kind}:${e.holder.id}/${awardRef(e)}`;

/**
 * Checks a spreadsheet of past awards against the organisation's directory and history: every
 * row's result, nothing written. Who may: the admin, the Ban TĐKT tỉnh, the Sở's secretariat for
 * its own organisation.
 */
async function check(
  ports: Ports,
  principal: Principal,
  organisationId: string,
  input: AwardHistoryImportInput,
) {
  const organisation = await loadVisibleOrganisation(ports.organisations, principal, organisationId);
  const ownUnitId = importingUnitOf(principal, organisation.id);
  const sheet = await sheetOf(input, guessMapping);
  const mapping: ColumnMapping = input.mapping ?? guessMapping(sheet.header);
  requireColumns(mapping, REQUIRED_FIELDS, AWARD_HISTORY_HEADERS);
  const directory = await directoryOf(ports, organisation.id);
  const checked = checkAwardHistoryRows(
    sheet.rows,
    mapping,
    ownUnitId ? { ...directory, ownUnitId } : directory,
    sheet.header,
    sheet.firstRow,
  );
  const entries = new Map<number, AwardEntry>();
  for (const result of checked) {
    if (!result.ok) continue;
    const e = result.entry;
    const decisionId = decisionIdOf(e.decisionNumber, e.decidedOn);
    entries.set(result.row, {
      holder: e.holder,
      year: e.year,
      awardCode: e.awardCode,
      track: e.track,
      unitId: e.unitId,
      entryId: decisionId,
      decisionId,
      decisionNumber: e.decisionNumber,
      decidedAt: `${e.decidedOn}T00:00:00.000Z`,
      ...(e.issuer ? { issuer: e.issuer } : {}),
    });
  }
  const existing = await existingKeys(ports, [...entries.values()]);
  const rows: RowView[] = checked.map((result) => {
    if (!result.ok) return { row: result.row, status: 'error', issues: result.issues };
    const entry = entries.get(result.row) as AwardEntry;
    return {
      row: result.row,
      status: existing.has(keyOf(entry)) ? 'exists' : 'new',
      holderName: result.entry.holderName,
      holderKind: result.entry.holder.kind,
      year: result.entry.year,
      awardCode: result.entry.awardCode,
      decisionNumber: result.entry.decisionNumber,
      decidedOn: result.entry.decidedOn,
    };
  });
  const counts = {
    new: rows.filter((r) => r.status === 'new').length,
    exists: rows.filter((r) => r.status === 'exists').length,
    errors: rows.filter((r) => r.status === 'error').length,
  };
  const toWrite = rows.filter((r) => r.status === 'new').map((r) => entries.get(r.row) as AwardEntry);
  return { organisation, mapping, rows, counts, toWrite, sheet };
}

/** The preview: every row's result, with the mapping used; nothing is written. */
export const makePreviewAwardHistoryImport =
  (ports: Ports) => async (principal: Principal, organisationId: string, input: AwardHistoryImportInput) => {
    const { mapping, rows, counts, sheet } = await check(ports, principal, organisationId, input);
    return { mapping, headerRow: sheet.firstRow - 1, merged: sheet.merged, counts, rows };
  };

/**
 * The import, once the user confirmed the preview: the new rows are written with the import's
 * record (who, when, which file, which rows), rows already in the history are left, and a file
 * with errors is refused whole unless the user chose to leave its invalid rows (409
 * `IMPORT_HAS_ERRORS`). The same file twice writes nothing the second time.
 */
export const makeImportAwardHistory =
  (ports: Ports) => async (principal: Principal, organisationId: string, input: AwardHistoryImportInput) => {
    const { organisation, counts, toWrite } = await check(ports, principal, organisationId, input);
    refuseIfInvalid(counts, input.skipInvalid);
    const id = `imp-${ports.ids.next().toLowerCase()}`;
    const at = ports.clock.now().toISOString();
    const written = await ports.persons.importAwards(toWrite, (chunk, part) =>
      registryChange(principal, at, 'award_import', id, {
        organisationId: organisation.id,
        fileName: input.fileName,
        part,
        rows: chunk.map((e) => ({ holder: e.holder, ref: awardRef(e), decisionNumber: e.decisionNumber })),
      }),
    );
    return {
      importId: id,
      written: written.length,
      exists: counts.exists + (toWrite.length - written.length),
      skipped: counts.errors,
    };
  };
