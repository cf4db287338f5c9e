import { NestingCounter } from '../shared/limits.js';
import { findLiterals, type LiteralHit, type SecretKeyName } from './literals.js';

/** What one pass over a file's text finds before any parser runs. */
export interface TextPass {
  /** The nesting depth for the prefilter; past `depthLimit` it stops growing. */
  depth: number;
  /** The credential-shaped literals for the text layer. */
  literals: LiteralHit[];
}

/**
 * The text layer's search and the nesting prefilter in one pass over the text: each character is read once,
 * and a base64 run (which cannot change the nesting after its first character) is skipped by both.
 */
export function readTextOnce(text: string, depthLimit: number, isSecretKeyName: SecretKeyName): TextPass {
  const nesting = new NestingCounter(depthLimit);
  const literals = findLiterals(text, isSecretKeyName, {}, (code, at) => nesting.step(text, at, code));
  return { depth: nesting.deepest, literals };
}
