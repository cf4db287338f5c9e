import { scrubCredentials } from './values.js';

/**
 * The text of an error for any output: libraries quote their input in messages (a JSON parser shows
 * the start of a file, an HTTP client a response), so anything credential-shaped is redacted.
 */
export function errorText(error: unknown): string {
  // Not `instanceof Error`: an error from another realm (a worker thread, a VM context) is not an instance of this one's.
  const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
  return scrubCredentials(String(message));
}
