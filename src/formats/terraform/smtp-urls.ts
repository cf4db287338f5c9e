import { findOtherSmtpProvider, findSesSmtpHosts } from '../../credentials/endpoints.js';
import type { Block } from './blocks.js';
import { firstChild, namedChildren, type Node } from './hcl.js';
import type { Container, Entry } from './slots.js';

/** An interpolation's place in a template's text, as a mark no template literal holds. */
const mark = (index: number) => `\u0000${index}\u0001`;
const userInfo = /smtps?:\/\/\u0000(\d+)\u0001:\u0000(\d+)\u0001@([^\s/"]*)/gi;
const sesHostAnyForm = /^\[?email-smtp(?:-fips)?\.(?:[a-z0-9-]+|\$\{[^}]{1,200}\})\.amazonaws\.com/i;

/**
 * The user-info of `smtp://${user}:${password}@host` templates in a block: a URL's consumer schema says
 * which is the user name and which the password; its host says whose SMTP it is (SES in any form, another
 * provider's, or one the file does not name).
 */
export function smtpUrlSlots(block: Block): Container[] {
  const found: Container[] = [];
  const stack = [block.node];
  for (let node = stack.pop(); node; node = stack.pop()) {
    let interpolated = false;
    const children = node.namedChildren;
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      if (child.type === 'template_interpolation') interpolated = true;
      // A leaf has no parts to look at: it is not pushed, to be popped for nothing.
      if (child.namedChildren.length > 0) stack.push(child);
    }
    // Only a template with an interpolation can hold `${user}:${password}`: no list is made for the rest.
    if (interpolated)
      found.push(
        ...urlsIn(
          namedChildren(node).filter(
            (child) => child.type === 'template_literal' || child.type === 'template_interpolation',
          ),
        ),
      );
  }
  return found;
}

function urlsIn(parts: readonly Node[]): Container[] {
  const expressions: Node[] = [];
  let text = '';
  for (const part of parts) {
    if (part.type === 'template_literal') {
      text += part.text;
      continue;
    }
    const expression = firstChild(part, 'expression');
    if (!expression) continue;
    text += mark(expressions.length);
    expressions.push(expression);
  }
  if (!/smtps?:\/\//i.test(text)) return [];
  return [...text.matchAll(userInfo)].flatMap((match) => {
    const user = expressions[Number(match[1])];
    const password = expressions[Number(match[2])];
    if (!user || !password) return [];
    const host = (match[3] ?? '').replace(
      /\u0000(\d+)\u0001/g,
      (_, index: string) => `\${${expressions[Number(index)]?.text ?? ''}}`,
    );
    const ses = findSesSmtpHosts(host).length > 0 || sesHostAnyForm.test(host);
    const entries: Entry[] = [
      { name: 'smtp_username', expression: user },
      { name: 'smtp_password', expression: password },
    ];
    return [{ entries, holder: 'smtp_url', context: ses ? 'ses' : findOtherSmtpProvider(host) ? 'other' : undefined }];
  });
}
