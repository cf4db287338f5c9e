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

/** The one step uploads the SARIF itself (security-events); pull requests are written only to comment on them. */
function leastPermissions(workflow: Workflow): Record<string, string> {
  const comments = steps(workflow, 'ses-credential-hygiene/ses-credential-hygiene').some(
    (step) => (step.with?.['pr-comment'] ?? 'off') !== 'off',
  );
  return { contents: 'read', 'pull-requests': comments ? 'write' : 'read', 'security-events': 'write' };
}
/** This project's own action and reusable workflow: followed by the major tag that each release moves. */
const ownReference = /^ses-credential-hygiene\/ses-credential-hygiene(?:\/\.github\/workflows\/[\w.-]+\.yml)?@v1$/;

function parseWorkflow(name: string, text: string): { name: string; text: string; workflow: Workflow } {
  const document = parseDocument(text);
  expect([name, document.errors.map((error) => error.message)]).toEqual([name, []]);
  return { name, text, workflow: document.toJS() as Workflow };
}

// The README shows the one-step workflow; docs/action.md the organisation's caller of the reusable workflow.
const readme = ['README.md', 'docs/action.md'].map((path) => readFileSync(path, 'utf8')).join('\n');
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

function steps(workflow: Workflow, action: string): Step[] {
  return Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? []).filter((step) => step.uses?.startsWith(`${action}@`)),
  );
}

describe('the README workflow examples and the reusable workflow', () => {
  it('are found: the README has the single-repository example and the organisation caller', () => {
    expect(readmeWorkflows).toHaveLength(2);
    for (const { workflow } of [readmeWorkflows[0], reusable].flatMap((found) => (found ? [found] : [])))
      for (const action of ['actions/checkout', 'ses-credential-hygiene/ses-credential-hygiene'])
        expect(steps(workflow, action)).toHaveLength(1);
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

  it.each(workflows)('$name checks out without keeping the token (or calls a workflow that does)', ({ workflow }) => {
    for (const job of Object.values(workflow.jobs)) {
      if (job.uses) expect(job.uses).toMatch(/^ses-credential-hygiene\/ses-credential-hygiene\/.+@v1$/);
      else
        expect(
          (job.steps ?? [])
            .filter((step) => step.uses?.startsWith('actions/checkout@'))
            .map((step) => step.with?.['persist-credentials']),
        ).toEqual([false]);
    }
  });

  it.each(workflows)('$name gives every job exactly the least permissions', ({ workflow }) => {
    for (const job of Object.values(workflow.jobs))
      expect(job.permissions ?? workflow.permissions).toEqual(
        // The caller grants what the reusable workflow's job asks for, which GitHub checks before any input.
        job.uses ? leastPermissions(reusable.workflow) : leastPermissions(workflow),
      );
  });

  it.each(workflows)('$name never runs on pull_request_target', ({ workflow }) => {
    const events = typeof workflow.on === 'string' ? [workflow.on] : Object.keys(workflow.on ?? {});
    expect(events).not.toContain('pull_request_target');
    expect(JSON.stringify(workflow.on)).not.toContain('pull_request_target');
  });

  it.each(workflows)(
    '$name uploads the SARIF from the action itself (auto: skipped with a notice on forks), in one step',
    ({ workflow }) => {
      expect(steps(workflow, 'github/codeql-action/upload-sarif')).toEqual([]);
      for (const step of steps(workflow, 'ses-credential-hygiene/ses-credential-hygiene'))
        expect(step.with?.['upload-sarif'] ?? 'auto').toBe(
          workflow === reusable.workflow ? '${{ inputs.upload-sarif }}' : 'auto',
        );
    },
  );

  it('reusable workflow: called with fail-on, path and a SARIF category, which reach the steps', () => {
    const on = reusable.workflow.on as { workflow_call: { inputs: Record<string, { type: string }> } };
    expect(Object.keys(on.workflow_call.inputs)).toEqual(expect.arrayContaining(['fail-on', 'path', 'sarif-category']));
    expect(reusable.text).toContain('fail-on: ${{ inputs.fail-on }}');
    expect(reusable.text).toContain('path: ${{ inputs.path }}');
    expect(reusable.text).toContain('sarif-category: ${{ inputs.sarif-category }}');
  });

  it('reusable workflow: passes upload-sarif (default auto) and pr-comment (default off) through to the action', () => {
    const on = reusable.workflow.on as { workflow_call: { inputs: Record<string, { default?: string }> } };
    expect(on.workflow_call.inputs['upload-sarif']?.default).toBe('auto');
    expect(on.workflow_call.inputs['pr-comment']?.default).toBe('off');
    const [step] = steps(reusable.workflow, 'ses-credential-hygiene/ses-credential-hygiene');
    expect(step?.with).toMatchObject({
      'upload-sarif': '${{ inputs.upload-sarif }}',
      'pr-comment': '${{ inputs.pr-comment }}',
    });
  });
});
