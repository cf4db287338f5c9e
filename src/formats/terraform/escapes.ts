/**
 * A template literal as Terraform reads it. A quoted template decodes `\n`, `\r`, `\t`, `\"`, `\\`,
 * `\uNNNN` and `\UNNNNNNNN`; a heredoc takes backslashes literally. Both turn `$${` into `${` and
 * `%%{` into `%{`. `rawOffset(i)` is where the decoded character `i` starts in the raw text
 * (`rawOffset(text.length)` is the raw length), so a match in the decoded text is placed in the source.
 */
export interface DecodedLiteral {
  text: string;
  rawOffset: (decodedOffset: number) => number;
}

const simpleEscapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** How many hex digits follow `\u` and `\U`. */
const unicodeEscapeLengths: Record<string, number> = { u: 4, U: 8 };

export function decodeTemplateLiteral(raw: string, heredoc: boolean): DecodedLiteral {
  // Most literals hold no escape: the raw text is the value.
  if (!/[\\$%]/.test(raw)) return { text: raw, rawOffset: (offset) => offset };
  let text = '';
  const offsets: number[] = [];
  const emit = (decoded: string, at: number) => {
    for (let unit = 0; unit < decoded.length; unit++) offsets.push(at);
    text += decoded;
  };
  let i = 0;
  while (i < raw.length) {
    const escape = heredoc ? undefined : backslashEscape(raw, i);
    if (escape) {
      emit(escape.decoded, i);
      i += escape.length;
    } else if ((raw.startsWith('$${', i) || raw.startsWith('%%{', i)) && raw[i + 1]) {
      emit(raw[i + 1] + '{', i);
      i += 3;
    } else {
      emit(raw[i] ?? '', i);
      i++;
    }
  }
  offsets.push(raw.length);
  return { text, rawOffset: (offset) => offsets[offset] ?? raw.length };
}

/** A backslash escape at `at`, or undefined where there is none (an unknown escape is kept as written). */
function backslashEscape(raw: string, at: number): { decoded: string; length: number } | undefined {
  if (raw[at] !== '\\') return undefined;
  const letter = raw[at + 1] ?? '';
  const simple = simpleEscapes[letter];
  if (simple !== undefined) return { decoded: simple, length: 2 };
  const digits = unicodeEscapeLengths[letter];
  if (digits === undefined) return undefined;
  const hex = raw.slice(at + 2, at + 2 + digits);
  if (hex.length !== digits || !/^[0-9A-Fa-f]+$/.test(hex)) return undefined;
  const codePoint = Number.parseInt(hex, 16);
  if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return undefined;
  return { decoded: String.fromCodePoint(codePoint), length: 2 + digits };
}
