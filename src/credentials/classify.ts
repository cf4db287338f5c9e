import type { Classification, CredentialReference, NameClassifier } from '../model/references.js';
import { classifyValue } from './values.js';

/** What the value itself is: from the secret's name, or from a literal's shape. */
export function classifySupplied(
  reference: CredentialReference,
  classifyName: NameClassifier,
): Classification | undefined {
  const { source } = reference;
  if (source.type === 'secret' || source.type === 'variable' || source.type === 'input') {
    const byName = classifyName(source.name);
    return byName;
  }
  if (source.type === 'attribute') return { kind: source.kind, root: false };
  if (source.type === 'literal') {
    const shape = classifyValue(source.value);
    if (!shape) return undefined;
    // A key ID alone never reveals root; the name of the slot it fills can.
    const sinkRoot = classifyName(reference.sink.name)?.root === true;
    return { kind: shape.kind, root: sinkRoot };
  }
  return undefined;
}

/** Fills `supplied` and drops literals that are neither credential-shaped nor in a credential slot. */
export function classifyReferences(
  references: CredentialReference[],
  classifyName: NameClassifier,
): CredentialReference[] {
  const kept: CredentialReference[] = [];
  for (const reference of references) {
    const supplied = classifySupplied(reference, classifyName);
    if (reference.source.type === 'literal' && !supplied && !reference.sink.expects) continue;
    kept.push(supplied ? { ...reference, supplied } : reference);
  }
  return kept;
}
