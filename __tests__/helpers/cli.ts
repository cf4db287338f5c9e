import { main, type CliIo } from '../../src/cli/run.js';

/** Runs the CLI's `main` in process, collecting what it writes to standard output and error. */
export async function runCli(
  args: string[],
  isTty = false,
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty };
  const status = await main(args, io);
  return { status, stdout, stderr };
}
