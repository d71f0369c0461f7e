import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';

/**
 * The cdk-nag packs every synth runs. A finding fails the synth unless it is acknowledged on the
 * construct it concerns with `Validations.of(construct).acknowledge({ id, reason })`, one
 * finding id at a time (e.g. `AwsSolutions-IAM5[Resource::*]`), next to the code that causes it.
 */
export function nagPacks(app: App) {
  return [new AwsSolutionsChecks(app), new ServerlessChecks(app)];
}

export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(...nagPacks(app));
}
