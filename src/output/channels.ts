import { errorText } from '../credentials/error-text.js';

/** One output of the run (summary, SARIF, JSON, baseline, step outputs). */
export interface Channel {
  name: string;
  write: () => void | Promise<void>;
}

/**
 * Writes every channel even when one fails, so an unwritable summary cannot keep SARIF from an
 * `upload-sarif` step that runs `if: always()`. Returns one message per failed channel.
 */
export async function writeEach(channels: readonly Channel[]): Promise<string[]> {
  const failures: string[] = [];
  for (const channel of channels) {
    try {
      await channel.write();
    } catch (error) {
      failures.push(`could not write the ${channel.name}: ${errorText(error)}`);
    }
  }
  return failures;
}
