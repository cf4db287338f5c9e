const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file name as bytes, shown as text: UTF-8 as is, and each byte of a sequence that is not UTF-8 as
 * `\xNN`, so the name stays readable and tells which bytes are wrong.
 */
export function displayName(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    let out = '';
    let start = 0;
    let index = 0;
    while (index < bytes.length) {
      const length = sequenceLength(bytes, index);
      if (length > 0) {
        index += length;
        continue;
      }
      out += utf8.decode(bytes.subarray(start, index)) + `\\x${(bytes[index] ?? 0).toString(16).padStart(2, '0')}`;
      index += 1;
      start = index;
    }
    return out + utf8.decode(bytes.subarray(start));
  }
}

/** The length of the well-formed UTF-8 sequence at `index`, or 0 when there is none. */
function sequenceLength(bytes: Buffer, index: number): number {
  const first = bytes[index] ?? 0;
  if (first < 0x80) return 1;
  const length =
    first >= 0xc2 && first <= 0xdf ? 2 : first >= 0xe0 && first <= 0xef ? 3 : first >= 0xf0 && first <= 0xf4 ? 4 : 0;
  if (length === 0 || index + length > bytes.length) return 0;
  try {
    utf8.decode(bytes.subarray(index, index + length));
    return length;
  } catch {
    return 0;
  }
}
