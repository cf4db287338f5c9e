import type { CredentialKind } from '../model/kinds.js';
import type { CredentialReference } from '../model/references.js';
import { atReference, describeSink, label, withArticle } from './helpers.js';
import type { Rule } from './types.js';

/** Kinds that must never travel as an input: each one alone, or with its other half, opens the account or its mail. */
const credentialKinds: ReadonlySet<CredentialKind> = new Set([
  'access-key-id',
  'secret-access-key',
  'session-token',
  'smtp-password',
  'smtp-password-v2',
  'console-password',
]);

const isDeclaration = (reference: CredentialReference): boolean =>
  reference.source.type === 'input' && reference.sink.type === 'workflow-input';

function inputName(reference: CredentialReference): string {
  return reference.source.type === 'input' ? reference.source.name : '';
}

export const credentialAsWorkflowInput: Rule = {
  meta: {
    id: 'credential-as-workflow-input',
    title: 'Credential taken as a workflow input',
    defaultSeverity: 'error',
    securitySeverity: 7.5,
    precision: 'high',
    help: "A `workflow_dispatch` or `workflow_call` input is not a secret: its value is stored in plain text in the run's event payload, shown to everyone who can read the run, and never masked in the log. Pass AWS keys and SMTP passwords as repository or environment secrets (`secrets:` for reusable workflows), or use an OIDC role, and remove the input.",
    tags: ['security', 'aws', 'ses', 'github-actions'],
  },
  check: (model) => {
    const declared = model.references.filter(
      (reference) => isDeclaration(reference) && credentialKinds.has(reference.supplied?.kind ?? 'ambiguous'),
    );
    const flaggedNames = new Set(declared.map((reference) => `${reference.file}|${inputName(reference)}`));
    // An input whose name hides what it carries is caught where a step puts it into a credential slot.
    const passed = model.references.filter(
      (reference) =>
        reference.source.type === 'input' &&
        !isDeclaration(reference) &&
        credentialKinds.has(reference.sink.expects ?? 'ambiguous') &&
        !flaggedNames.has(`${reference.file}|${inputName(reference)}`),
    );
    return [
      ...declared.map((reference) =>
        atReference(
          reference,
          `Workflow input \`${inputName(reference)}\` takes ${withArticle(label(reference.supplied?.kind ?? 'ambiguous'))}: input values are plain text in the run's event payload and are never masked. Pass it as a secret instead.`,
        ),
      ),
      ...passed.map((reference) =>
        atReference(
          reference,
          `Workflow input \`${inputName(reference)}\` fills ${describeSink(reference)}, which expects ${withArticle(label(reference.sink.expects ?? 'ambiguous'))}: input values are plain text in the run's event payload and are never masked. Pass it as a secret instead.`,
          reference.sink.expects,
        ),
      ),
    ];
  },
};
