/** A reader of rendered Markdown, just far enough to find what is live in text from the checkout. */

/** Characters GitHub reads as the start of a link, an image, HTML, emphasis, a mention, a code span or a cell break. */
const structural = /[[\]!<>|*_`~#@\n\r]/;
/**
 * Reads rendered cell text as GitHub's parser would, just far enough to find what is live: code spans
 * (a run of backticks closed by the next run of the same length) are inert; outside them, a backslash
 * makes the next character literal. Returns the live structural characters left outside code spans,
 * with the autolink triggers (`://`, `www.`) GitHub adds.
 */
export function liveStructure(rendered: string): string[] {
  const live: string[] = [];
  let index = 0;
  while (index < rendered.length) {
    const ch = rendered[index] ?? '';
    if (ch === '\\') {
      index += 2;
      continue;
    }
    if (ch === '`') {
      let end = index;
      while (rendered[end] === '`') end++;
      const fence = rendered.slice(index, end);
      let closer = rendered.indexOf(fence, end);
      while (closer !== -1 && (rendered[closer + fence.length] === '`' || rendered[closer - 1] === '`'))
        closer = rendered.indexOf(fence, closer + 1);
      if (closer === -1) {
        live.push(fence);
        index = end;
        continue;
      }
      // Inside the span only an unescaped pipe is live: GitHub splits table cells before it reads code.
      const inner = rendered.slice(end, closer);
      if (/(^|[^\\])\|/.test(inner)) live.push('| in code');
      if (/[\n\r]/.test(inner)) live.push('line break in code');
      index = closer + fence.length;
      continue;
    }
    if (structural.test(ch)) live.push(ch);
    if (ch === ':' && rendered.startsWith('//', index + 1)) live.push('://');
    if (/^www\./i.test(rendered.slice(index, index + 4))) live.push('www.');
    if (ch === '&' && !/^&(?:amp|lt|gt);/.test(rendered.slice(index, index + 5))) live.push('&');
    index++;
  }
  return live;
}

/**
 * The live structure in every table cell of a summary that holds `marker`, once the links the action
 * builds itself (a location in `<code>`, linked to the file at the commit) are taken apart: what is left
 * must be inert text and code.
 */
export function liveInCells(summary: string, marker: string): Array<{ cell: string; live: string[] }> {
  const found: Array<{ cell: string; live: string[] }> = [];
  for (const line of summary.split('\n')) {
    if (!line.startsWith('|')) continue;
    for (const cell of line.split(/(?<!\\)\|/)) {
      if (!cell.includes(marker)) continue;
      const own = cell.replace(/\[<code>([^]*?)<\/code>\]\(https:\/\/github\.com\/[^()\s]*\)/g, '$1');
      found.push({ cell, live: liveStructure(own.replace(/<\/?code>/g, '').replace(/^ ⤷ /, '')) });
    }
  }
  return found;
}
