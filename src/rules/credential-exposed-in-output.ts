import { kindLabels } from '../model/kinds.js';
import type { Rule } from './types.js';
import { exposureFix } from './fixes/terraform.js';
import { HclStructures } from './fixes/hcl.js';
import { FixTexts } from './fixes/text.js';

const channels = {
  'terraform-output':
    'a Terraform output without `sensitive = true`, so it is printed by `terraform apply` and `terraform output` and stored readable in plans',
  'cloudformation-output': 'a CloudFormation output, which anyone allowed `cloudformation:DescribeStacks` can read',
  'cloudformation-custom-resource':
    'a custom resource with `NoEcho` off, so every `!GetAtt` of it shows the value in plain text (stack events, the console, the properties of the resources given it)',
  'ssm-parameter':
    'an SSM parameter of type `String`, stored unencrypted and readable by anyone allowed `ssm:GetParameter`',
};

export const credentialExposedInOutput: Rule = {
  meta: {
    id: 'credential-exposed-in-output',
    title: 'Secret key or SMTP password exposed by IaC',
    defaultSeverity: 'warning',
    securitySeverity: 7.5,
    precision: 'high',
    help: 'A secret access key or SMTP password that IaC creates must go straight to a secret store. As a Terraform output without `sensitive = true` (or wrapped in `nonsensitive()`) it is printed in CI logs and kept in plan files; as a CloudFormation output anyone who can describe the stack reads it, and a custom resource with `NoEcho: false` shows it wherever `!GetAtt` reads it (both are errors); as an SSM `String` parameter it is stored unencrypted. Write it to Secrets Manager or an SSM `SecureString`, mark Terraform outputs `sensitive = true`, remove CloudFormation outputs of secrets and leave `NoEcho` on for custom resources.',
    tags: ['security', 'aws', 'iac', 'secret'],
  },
  check: (model, context) => {
    const texts = new FixTexts(context.texts);
    const structures = new HclStructures();
    return model.iam.exposures.map((exposure) => ({
      file: exposure.file,
      span: exposure.span,
      message: `The ${kindLabels[exposure.kind]} in ${exposure.what} is exposed through ${channels[exposure.channel]}${exposure.nonsensitive ? '; `nonsensitive()` removes the protection on purpose' : ''}.`,
      key: `${exposure.channel}|${exposure.what}`,
      ...(exposure.channel === 'cloudformation-output' || exposure.channel === 'cloudformation-custom-resource'
        ? { severity: 'error' as const }
        : {}),
      fix: exposureFix(texts, structures, exposure),
    }));
  },
};
