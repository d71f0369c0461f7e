import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as z from 'zod/mini';
import { CertificateLayoutsSchema } from '../shared/domain/documents/certificate';
import { ValidationError } from '../shared/domain/errors';
import type { ProvinceRuleOverrides } from '../shared/domain/rules';
import { ruleOverridesFor } from '../shared/rule-overrides';
import { loadProvinceRuleOverrides } from '../shared/rules-config';

/** The repository root: province files and rule references are resolved from here. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PROVINCES_DIR = join(REPO_ROOT, 'config', 'provinces');

const provinceCode = z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/, 'kebab-case, e.g. ha-tinh'));
const hostname = z
  .string()
  .check(
    z.regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'a lower-case DNS name'),
  );

const organisation = z.strictObject({
  /** Stable id used in keys and in `config/rules/<province>.json` → `organisations`. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /**
   * Codes this organisation puts in its document numbers (`12/QĐ-SNV`, `/KH-SNV`): the first is
   * the one used for new decisions; others are kept for documents issued under earlier names.
   */
  documentCodes: z.array(z.string().check(z.regex(/^[A-ZĐ][A-ZĐ0-9]*(-[A-ZĐ0-9]+)*$/))).check(z.minLength(1)),
});

/**
 * One province's deployment configuration (`config/provinces/<code>.json`). Everything a
 * deployment differs by lives here; everything else is code.
 */
export const provinceConfigSchema = z
  .strictObject({
    code: provinceCode,
    name: z.string().check(z.minLength(1)),
    aws: z._default(
      z.strictObject({
        /** Omitted: the CLI's default account/region (`CDK_DEFAULT_*`) at deploy time. */
        account: z.optional(z.string().check(z.regex(/^\d{12}$/))),
        region: z.optional(z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/))),
      }),
      {},
    ),
    mail: z.strictObject({
      /** The address decision emails come from. */
      fromAddress: z.email(),
      /** When set, the whole domain is verified (DKIM) instead of the single address. */
      domain: z.optional(hostname),
    }),
    web: z._default(
      z.strictObject({
        /** Custom domain of the web app; without it the CloudFront domain is used. */
        domain: z.optional(hostname),
        /** ACM certificate in us-east-1 for `domain` (CloudFront only reads certificates there). */
        certificateArn: z.optional(
          z.string().check(z.regex(/^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/)),
        ),
      }),
      {},
    ),
    /** First administrators: created by hand after the first deploy, and alarm recipients. */
    admins: z.array(z.email()).check(z.minLength(1)),
    organisations: z.array(organisation).check(z.minLength(1)),
    /** Rule-set overrides, relative to the repository root. */
    rules: z.string().check(z.regex(/^config\/rules\/[a-z-]+\.json$/)),
    auth: z._default(
      z.strictObject({
        /**
         * `required`: every user has a second factor (TOTP). `optional`: only users who enrolled
         * one; docs/deploy.md says how admin and leader accounts are then held to MFA.
         */
        mfa: z._default(z.enum(['required', 'optional']), 'required'),
      }),
      { mfa: 'required' },
    ),
    /**
     * Years the audit anchors are locked (S3 Object Lock, compliance mode: no one can delete
     * them before, not even the account's root user; the bucket cannot be removed until then).
     */
    auditAnchorRetentionYears: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(100)), 10),
    /** Dossier files: the most one file, and all the files of one dossier, may weigh (MB). */
    files: z._default(
      z.strictObject({
        maxFileMb: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
        maxDossierMb: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(1024)), 100),
      }),
      { maxFileMb: 20, maxDossierMb: 100 },
    ),
    /**
     * Where the text goes on the province's pre-printed certificates (phôi Bằng khen, Giấy
     * khen), by award; an award not listed prints with the default layout. Calibrate with the
     * test page of the certificate screen before the first real print.
     */
    certificates: z.optional(CertificateLayoutsSchema),
    /** Days CloudWatch keeps function and API logs. */
    logRetentionDays: z._default(z.union([z.literal(30), z.literal(90), z.literal(180), z.literal(365)]), 90),
  })
  .check(
    z.superRefine((config, ctx) => {
      if (config.mail.domain && !config.mail.fromAddress.endsWith(`@${config.mail.domain}`))
        ctx.addIssue({
          code: 'custom',
          path: ['mail', 'fromAddress'],
          message: 'must be an address of mail.domain',
        });
      if (config.web.domain && !config.web.certificateArn)
        ctx.addIssue({
          code: 'custom',
          path: ['web', 'certificateArn'],
          message: 'a custom domain needs a certificate',
        });
      if (config.web.certificateArn && !config.web.domain)
        ctx.addIssue({ code: 'custom', path: ['web', 'domain'], message: 'a certificate needs its domain' });
      const ids = config.organisations.map((org) => org.id);
      if (new Set(ids).size !== ids.length)
        ctx.addIssue({ code: 'custom', path: ['organisations'], message: 'organisation ids must be unique' });
    }),
  );

export type ProvinceConfig = z.output<typeof provinceConfigSchema>;

/** Codes of every shipped province, from the file names in `config/provinces/`. */
export function listProvinceCodes(dir: string = PROVINCES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => basename(name, '.json'))
    .sort();
}

/**
 * The functions trust the overrides bundled for their province (`shared/rule-overrides.ts`), so
 * they are validated here, at synth: the file must pass the schema, and the bundled copy must be
 * exactly what the schema returns (no trimming or defaults left to a parse that no longer runs).
 */
function checkShippedRules(path: string, config: ProvinceConfig): void {
  const file = basename(config.rules, '.json');
  let parsed: ProvinceRuleOverrides;
  try {
    parsed = loadProvinceRuleOverrides(file, join(REPO_ROOT, dirname(config.rules)));
  } catch (error) {
    const issues = error instanceof ValidationError ? error.issues.map((i) => `${i.path}: ${i.message}`) : [];
    throw new Error(
      `${path}: rules file ${config.rules} is invalid:\n  ${[String(error), ...issues].join('\n  ')}`,
    );
  }
  if (!isDeepStrictEqual(ruleOverridesFor(config.code), parsed))
    throw new Error(
      `${path}: the functions would not run with ${config.rules}: shared/rule-overrides.ts must ship it for "${config.code}" exactly as the schema parses it`,
    );
}

/**
 * Reads and validates `config/provinces/<code>.json`: the schema, the file name against `code`,
 * and that the referenced rule overrides exist.
 * @throws Error naming the file and every problem found.
 */
export function loadProvinceConfig(code: string, dir: string = PROVINCES_DIR): ProvinceConfig {
  const path = join(dir, `${code}.json`);
  if (!existsSync(path))
    throw new Error(`no province config ${path}; shipped provinces: ${listProvinceCodes(dir).join(', ')}`);
  const result = provinceConfigSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`${path} is invalid:\n  ${problems.join('\n  ')}`);
  }
  const config = result.data;
  if (config.code !== code) throw new Error(`${path}: code "${config.code}" does not match the file name`);
  if (!existsSync(join(REPO_ROOT, config.rules)))
    throw new Error(`${path}: rules file ${config.rules} not found`);
  checkShippedRules(path, config);
  return config;
}
