import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs pure code with no network; `integration` runs against the real
 * local services (DynamoDB Local, SES local, Cognito local), started once per run by the
 * global setup and shared by every integration test file.
 */
export default defineConfig({
  test: {
    // Integration and e2e files wait on local services far more than they compute: four files
    // at a time on two cores (Vitest's default there is one) keeps `npm test` within five minutes.
    maxWorkers: 4,
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
      {
        test: {
          // Through the browser, as people use it: the built web app on the local stack, in Chromium.
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          env: { POWERTOOLS_LOG_LEVEL: 'WARN', POWERTOOLS_METRICS_DISABLED: 'true' },
          // One browser and one API for the whole project: files run one after the other.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
