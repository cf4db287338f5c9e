import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Reads a GITHUB_OUTPUT file (name<<delimiter … delimiter blocks) as the runner does. */
export function readOutputs(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const lines = readFileSync(path, 'utf8').split('\n');
  const outputs: Record<string, string> = {};
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (match?.[1] && match[2]) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i] ?? '');
      outputs[match[1]] = value.join('\n');
    }
  }
  return outputs;
}

export interface BundleRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/**
 * Runs dist/index.js as the runner does: inputs as INPUT_* variables, the workspace, summary and
 * output files in the environment; asynchronously, so fake servers in this process keep answering.
 */
export async function runBundle(options: {
  workspace: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  summaryPath?: string;
}): Promise<BundleRun> {
  const runner = mkdtempSync(join(tmpdir(), 'sch-runner-'));
  const summary = options.summaryPath ?? join(runner, 'summary.md');
  const output = join(runner, 'output.txt');
  if (!options.summaryPath) writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: runner,
    GITHUB_EVENT_NAME: 'push',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [resolve('dist/index.js')], { env, cwd: options.workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  let summaryText = '';
  try {
    summaryText = readFileSync(summary, 'utf8');
  } catch {
    summaryText = '';
  }
  return {
    status,
    stdout,
    stderr,
    summary: summaryText,
    outputs: readOutputs(output),
  };
}
