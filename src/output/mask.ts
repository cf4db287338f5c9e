import * as core from '@actions/core';
import { rememberSecret } from '../credentials/redact.js';

/**
 * Masks a secret in the runner's log and remembers it, so the files the action writes (SARIF, JSON,
 * summary), which the runner does not mask, are scrubbed of it too.
 */
export function maskSecret(value: string): void {
  if (value.trim() === '') return;
  core.setSecret(value);
  rememberSecret(value);
}
