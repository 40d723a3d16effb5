/**
 * A server script as its own process, for tests that SIGKILL it: started with
 * `node --import tsx` (not through npx, so the signal hits the server itself) in the repository
 * root, so tsx finds tsconfig.json's paths. Resolves once the script prints `listening on <url>`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withDeadline } from './deadline';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 20_000;
/** A killed process is gone in milliseconds; this long means something is wrong. */
const EXIT_TIMEOUT_MS = 10_000;

export interface ServerProcess {
  readonly proc: ChildProcess;
  readonly url: string;
  /** Everything it printed, for error messages. */
  output(): string;
}

export interface SpawnOptions {
  /** 'pipe' keeps its stdin open, for a script that exits when its parent goes away. */
  readonly stdin?: 'ignore' | 'pipe';
  /** Sees each line on stdout as it comes. */
  readonly onLine?: (line: string) => void;
}

/** Starts `script` with `env` and resolves once it listens; rejects (and kills it) if it does not within 20 s. */
export async function spawnServer(
  script: string,
  env: Readonly<Record<string, string>>,
  options: SpawnOptions = {},
): Promise<ServerProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let partial = '';
  let listening: (url: string) => void = () => {};
  proc.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      options.onLine?.(line);
      const match = /listening on (http:\/\/\S+)/.exec(line);
      if (match) listening(match[1]!);
    }
  });
  proc.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`server did not start: ${output}`)),
        START_TIMEOUT_MS,
      );
      listening = (found) => {
        clearTimeout(timer);
        resolve(found);
      };
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`server exited (${code ?? signal}): ${output}`));
      });
    });
    return { proc, url, output: () => output };
  } catch (error) {
    proc.kill('SIGKILL');
    throw error;
  }
}

/** Whether `proc` has exited. */
export function hasExited(proc: ChildProcess): boolean {
  return proc.exitCode !== null || proc.signalCode !== null;
}

/**
 * Sends `signal` to the server and resolves when it has exited; rejects with its output if it is
 * still running 10 s later.
 */
export async function stopServer(
  server: Pick<ServerProcess, 'proc' | 'output'>,
  signal: 'SIGKILL' | 'SIGTERM',
): Promise<void> {
  const { proc } = server;
  if (hasExited(proc)) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill(signal);
  await withDeadline(exited, `the server to exit after ${signal}`, EXIT_TIMEOUT_MS).catch(
    (error: unknown) => {
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}:\n${server.output()}`,
      );
    },
  );
}
