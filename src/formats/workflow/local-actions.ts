import { compositeActionName } from '../shared/paths.js';
import type { CredentialUse } from '../../model/references.js';
import type { ModelJoin } from '../../model/scan-model.js';

/** Steps that run an action of the same repository (`uses: ./.github/actions/send-mail`). */
export interface LocalActionCalls {
  calls: Array<{ useId: string; directory: string }>;
}

declare module '../../model/scan-model.js' {
  interface FormatFacts {
    workflow: LocalActionCalls;
  }
}

/** The folder a `uses: ./path` names, as a repository path without `./` or a trailing slash. */
export function localActionDirectory(uses: string): string | undefined {
  if (!uses.startsWith('./')) return undefined;
  return uses.slice(2).replace(/\/+$/, '');
}

/**
 * A step that runs a local composite action does what the action's steps do: when they call the SES API,
 * the keys the step passes in are keys for the SES API.
 */
export const joinLocalActions: ModelJoin = (files, joined) => {
  const calls = files.flatMap((file) => file.formatFacts?.workflow?.calls ?? []);
  if (calls.length === 0) return joined;
  const sesApiActions = new Set(
    files
      .filter((file) => compositeActionName.test(file.file))
      .filter((file) => file.uses.some((use) => use.destination.sesApi))
      .map((file) => file.file.replace(compositeActionName, '')),
  );
  const callsSesApi = new Set(calls.filter((call) => sesApiActions.has(call.directory)).map((call) => call.useId));
  if (callsSesApi.size === 0) return joined;
  const uses = joined.uses.map((use): CredentialUse =>
    callsSesApi.has(use.id) ? { ...use, destination: { ...use.destination, sesApi: true } } : use,
  );
  return { ...joined, uses };
};
