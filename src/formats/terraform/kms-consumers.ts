/** How an output refers to a KMS ciphertext. */
const reference = 'aws_kms_ciphertext.';

/** `\w`: what `\b` tells from the rest. */
function isWord(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** A character a kept name can hold: `\w` or `-`. */
function isNameChar(code: number): boolean {
  return isWord(code) || code === 45;
}

interface NameNode {
  children: Map<number, NameNode>;
  /** The name ending here, when one of the names does. */
  name?: string;
}

/**
 * Which output names each KMS ciphertext: each name (already kept to `[\w-]`) → the index of the first text
 * that `\baws_kms_ciphertext\.NAME\b` finds, for those some text does; one pass over the texts for all the
 * names. That expression, made for each `aws_kms_ciphertext` block and tried on every output, was quadratic
 * in a module of many of both (8 000 of each over four files: 3.3 s).
 */
export function firstReferringTexts(names: Iterable<string>, texts: readonly string[]): Map<string, number> {
  const root: NameNode = { children: new Map() };
  for (const name of names) {
    let node = root;
    for (let at = 0; at < name.length; at++) {
      const code = name.charCodeAt(at);
      let child = node.children.get(code);
      if (!child) node.children.set(code, (child = { children: new Map() }));
      node = child;
    }
    node.name = name;
  }
  const found = new Map<string, number>();
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]!;
    for (let at = text.indexOf(reference); at >= 0; at = text.indexOf(reference, at + 1)) {
      if (at > 0 && isWord(text.charCodeAt(at - 1))) continue;
      // Along the names that the characters after the reference spell: a name is referred to where a word ends
      // after it (`\b`). The walk stays inside the run of name characters after this reference, and the
      // runs after two references do not overlap: linear in the text.
      const start = at + reference.length;
      let node: NameNode | undefined = root;
      for (let position = start; node; position++) {
        const next = position < text.length ? text.charCodeAt(position) : -1;
        if (node.name !== undefined && !found.has(node.name)) {
          const lastIsWord = position > start && isWord(text.charCodeAt(position - 1));
          if (lastIsWord !== (next >= 0 && isWord(next))) found.set(node.name, index);
        }
        node = next >= 0 && isNameChar(next) ? node.children.get(next) : undefined;
      }
    }
  }
  return found;
}
