import { describe, expect, it } from '@jest/globals';
import {
  decideComment,
  decideSarifUpload,
  parsePullRequestComment,
  parseUploadSarif,
  readOnlyTokenReason,
  type WorkflowRun,
} from '../../src/action/publish-plan.js';

const push: WorkflowRun = {
  repository: 'octo/repo',
  sha: 'c0ffee',
  ref: 'refs/heads/main',
  eventName: 'push',
  actor: 'octocat',
  pull: undefined,
};
const pull = (fromFork: boolean, eventName = 'pull_request'): WorkflowRun => ({
  ...push,
  ref: 'refs/pull/3/merge',
  eventName,
  pull: { number: 3, baseSha: 'ba5e', fromFork },
});

describe('what the action may publish', () => {
  it('reads the modes, and nothing else', () => {
    expect(['', 'AUTO', 'true', 'false', 'yes'].map(parseUploadSarif)).toEqual([
      'auto',
      'auto',
      'true',
      'false',
      undefined,
    ]);
    expect(['', 'on-failure', 'always', 'off', 'sometimes'].map(parsePullRequestComment)).toEqual([
      'off',
      'on-failure',
      'always',
      'off',
      undefined,
    ]);
  });

  it('knows which runs get a read-only token: a fork on pull_request, Dependabot; not pull_request_target', () => {
    expect(readOnlyTokenReason(pull(true))).toMatch(/comes from a fork/);
    expect(readOnlyTokenReason(pull(true, 'pull_request_target'))).toBeUndefined();
    expect(readOnlyTokenReason(pull(false))).toBeUndefined();
    expect(readOnlyTokenReason({ ...push, actor: 'dependabot[bot]' })).toMatch(/Dependabot/);
    expect(readOnlyTokenReason(push)).toBeUndefined();
  });

  it('uploads under auto where the token may, with a notice where it may not; true insists', () => {
    expect(decideSarifUpload('auto', push)).toEqual({ go: true });
    expect(decideSarifUpload('auto', pull(true))).toEqual({
      go: false,
      notice: expect.stringMatching(/^SARIF not uploaded/),
    });
    expect(decideSarifUpload('true', pull(true))).toEqual({ go: true });
    expect(decideSarifUpload('false', push)).toEqual({ go: false });
  });

  it('outside a workflow run, auto skips quietly and true is an error', () => {
    const local = { ...push, sha: undefined, ref: undefined };
    expect(decideSarifUpload('auto', local)).toEqual({ go: false });
    expect(() => decideSarifUpload('true', local)).toThrow('GITHUB_SHA');
  });

  it('comments on pull requests only; on-failure creates only on failure but updates either way', () => {
    expect(decideComment('always', push, true)).toEqual({ go: false });
    expect(decideComment('off', pull(false), true)).toEqual({ go: false });
    expect(decideComment('on-failure', pull(false), false)).toEqual({ go: true, pullNumber: 3, create: false });
    expect(decideComment('on-failure', pull(false), true)).toEqual({ go: true, pullNumber: 3, create: true });
    expect(decideComment('always', pull(false), false)).toEqual({ go: true, pullNumber: 3, create: true });
    expect(decideComment('always', pull(true), true)).toEqual({
      go: false,
      notice: expect.stringMatching(
        /^No comment or fix suggestions posted on pull request #3: this pull request comes from a fork/,
      ),
    });
  });
});
