/**
 * Drops control characters (C0 but tab, DEL, C1), so that no file name or message from the checkout
 * can drive a terminal (ESC sequences, a carriage return over a line) or start a line of its own.
 */
export function stripControl(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?').replace(/\n/g, ' ');
}

/** One line of checkout text as printed: control characters replaced, its own line end (`\n`, `\r\n`) kept. */
export function printableLine(line: string): string {
  const end = line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
  return `${stripControl(line.slice(0, line.length - end.length))}${end}`;
}
