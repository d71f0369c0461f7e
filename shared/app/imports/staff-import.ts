import { ForbiddenError } from '../../domain/errors';
import {
  checkStaffRows,
  guessStaffMapping,
  STAFF_HEADERS,
  STAFF_REQUIRED,
  type StaffMapping,
} from '../../domain/imports/staff-import';
import { registryChange } from '../directory/registry-change';
import { loadVisibleOrganisation } from '../directory/visibility';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { directoryOf, importingUnitOf } from './award-history-import';
import { refuseIfInvalid } from './refuse-invalid';
import { requireColumns } from './required-columns';
import { sheetOf } from './sheet-of';
import type { StaffImportInput } from './staff-inputs';

type Ports = Pick<AppPorts, 'organisations' | 'persons' | 'clock' | 'ids'>;

/** Staff lists are the directory's: the admin imports them, as the admin adds staff on screen. */
async function check(ports: Ports, principal: Principal, organisationId: string, input: StaffImportInput) {
  const organisation = await loadVisibleOrganisation(ports.organisations, principal, organisationId);
  // The admin adds anyone; a unit officer adds the staff of their own unit, as on screen.
  const admin = principal.roles.includes('admin');
  const ownUnitId = admin ? undefined : importingUnitOf(principal, organisation.id);
  if (!admin && !ownUnitId) throw new ForbiddenError('ROLE_NOT_ALLOWED');
  const sheet = await sheetOf(input, guessStaffMapping);
  const mapping: StaffMapping = input.mapping ?? guessStaffMapping(sheet.header);
  requireColumns(mapping, STAFF_REQUIRED, STAFF_HEADERS);
  const directory = await directoryOf(ports, organisation.id);
  const results = checkStaffRows(
    sheet.rows,
    mapping,
    ownUnitId ? { ...directory, ownUnitId } : directory,
    sheet.header,
    sheet.firstRow,
  );
  const counts = {
    new: results.filter((r) => r.status === 'new').length,
    exists: results.filter((r) => r.status === 'exists').length,
    errors: results.filter((r) => r.status === 'error').length,
  };
  return { organisation, mapping, results, counts, sheet };
}

/** Every row's result (new, already there by name in the unit, error); nothing written. */
export const makePreviewStaffImport =
  (ports: Ports) => async (principal: Principal, organisationId: string, input: StaffImportInput) => {
    const { mapping, results, counts, sheet } = await check(ports, principal, organisationId, input);
    return { mapping, headerRow: sheet.firstRow - 1, merged: sheet.merged, counts, rows: results };
  };

/**
 * Adds the new people of a checked file, with the import's record; people already in their unit
 * by name are left as they are (the same file twice adds no one), a file with errors is refused
 * unless told to leave them (409 `IMPORT_HAS_ERRORS`).
 */
export const makeImportStaff =
  (ports: Ports) => async (principal: Principal, organisationId: string, input: StaffImportInput) => {
    const { organisation, results, counts } = await check(ports, principal, organisationId, input);
    refuseIfInvalid(counts, input.skipInvalid);
    const id = `imp-${ports.ids.next().toLowerCase()}`;
    const at = ports.clock.now().toISOString();
    const people = results.flatMap((r) =>
      r.status === 'new'
        ? [{ ...r.person, id: `person-${ports.ids.next().toLowerCase()}`, organisationId: organisation.id }]
        : [],
    );
    const written = await ports.persons.importPersons(people, (chunk, part) =>
      registryChange(principal, at, 'person_import', id, {
        organisationId: organisation.id,
        fileName: input.fileName,
        part,
        people: [...chunk],
      }),
    );
    return { importId: id, written, exists: counts.exists, skipped: counts.errors };
  };
