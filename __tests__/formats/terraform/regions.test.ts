import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../../src/formats/terraform/hcl.js';
import { placesOf, type Files } from '../../helpers/scan.js';

/**
 * Layers of module folders, each folder calling both folders of the layer below it: 2^layers call paths
 * from the top to the bottom. The region lookup answers each folder once, so this scans in linear time;
 * a lookup along every path would not finish within the test's time-out.
 */
beforeAll(loadHcl);

function moduleLattice(layers: number, topRegion: string, mailRegion: string): Files {
  const files: Files = {};
  for (let layer = 0; layer < layers; layer += 1)
    for (const side of ['a', 'b'])
      files[`m/${layer}${side}/main.tf`] = [
        ...(layer === 0 ? [`provider "aws" {\n  region = "${topRegion}"\n}\n`] : []),
        `module "a" {\n  source = "../${layer + 1}a"\n}\n`,
        `module "b" {\n  source = "../${layer + 1}b"\n}\n`,
      ].join('');
  for (const side of ['a', 'b'])
    files[`m/${layers}${side}/main.tf`] =
      `resource "kubernetes_secret" "smtp" {\n  data = {\n    host     = "email-smtp.${mailRegion}.amazonaws.com"\n    password = aws_iam_access_key.smtp.ses_smtp_password_v4\n  }\n}\n`;
  return files;
}

describe('the provider region of a module folder, through the folders that call it', () => {
  it('is found through a lattice of 40 module layers (2^40 call paths), once per folder', () => {
    expect(placesOf('smtp-region-mismatch', moduleLattice(40, 'us-east-1', 'eu-west-1'))).toEqual([
      'm/40a/main.tf:4:16',
      'm/40b/main.tf:4:16',
    ]);
  });

  it('draws nothing where the callers agree with the endpoint', () => {
    expect(placesOf('smtp-region-mismatch', moduleLattice(40, 'eu-west-1', 'eu-west-1'))).toEqual([]);
  });

  it('answers nothing for a cycle of module calls with no provider (no region, no finding, no hang)', () => {
    const secret = `resource "kubernetes_secret" "smtp" {\n  data = {\n    host     = "email-smtp.eu-west-1.amazonaws.com"\n    password = aws_iam_access_key.smtp.ses_smtp_password_v4\n  }\n}\n`;
    const files: Files = {
      'a/main.tf': `module "b" {\n  source = "../b"\n}\n${secret}`,
      'b/main.tf': `module "a" {\n  source = "../a"\n}\n`,
    };
    expect(placesOf('smtp-region-mismatch', files)).toEqual([]);
  });
});
