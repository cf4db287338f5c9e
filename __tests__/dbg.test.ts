import { it } from '@jest/globals';
import { loadHcl } from '../src/formats/terraform/hcl.js';
import { terraformAdapter } from '../src/formats/terraform.js';
import { joinModels } from '../src/model/scan-model.js';
import { adapterJoins } from '../src/formats/index.js';
import { classifyName } from '../src/credentials/names.js';
it('dbg', async () => {
  await loadHcl();
  const text = `resource "aws_lambda_function" "mailer" {\n  environment {\n    variables = {\n      SMTP_HOST     = "email-smtp.eu-west-1.amazonaws.com"\n      SMTP_PASSWORD = aws_iam_access_key.smtp.secret\n    }\n  }\n}\n`;
  const m = terraformAdapter.parse('mod/lambda.tf', text, { classifyName: (n) => classifyName(n) });
  console.log(JSON.stringify(m.uses), Object.keys(m.formatFacts ?? {}));
  const j = joinModels([m], adapterJoins);
  console.log(JSON.stringify(j.uses), JSON.stringify(j.references));
});
