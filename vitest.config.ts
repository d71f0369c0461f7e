import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs pure code with no network; `integration` runs against the real
 * local services (DynamoDB Local, SES local, Cognito local), started once per run by the
 * global setup and shared by every integration test file.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/infra/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          // Handlers log through Powertools; keep test output to warnings and errors.
          env: { POWERTOOLS_LOG_LEVEL: 'WARN', POWERTOOLS_METRICS_DISABLED: 'true' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
