import type { ChildProcess } from 'node:child_process';

/** Tracks a child process: its last output lines (for error messages) and an early exit. */
export function watchChild(name: string, child: ChildProcess) {
  const tail: string[] = [];
  let exitError: Error | undefined;
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) tail.push(line);
    tail.splice(0, Math.max(0, tail.length - 20));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('error', (err) => {
    exitError = new Error(`${name} failed to start: ${err.message}`);
  });
  // If this process ends without stopping its services (a crash, a killed test run), take the
  // child down with it rather than leave a JVM listening on a port.
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  child.on('exit', (code, signal) => {
    process.off('exit', killOnExit);
    exitError ??= new Error(`${name} exited (${signal ?? code}) before it was stopped:\n${tail.join('\n')}`);
  });
  return {
    failed: () => exitError,
    async stop(): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null) return;
      exitError = new Error(`${name} was stopped`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      });
    },
  };
}
