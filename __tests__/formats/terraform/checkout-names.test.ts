import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadHcl } from '../../../src/formats/terraform/hcl.js';
import { placesOf } from '../../helpers/scan.js';

beforeAll(loadHcl);

/** A module whose output exposes an access key's secret through a local and a variable. */
function moduleAt(folder: string): Record<string, string> {
  return {
    [`${folder}/main.tf`]:
      'resource "aws_iam_user" "smtp" {\n  name = var.user\n}\n' +
      'resource "aws_iam_access_key" "smtp" {\n  user = aws_iam_user.smtp.name\n}\n' +
      'locals {\n  credentials = { secret = aws_iam_access_key.smtp.secret }\n}\n',
    [`${folder}/outputs.tf`]: 'output "secret" {\n  value = local.credentials.secret\n}\n',
    'main.tf': `module "mail" {\n  source = "./${folder}"\n  user   = "mailer"\n}\noutput "mail_secret" {\n  value = module.mail.secret\n}\n`,
  };
}

describe('names from the checkout are never cut by a separator', () => {
  it.each(['mn', 'm|n', 'm::n', 'm.n', 'm n', '[m|n]'])(
    'a module folder named %s exposes what the same module exposes elsewhere',
    (folder) => {
      expect(placesOf('credential-exposed-in-output', moduleAt(folder)).sort()).toEqual(
        ['main.tf:6:3', `${folder}/outputs.tf:2:3`].sort(),
      );
    },
  );
});
