import { scrubCredentials } from './credentials/values.js';

/**
 * The text of an error for any output: libraries quote their input in messages (a JSON parser shows
 * the start of a file, an HTTP client a response), so anything credential-shaped is redacted.
 */
export function errorText(error: unknown): string {
  return scrubCredentials(error instanceof Error ? error.message : String(error));
}
