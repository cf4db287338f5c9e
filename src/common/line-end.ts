/** Where the line holding `from` ends: its line break (`\n`), or the end of the text. */
export function lineEndAt(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}
