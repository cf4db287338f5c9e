import { rules } from '../../rules/index.js';

const helpById = new Map(rules.map((rule) => [rule.meta.id, rule.meta.help]));

/** Verbs a rule's help starts its advice with; a sentence that opens with one says what to do. */
const imperative =
  /^(?:Use|Store|Pass|Create|Delete|Deactivate|Derive|Limit|Write|Keep|Remove|Replace|Move|Rotate|Give|Set|Mark|Add|Rename|Name|Define|Assume|Split|Scope|Grant|Drop)\b/;

/**
 * What to do about a rule's finding, in one sentence: the last sentence of the rule's help that starts with
 * an instruction (the help says why it matters first, then the fix). Undefined when the help gives none
 * (its page then says more).
 */
export function fixHint(ruleId: string): string | undefined {
  const help = helpById.get(ruleId) ?? '';
  // A sentence ends at . ! or ? after a word and before a capital or code; "e.g. " and "s3.amazonaws" do not.
  const sentences = help.split(/(?<=[a-z0-9)`'"][.!?])\s+(?=[A-Z`(])/);
  return sentences.findLast((sentence) => imperative.test(sentence))?.trim();
}
