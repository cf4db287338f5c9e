import { expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { toolVersion } from '../../src/common/version.js';

it('reports the version in package.json', () => {
  expect(toolVersion).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});
