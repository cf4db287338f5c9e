import { describe, expect, it } from '@jest/globals';
import { writeEach } from '../../src/output/channels.js';

describe('writeEach', () => {
  it('writes every channel, reports each failure, and scrubs its message', async () => {
    const written: string[] = [];
    const failures = await writeEach([
      {
        name: 'job summary',
        write: () => {
          throw new Error(`EACCES for ghp_${'x1Y2'.repeat(9)}`);
        },
      },
      { name: 'SARIF file', write: () => void written.push('sarif') },
      { name: 'step outputs', write: async () => void written.push('outputs') },
    ]);
    expect(written).toEqual(['sarif', 'outputs']);
    expect(failures).toEqual(['could not write the job summary: EACCES for ghp_…']);
  });
});
