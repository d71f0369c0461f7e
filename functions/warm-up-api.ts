import type { Context } from 'aws-lambda';
import { ENV, loadRuntimeEnv } from '../shared/config';
import { logger } from '../shared/http/observability';
import { makeLambdaInvoker } from '../shared/warm-up/lambda-invoker';
import { warmFunctions, warmUpSettingsSchema } from '../shared/warm-up/warm-functions';

/** Set by CDK: the API's function names, comma-separated. */
const functionNames = (loadRuntimeEnv()[ENV.apiFunctions] ?? '').split(',').filter(Boolean);
if (functionNames.length === 0) throw new Error('invalid function environment: API_FUNCTIONS is required');
const invoker = makeLambdaInvoker();

/** The warm-up schedule's target (`BACKGROUND_FUNCTIONS`, row `warm-up-api`). */
export const handler = async (event: unknown, context?: Context): Promise<void> => {
  // The Lambda context (request id, function, cold start) on this invocation's log lines.
  if (context) logger.addContext(context);
  const settings = warmUpSettingsSchema.parse(event);
  const warmth = await warmFunctions(functionNames, invoker, settings);
  const failed = warmth.filter((w) => w.failed > 0);
  // A failing function is the API's alarm to raise; a warm-up retried later is worth nothing.
  if (failed.length > 0) logger.warn('warm-up: some invocations failed', { failed });
  logger.info('warm-up', {
    functions: warmth.length,
    environmentsStarted: warmth.reduce((sum, w) => sum + w.started, 0),
  });
};
