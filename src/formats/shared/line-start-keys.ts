/**
 * Finds `key:` at the start of a line of raw bytes for any of a few keys that share a two-byte anchor,
 * in one scan for the anchor instead of one scan per key: a needle that starts with a line break is
 * slow to search for in text with many lines, and this runs over every YAML and JSON candidate.
 */
export function lineStartKeyFinder(keys: readonly string[], anchor: string): (bytes: Buffer) => boolean {
  const anchorBytes = Buffer.from(anchor, 'latin1');
  const shapes = keys.map((key) => {
    const at = key.indexOf(anchor);
    if (at < 0 || key.indexOf(anchor, at + 1) >= 0) throw new Error(`"${key}" must hold "${anchor}" exactly once`);
    return { key: Buffer.from(`${key}:`, 'latin1'), anchorAt: at };
  });
  return (bytes) => {
    for (let at = bytes.indexOf(anchorBytes); at >= 0; at = bytes.indexOf(anchorBytes, at + anchorBytes.length)) {
      for (const { key, anchorAt } of shapes) {
        const start = at - anchorAt;
        if (start < 0 || (start > 0 && bytes[start - 1] !== 0x0a)) continue;
        if (bytes.subarray(start, start + key.length).equals(key)) return true;
      }
    }
    return false;
  };
}
