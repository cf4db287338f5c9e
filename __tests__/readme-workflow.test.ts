import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

interface Step {
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const leastPermissions = {
  contents: 'read',
  'pull-requests': 'read',
  'security-events': 'write',
  actions: 'read',
};
/** This project's own action and reusable workflow: followed by the major tag that each release moves. */
const ownReference = /^ses-credential-hygiene\/ses-credential-hygiene(?:\/\.github\/workflows\/[\w.-]+\.yml)?@v1$/;
const forkGuard = 'github.event.pull_request.head.repo.full_name == github.repository';

function parseWorkflow(name: string, text: string): { name: string; text: string; workflow: Workflow } {
  const document = parseDocument(text);
  expect([name, document.errors.map((error) => error.message)]).toEqual([name, []]);
  return { name, text, workflow: document.toJS() as Workflow };
}

const readme = readFileSync('README.md', 'utf8');
const readmeWorkflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((match) => match[1] ?? '')
  .filter((block) => block.includes('uses: ses-credential-hygiene'))
  .map((block, index) => parseWorkflow(`README workflow ${index + 1}`, block));
const reusablePath = '.github/workflows/ses-credential-hygiene.yml';
const reusable = parseWorkflow(reusablePath, readFileSync(reusablePath, 'utf8'));
const workflows = [...readmeWorkflows, reusable];

function references(workflow: Workflow): string[] {
  return Object.values(workflow.jobs).flatMap((job) => [
    ...(job.uses ? [job.uses] : []),
    ...(job.steps ?? []).flatMap((step) => (step.uses ? [step.uses] : [])),
  ]);
}

function steps(job: Job, action: string): Step[] {
  return (job.steps ?? []).filter((step) => step.uses?.startsWith(`${action}@`));
}

/** The jobs of a workflow; none would leave every per-job check below with nothing to check. */
function jobs(workflow: Workflow): Job[] {
  const found = Object.values(workflow.jobs ?? {});
  expect(found.length).toBeGreaterThan(0);
  return found;
}

/** A job that calls the reusable workflow: its checkout and upload are checked in the reusable workflow's row. */
const reusableCall = new RegExp(
  `^ses-credential-hygiene/ses-credential-hygiene/${reusablePath.replace(/\./g, '\\.')}@v1$`,
);
const ownAction = 'ses-credential-hygiene/ses-credential-hygiene';

/** How a job scans, in words: by calling the reusable workflow, or with its own steps. */
function scanning(job: Job): string {
  if (job.uses) return reusableCall.test(job.uses) ? 'calls the reusable workflow' : `calls ${job.uses}`;
  const count = (action: string) => steps(job, action).length;
  return `checks out ${count('actions/checkout')}×, runs the action ${count(ownAction)}×`;
}

/** The action's own `upload-sarif` input as action.yml declares it, if it has one. */
const actionUploadDefault = (
  parseDocument(readFileSync('action.yml', 'utf8')).toJS() as { inputs?: Record<string, { default?: unknown }> }
).inputs?.['upload-sarif']?.default;

describe('the README workflow examples and the reusable workflow', () => {
  it('are found: the README has the single-repository example and the organisation caller', () => {
    expect(workflows.map(({ name, workflow }) => [name, jobs(workflow).map(scanning)])).toEqual([
      ['README workflow 1', ['checks out 1×, runs the action 1×']],
      ['README workflow 2', ['calls the reusable workflow']],
      [reusablePath, ['checks out 1×, runs the action 1×']],
    ]);
  });

  it.each(workflows)(
    '$name pins every third-party action by full commit SHA, with its release in a comment',
    ({ workflow, text }) => {
      const external = references(workflow).filter((reference) => !ownReference.test(reference));
      for (const reference of external) {
        expect(reference).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(text).toMatch(new RegExp(`uses: ${reference.replace(/[./]/g, '\\$&')} # v\\d+\\.\\d+\\.\\d+\\n`));
      }
      for (const reference of references(workflow).filter((reference) => ownReference.test(reference)))
        expect(reference).toMatch(/@v1$/);
    },
  );

  it('pin each action to the same commit everywhere', () => {
    const pins = new Map<string, Set<string>>();
    for (const { workflow } of workflows)
      for (const reference of references(workflow)) {
        const [action = '', ref = ''] = reference.split('@');
        pins.set(action, (pins.get(action) ?? new Set()).add(ref));
      }
    for (const [action, refs] of pins) expect([action, refs.size]).toEqual([action, 1]);
  });

  it.each(workflows)('$name checks out without keeping the token', ({ workflow }) => {
    for (const job of jobs(workflow)) {
      if (job.uses) expect(job.uses).toMatch(reusableCall);
      else
        expect(steps(job, 'actions/checkout').map((checkout) => checkout.with?.['persist-credentials'])).toEqual([
          false,
        ]);
    }
  });

  it.each(workflows)('$name gives every job exactly the least permissions', ({ workflow }) => {
    for (const job of jobs(workflow)) expect(job.permissions ?? workflow.permissions).toEqual(leastPermissions);
  });

  it.each(workflows)('$name never runs on pull_request_target', ({ workflow }) => {
    const events = typeof workflow.on === 'string' ? [workflow.on] : Object.keys(workflow.on ?? {});
    expect(events).not.toContain('pull_request_target');
    expect(JSON.stringify(workflow.on)).not.toContain('pull_request_target');
  });

  it.each(workflows)('$name skips the SARIF upload on pull requests from forks', ({ workflow }) => {
    for (const job of jobs(workflow)) {
      if (job.uses) {
        expect(job.uses).toMatch(reusableCall);
        continue;
      }
      const uploads = steps(job, 'github/codeql-action/upload-sarif');
      if (uploads.length > 0) for (const upload of uploads) expect(upload.if).toContain(forkGuard);
      // Without an upload step the action uploads itself, in the mode that gives a notice on forks instead.
      else
        expect(steps(job, ownAction).map((step) => step.with?.['upload-sarif'] ?? actionUploadDefault)).toEqual([
          'auto',
        ]);
    }
  });

  it('reusable workflow: called with fail-on, path and a SARIF category, which reach the steps', () => {
    const on = reusable.workflow.on as { workflow_call: { inputs: Record<string, { type: string }> } };
    expect(Object.keys(on.workflow_call.inputs)).toEqual(expect.arrayContaining(['fail-on', 'path', 'sarif-category']));
    expect(reusable.text).toContain('fail-on: ${{ inputs.fail-on }}');
    expect(reusable.text).toContain('path: ${{ inputs.path }}');
    expect(reusable.text).toContain('category: ${{ inputs.sarif-category }}');
  });
});
