import { describe, expect, it } from '@jest/globals';
import { printableLine, stripControl } from '../../src/common/control.js';

describe('stripControl', () => {
  it.each([
    ['an ESC sequence', 'a\u001b]0;title\u0007b', 'a?]0;title?b'],
    ['a carriage return over the line', 'safe\rEVIL', 'safe?EVIL'],
    ['a newline that would start a line', 'a\n::error::x', 'a ::error::x'],
    ['a C1 control', 'a\u009bb', 'a?b'],
    ['right-to-left override', 'main\u202eft.yml', 'main?ft.yml'],
    ['isolates', '\u2066a\u2067b\u2068c\u2069', '?a?b?c?'],
    ['marks and the Arabic letter mark', '\u200ea\u200fb\u061c', '?a?b?'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a?b?c'],
  ])('replaces %s', (_what, text, printed) => {
    expect(stripControl(text)).toBe(printed);
  });

  it('keeps tabs and ordinary text, accents and emoji included', () => {
    expect(stripControl('infra/\tmain.tf café 📧')).toBe('infra/\tmain.tf café 📧');
  });
});

describe('printableLine', () => {
  it('keeps its own line end and replaces the rest', () => {
    expect(printableLine('a\u202eb\r\n')).toBe('a?b\r\n');
    expect(printableLine('a\rb\n')).toBe('a?b\n');
    expect(printableLine('tail')).toBe('tail');
  });
});
