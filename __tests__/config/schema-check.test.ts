import { describe, expect, it } from '@jest/globals';
import { checkSchema } from '../../src/config/schema-check.js';

describe('schema check', () => {
  const schema = {
    type: 'object',
    additionalProperties: false,
    properties: {
      list: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'object', required: ['path'] }] } },
      depth: { type: 'integer', minimum: 1 },
    },
  };

  it('accepts a conforming value', () => {
    expect(checkSchema(schema, { list: ['a', { path: 'b' }], depth: 2 })).toEqual([]);
  });

  it('reports each error with its JSON pointer', () => {
    const errors = checkSchema(schema, { list: [3], depth: 0.5, 'a/b': 1 });
    expect(errors.map((error) => [error.keyword, error.instancePath])).toEqual([
      ['type', '/list/0'],
      ['type', '/list/0'],
      ['anyOf', '/list/0'],
      ['type', '/depth'],
      ['additionalProperties', ''],
    ]);
    expect(errors.at(-1)?.params).toEqual({ additionalProperty: 'a/b' });
  });
});
