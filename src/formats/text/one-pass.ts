import { isNodeMark, NestingCounter } from '../shared/limits.js';
import { findLiterals, type LiteralHit, type SecretKeyName } from './literals.js';

/** What one pass over a file's text finds before any parser runs. */
export interface TextPass {
  /** The nesting depth for the prefilter; past `depthLimit` it stops growing. */
  depth: number;
  /** The items `nodeEstimate` counts (none is inside a base64 run, which the pass skips). */
  nodes: number;
  /** The credential-shaped literals for the text layer. */
  literals: LiteralHit[];
}

/**
 * The text layer's search and the nesting and node prefilters in one pass over the text: each character is read once,
 * and a base64 run (which cannot change the nesting after its first character) is skipped by both.
 */
export function readTextOnce(text: string, depthLimit: number, isSecretKeyName: SecretKeyName): TextPass {
  const nesting = new NestingCounter(depthLimit);
  let nodes = 0;
  const literals = findLiterals(text, isSecretKeyName, {}, (code, at) => {
    nesting.step(text, at, code);
    if (isNodeMark(text, at, code)) nodes++;
  });
  return { depth: nesting.deepest, nodes, literals };
}
