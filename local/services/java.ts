import { spawnSync } from 'node:child_process';

export const JAVA_INSTALL_HINT = 'sudo apt-get install -y openjdk-17-jre-headless';

/**
 * DynamoDB Local is a Java program. Checks that a Java ≥ 17 runtime is on the PATH and, if not,
 * fails at once with one clear line naming the command that installs it.
 */
export function assertJava(javaCommand = 'java'): void {
  const result = spawnSync(javaCommand, ['-version'], { encoding: 'utf8', timeout: 10_000 });
  if (result.error || result.status !== 0) {
    throw new Error(
      `Java 17 is required by DynamoDB Local and was not found; install it with: ${JAVA_INSTALL_HINT}`,
    );
  }
  const version = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`)?.[1];
  if (version !== undefined && Number(version) < 17) {
    throw new Error(
      `Java ${version} found, but DynamoDB Local needs Java 17 or newer; install it with: ${JAVA_INSTALL_HINT}`,
    );
  }
}
