import { beforeAll, describe, expect, it } from '@jest/globals';
import { defaultConfig } from '../../../src/config/config.js';
import { classifyName } from '../../../src/credentials/names.js';
import { adapterJoins } from '../../../src/formats/index.js';
import { loadHcl } from '../../../src/formats/terraform/hcl.js';
import { joinModels, type FileModel } from '../../../src/model/scan-model.js';
import { parseText } from '../../../src/scan/parse-files.js';
import { fake } from '../../helpers/scan.js';

beforeAll(loadHcl);

describe('reference ids', () => {
  it('stay unique when the text layer and a format join both add references to one file', () => {
    const text = [
      `# rotated away: ${fake.accessKeyId()}`,
      'resource "aws_iam_user" "mail" { name = "ses-smtp" }',
      'resource "aws_iam_access_key" "mail" { user = aws_iam_user.mail.name }',
      'locals { password = aws_iam_access_key.mail.ses_smtp_password_v4 }',
      'output "password" { value = local.password }',
      '',
    ].join('\n');
    const parsed = parseText('main.tf', text, defaultConfig());
    const model = joinModels([parsed.model as FileModel], adapterJoins, { classifyName: (name) => classifyName(name) });
    const ids = model.references.map((reference) => reference.id);
    expect(ids.some((id) => id.includes('#t'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(model.referenceById.size).toBe(ids.length);
  });
});
