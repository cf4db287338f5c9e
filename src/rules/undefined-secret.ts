import { atReference } from './helpers.js';
import type { Rule } from './types.js';
import { nearest } from '../common/did-you-mean.js';
import { remembering } from '../common/collections.js';

/** Secrets GitHub provides to every run without the repository defining them. */
const providedByGitHub = new Set(['GITHUB_TOKEN']);

export const undefinedSecret: Rule = {
  meta: {
    id: 'undefined-secret',
    title: 'Secret used but defined nowhere',
    defaultSeverity: 'warning',
    securitySeverity: 2.0,
    precision: 'high',
    help: 'A secret that is not defined in the repository, its environments or the organisation expands to an empty string at run time, silently: the SMTP login or AWS call then fails with an authentication error far from the cause, or a step falls back to other credentials. It is usually a typo (`SES_SMTP_PASSWROD`) or a secret removed while still in use. Only checked with `list-secrets: true`, which needs a token that may read secret metadata.',
    tags: ['correctness', 'github-actions'],
  },
  check: (model) => {
    const defined = model.repository.definedSecrets;
    if (!defined) return [];
    // GitHub stores secret names in upper case and matches them case-insensitively.
    const names = new Set(defined.map((secret) => secret.name.toUpperCase()));
    // A name used in many places is looked up once: each look-up measures it against every defined secret.
    const closest = remembering((name: string) => nearest(name, names, 2));
    return model.references
      .filter(
        (reference) =>
          reference.source.type === 'secret' &&
          !names.has(reference.source.name.toUpperCase()) &&
          !providedByGitHub.has(reference.source.name.toUpperCase()),
      )
      .map((reference) => {
        const name = reference.source.type === 'secret' ? reference.source.name : '';
        // A swapped pair of letters is two edits; more than that is rarely the name that was meant.
        const close = closest(name.toUpperCase());
        return atReference(
          reference,
          `Secret \`${name}\` is defined in neither the repository, its environments nor the organisation, so it expands to an empty string at run time${close ? `; did you mean \`${close}\`?` : '.'}`,
        );
      });
  },
};
