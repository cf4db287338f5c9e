import type { IamStatement } from '../model/iam.js';

/** Action patterns of AWS managed policies that matter here, by policy name. */
const managedPolicyActions: Record<string, string[]> = {
  AdministratorAccess: ['*'],
  PowerUserAccess: ['*'],
  IAMFullAccess: ['iam:*'],
  AmazonSESFullAccess: ['ses:*'],
  AmazonSESReadOnlyAccess: ['ses:Get*', 'ses:List*', 'ses:Describe*'],
};

/** The statements an AWS managed policy stands for, when it is one we know. */
export function managedPolicyStatement(
  arn: string,
): Pick<IamStatement, 'effect' | 'actions' | 'notAction' | 'resources'> | undefined {
  const name = /:policy\/(?:service-role\/)?([A-Za-z0-9+=,.@_-]+)$/.exec(arn)?.[1] ?? arn;
  const actions = managedPolicyActions[name];
  return actions ? { effect: 'Allow', actions, notAction: name === 'PowerUserAccess', resources: ['*'] } : undefined;
}
