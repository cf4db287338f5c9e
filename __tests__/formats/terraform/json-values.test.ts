import { beforeAll, describe, expect, it } from '@jest/globals';
import { classifyName } from '../../../src/credentials/names.js';
import { terraformAdapter } from '../../../src/formats/terraform.js';
import { loadHcl } from '../../../src/formats/terraform/hcl.js';
import { decodeJsonString } from '../../../src/formats/terraform/json-values.js';
import { fake, locate } from '../../helpers/scan.js';

const parse = (file: string, text: string) =>
  terraformAdapter.parse(file, text, { classifyName: (name) => classifyName(name) });
const where = (model: ReturnType<typeof parse>) =>
  model.references.map((r) => `${r.file}:${r.span.startLine}:${r.span.startColumn} ${r.source.type} ${r.sink.name}`);

beforeAll(loadHcl);

describe('.tf.json read once, from the tree the join reads', () => {
  it('decodes JSON escapes and places each decoded character on the raw text', () => {
    const decoded = decodeJsonString('a\\u0041\\n\\"b\\/');
    expect(decoded.text).toBe('aA\n"b/');
    expect([0, 1, 2, 3, 4, 5, 6].map(decoded.rawOffset)).toEqual([0, 1, 7, 9, 11, 12, 14]);
  });

  it('names each string by its nearest key, in lists too, after escapes, and skips numbers, booleans and null', () => {
    const key = fake.accessKeyId();
    const secret = fake.secretKey('j');
    const text = `{\n  "resource": {"aws_lambda_function": {"f": {"environment": {"variables": {\n    "NOTE": "a\\u0041\\"", "AWS_ACCESS_KEY_ID": "${key}",\n    "AWS_SECRET_ACCESS_KEY": [3, true, null, "${secret}"]\n  }}}}}\n}\n`;
    const model = parse('lambda.tf.json', text);
    expect(where(model)).toEqual([
      `${locate(text, key, 1, 'lambda.tf.json')} literal AWS_ACCESS_KEY_ID`,
      `${locate(text, secret, 1, 'lambda.tf.json')} literal AWS_SECRET_ACCESS_KEY`,
    ]);
    expect(model.uses.map((use) => use.referenceIds.length)).toEqual([2]);
  });

  it('reads JSON the HCL grammar stops at (escaped quotes inside `${…}`) as keyed JSON, so its values still count', () => {
    const key = fake.accessKeyId();
    const text = `{"data": {"external": {"x": {"program": ["\${f(\\"~\\")}"]}}},\n "provider": {"aws": {"access_key": "${key}"}}}\n`;
    const model = parse('main.tf.json', text);
    expect(where(model)).toEqual([`${locate(text, key, 1, 'main.tf.json')} literal access_key`]);
  });
});
