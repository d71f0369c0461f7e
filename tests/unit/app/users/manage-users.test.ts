import { describe, expect, it } from 'vitest';
import { makeCreateUser, makeSetUserEnabled } from '../../../../shared/app/users/manage-users';
import { ForbiddenError, ValidationError } from '../../../../shared/domain/errors';
import type { Principal } from '../../../../shared/http/principal';
import type { Organisation, Unit, Versioned } from '../../../../shared/store';
import type { RegistryChange } from '../../../../shared/store/ports/change-log';
import type { DirectoryUser, NewDirectoryUser, UserDirectory } from '../../../../shared/users';

const stamp = { createdAt: '2026-01-01T00:00:00Z', version: 1 };
const orgs: Record<string, Versioned<Organisation>> = {
  'org-a': { id: 'org-a', code: 'A', name: 'Sở A', level: 'department', ...stamp },
  'org-p': { id: 'org-p', code: 'UBND', name: 'UBND tỉnh', level: 'province', ...stamp },
};
const units: Record<string, Versioned<Unit>> = {
  'unit-a': { id: 'unit-a', organisationId: 'org-a', name: 'Văn phòng', ...stamp },
};
const organisations = {
  getOrganisation: async (id: string) => orgs[id],
  getUnit: async (id: string) => units[id],
} as unknown as Parameters<typeof makeCreateUser>[0]['organisations'];

/** An in-memory user pool that records what it was asked to do. */
function fakeDirectory() {
  const users = new Map<string, DirectoryUser>();
  const directory: UserDirectory = {
    async create(input: NewDirectoryUser) {
      const user: DirectoryUser = {
        id: `sub-${users.size + 1}`,
        ...input,
        enabled: true,
        status: 'CONFIRMED',
      };
      users.set(user.id, user);
      return user;
    },
    get: async (id) => users.get(id),
    list: async () => ({ items: [...users.values()] }),
    async setRoles(id, roles) {
      const user = { ...(users.get(id) as DirectoryUser), roles };
      users.set(id, user);
      return user;
    },
    async setEnabled(id, enabled) {
      const user = { ...(users.get(id) as DirectoryUser), enabled };
      users.set(id, user);
      return user;
    },
    resetMfa: async (id) => users.get(id) as DirectoryUser,
  };
  return { directory, users };
}

/** The change log, kept in memory; the clock fixed. */
function logPorts() {
  const changes: RegistryChange[] = [];
  return {
    changes,
    changeLog: {
      record: async (c: RegistryChange) => void changes.push(c),
      list: async () => ({ items: [] }),
    },
    clock: { now: () => new Date('2026-11-17T02:00:00.000Z') },
  };
}

const admin: Principal = { userId: 'admin-sub', roles: ['admin'] };

describe('creating a user', () => {
  it('places a unit officer in a unit of their organisation', async () => {
    const { directory, users } = fakeDirectory();
    const create = makeCreateUser({ organisations, users: directory, ...logPorts() });

    const user = await create(admin, {
      email: 'a@x.vn',
      name: 'A',
      roles: ['unit_officer'],
      organisationId: 'org-a',
      unitId: 'unit-a',
    });

    expect(user).toMatchObject({ orgId: 'org-a', unitId: 'unit-a', roles: ['unit_officer'] });
    expect(users.size).toBe(1);
  });

  it('refuses a province role outside the province’s organisation, creating nothing', async () => {
    const { directory, users } = fakeDirectory();
    const create = makeCreateUser({ organisations, users: directory, ...logPorts() });

    const attempt = create(admin, {
      email: 'b@x.vn',
      name: 'B',
      roles: ['province_leader'],
      organisationId: 'org-a',
    });

    await expect(attempt).rejects.toThrow(ValidationError);
    expect(users.size).toBe(0);
  });

  it('refuses anyone but an admin', async () => {
    const { directory } = fakeDirectory();
    const create = makeCreateUser({ organisations, users: directory, ...logPorts() });

    await expect(
      create(
        { userId: 'x', roles: ['director'], orgId: 'org-a' },
        { email: 'c@x.vn', name: 'C', roles: ['admin'] },
      ),
    ).rejects.toThrow(ForbiddenError);
  });
});

describe('disabling a user', () => {
  it('keeps the user and marks them disabled', async () => {
    const { directory, users } = fakeDirectory();
    const created = await directory.create({
      email: 'd@x.vn',
      name: 'D',
      roles: ['council_member'],
      orgId: 'org-a',
    });

    await makeSetUserEnabled({ users: directory, ...logPorts() }, false)(admin, created.id);

    expect(users.get(created.id)?.enabled).toBe(false);
  });

  it('refuses an admin disabling themself', async () => {
    const { directory } = fakeDirectory();

    await expect(
      makeSetUserEnabled({ users: directory, ...logPorts() }, false)(admin, 'admin-sub'),
    ).rejects.toThrow(ForbiddenError);
  });
});
