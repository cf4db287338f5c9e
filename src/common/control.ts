/**
 * Replaces control characters (C0 but tab, DEL, C1), so that no file name or message from the checkout
 * can drive a terminal (ESC sequences, a carriage return over a line) or start a line of its own; and the
 * bidirectional controls and line separators, so that none can reorder what a reader sees of a line
 * (a file name that displays as another, "Trojan Source").
 */
export function stripControl(text: string): string {
  return replaceControls(text).replace(/\n/g, ' ');
}

/** `stripControl` for a text of several lines: its `\n` line breaks kept, every other control replaced. */
export function replaceControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, '?');
}

/** One line of checkout text as printed: control characters replaced, its own line end (`\n`, `\r\n`) kept. */
export function printableLine(line: string): string {
  const end = line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
  return `${stripControl(line.slice(0, line.length - end.length))}${end}`;
}
