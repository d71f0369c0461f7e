/**
 * The layers' fences (biome.json, `noRestrictedImports` overrides) hold: a use case in
 * `shared/app` importing HTTP, a DynamoDB adapter or the AWS SDK fails the lint, and so does the
 * pure domain importing Node I/O; an import along the layers passes. Run on probe files in a
 * temporary copy of the project's layout, with the project's own biome.json, so the real tree is
 * never touched (docs/architecture.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../infra/province-config';

const root = mkdtempSync(join(tmpdir(), 'tdkt-fences-'));
const config = JSON.parse(readFileSync(join(REPO_ROOT, 'biome.json'), 'utf8')) as Record<string, unknown>;
// No git repository in the copy; everything else is the project's configuration as it is.
writeFileSync(
  join(root, 'biome.json'),
  JSON.stringify({ ...config, $schema: undefined, vcs: { enabled: false } }),
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function lint(path: string, source: string): { status: number; output: string } {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  const result = spawnSync(join(REPO_ROOT, 'node_modules', '.bin', 'biome'), ['lint', path], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

describe('the layer fences', () => {
  it('refuses HTTP, a DynamoDB adapter and the AWS SDK in a use case', () => {
    const { status, output } = lint(
      'shared/app/directory/probe.ts',
      [
        "import { principalFromClaims } from '../../http/principal';",
        "import { makeDynamoPersonRepository } from '../../store/dynamo';",
        "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
        '',
        'export const probe = [principalFromClaims, makeDynamoPersonRepository, DynamoDBClient];',
        '',
      ].join('\n'),
    );
    expect(status).toBe(1);
    expect(output).toContain('shared/app does not know HTTP');
    expect(output).toContain('never on its DynamoDB adapters');
    expect(output).toContain('no AWS SDK, Lambda, middy or Powertools imports');
  });

  it('refuses Node I/O in the pure domain', () => {
    const { status, output } = lint(
      'shared/domain/rules/probe.ts',
      "import { readFileSync } from 'node:fs';\n\nexport const probe = readFileSync;\n",
    );
    expect(status).toBe(1);
    expect(output).toContain('shared/domain is pure');
  });

  it('lets a use case import the ports, the domain and its own layer', () => {
    const { status, output } = lint(
      'shared/app/directory/clean-probe.ts',
      [
        "import type { Principal } from '../principal';",
        "import type { Nomination } from '../../store';",
        "import { ROLES } from '../../domain/vocabulary';",
        '',
        'export const probe = (principal: Principal, nomination: Nomination) => [principal, nomination, ROLES];',
        '',
      ].join('\n'),
    );
    expect(output).not.toContain('noRestrictedImports');
    expect(status).toBe(0);
  });
});
