import { describe, expect, it } from '@jest/globals';
import { locate, placesOf, scanFiles } from '../helpers/scan.js';

const rule = 'credential-as-workflow-input';

const dispatch = (inputs: string, steps: string, trigger = 'workflow_dispatch') =>
  `name: deploy\non:\n  ${trigger}:\n    inputs:\n${inputs}jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

describe(rule, () => {
  it('fires on workflow_dispatch inputs named as an access key, at their names', () => {
    const text = dispatch(
      `      aws-access-key-id:
        type: string
      aws-secret-access-key:
        type: string
      launcher-url:
        type: string
`,
      `      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ inputs.aws-access-key-id }}
          aws-secret-access-key: \${{ github.event.inputs.aws-secret-access-key }}
          aws-region: eu-west-1
`,
    );
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:5:7', '.github/workflows/ci.yml:7:7']);
    const [finding] = scanFiles(text).findings.filter((f) => f.ruleId === rule);
    expect(finding?.severity).toBe('error');
  });

  it('fires on a workflow_call input that takes an SMTP password', () => {
    const text = dispatch(
      `      SES_SMTP_PASSWORD:
        type: string
`,
      `      - run: ./mail.sh\n`,
      'workflow_call',
    );
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:5:7']);
  });

  it('fires where an input of an innocent name fills a credential slot', () => {
    const text = dispatch(
      `      key:
        type: string
      token:
        type: string
`,
      `      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ inputs.key }}
      - run: ./mail.sh
        env:
          SMTP_PASSWORD: \${{ github.event.inputs.token }}
`,
    );
    expect(placesOf(rule, text)).toEqual([locate(text, 'inputs.key'), locate(text, 'github.event.inputs.token')]);
    expect(placesOf(rule, text)).toEqual(['.github/workflows/ci.yml:16:38', '.github/workflows/ci.yml:19:30']);
  });

  it('stays quiet on inputs that are not credentials, on secrets, and in scripts', () => {
    const text = dispatch(
      `      aws-region:
        type: string
      smtp-host:
        type: string
      aws-secret-name:
        type: string
`,
      `      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: \${{ inputs.aws-region }}
      - run: echo "\${{ inputs.smtp-host }}" "\${{ inputs.aws-secret-name }}"
`,
    );
    expect(placesOf(rule, text)).toEqual([]);
  });

  it('stays quiet on a composite action passing its own inputs: they come from the caller, not an event', () => {
    const action = `name: deploy
inputs:
  aws-access-key-id:
    required: true
  aws-secret-access-key:
    required: true
runs:
  using: composite
  steps:
    - uses: aws-actions/configure-aws-credentials@v4
      with:
        aws-access-key-id: \${{ inputs.aws-access-key-id }}
        aws-secret-access-key: \${{ inputs.aws-secret-access-key }}
        aws-region: us-east-1
`;
    expect(placesOf(rule, { '.github/actions/deploy/action.yml': action })).toEqual([]);
  });
});
