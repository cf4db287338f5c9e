import { singleUserName } from '../../credentials/iam.js';
import type { StatementTarget } from '../../model/iam.js';
import type { ResourceResolver } from '../shared/iam-policy.js';
import { scalarText } from '../shared/yaml.js';
import { intrinsicOf, subString } from './intrinsics.js';

/** What a template knows to resolve a policy resource: resource types and keys by logical id, users by name. */
export interface TemplateResources {
  typeOf(logicalId: string): string | undefined;
  keyOf(logicalId: string): string;
  usersNamed(name: string): string[];
}

function arnTarget(label: string, resources: TemplateResources): StatementTarget {
  const user = singleUserName(label);
  return { label, userKeys: user ? resources.usersNamed(user) : [], singleUser: user !== undefined };
}

/**
 * `!GetAtt User.Arn` (or `!Ref User`) names that user of the template; an ARN written out or in a `!Sub`
 * names one user when no wildcard follows `user/`; anything else names no user the scan knows.
 */
export function templateResourceResolver(resources: TemplateResources): ResourceResolver {
  return (node) => {
    const intrinsic = intrinsicOf(node);
    if (intrinsic) {
      const isUser = resources.typeOf(intrinsic.target) === 'AWS::IAM::User';
      const label = intrinsic.attribute
        ? `!GetAtt ${intrinsic.target}.${intrinsic.attribute}`
        : `!Ref ${intrinsic.target}`;
      return { label, userKeys: isUser ? [resources.keyOf(intrinsic.target)] : [], singleUser: isUser };
    }
    const text = scalarText(subString(node) ?? node);
    return text === undefined ? { label: '<expression>', userKeys: [], singleUser: false } : arnTarget(text, resources);
  };
}
