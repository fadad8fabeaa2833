// Runs a Node script in a child process without blocking the test's worker, so that a file's tests can run at once.
import { spawn, type SpawnOptions } from 'node:child_process';

/** Exit status, then standard output and standard error as one text (what a person running the script reads). */
export interface NodeRun {
  status: number | null;
  output: string;
}

/** Runs `node <args>` with this process's Node and resolves when it exits; rejects only if it cannot start. */
export function runNode(args: string[], options: Pick<SpawnOptions, 'cwd' | 'env'> = {}): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: `${stdout}\n${stderr}` }));
  });
}
