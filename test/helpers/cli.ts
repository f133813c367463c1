/** Runs the audit command line as a user would, capturing its exit code and output. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/**
 * `env` is added to the test's environment (NO_COLOR and FORCE_COLOR are removed first, so a test
 * says which it wants); `input` is written to standard input, which is otherwise closed empty.
 */
export function audit(args: string[], options: { env?: Record<string, string>; input?: string | Buffer } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  Object.assign(env, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [join(ROOT, 'scripts/audit.ts'), ...args], { cwd: ROOT, env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(options.input ?? '');
  });
}

/**
 * The same command run inside the test process (scripts/audit.ts runAudit), for the many small cases:
 * no process start per case. stdout and stderr are not terminals unless `tty` says so; `env` is the
 * whole environment the command sees.
 */
export async function auditInProcess(
  args: string[],
  options: { env?: Record<string, string>; input?: string; tty?: boolean } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { runAudit } = await import('../../scripts/audit');
  let stdout = '';
  let stderr = '';
  const code = await runAudit(args, {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
    stdin: [Buffer.from(options.input ?? '')],
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}
