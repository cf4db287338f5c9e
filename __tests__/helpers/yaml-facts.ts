import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/**
 * Everything the scan can read of a parsed stream, one line per node in document order: node class,
 * range, tag, anchor, flow flag, value and its type, scalar style, source, number format; per document
 * its range, errors, warnings and markers. (Comments are not compared: the fast reader attaches none.)
 */
export function facts(documents: readonly Document.Parsed[]): string[] {
  const lines = [`documents ${documents.length}`];
  documents.forEach((document, index) => {
    const warnings = document.warnings.map((warning) => [warning.code, warning.message, warning.pos]);
    lines.push(
      `document ${index} ${JSON.stringify(document.range)} errors ${document.errors.length} start ${document.directives.docStart} end ${document.directives.docEnd} warnings ${JSON.stringify(warnings)}`,
    );
    const pending: Array<[unknown, string]> = [[document.contents, `${index}`]];
    while (pending.length > 0) {
      const [node, path] = pending.pop()!;
      if (isPair(node)) {
        lines.push(`${path} pair`);
        pending.push([node.value, `${path}.value`], [node.key, `${path}.key`]);
        continue;
      }
      if (isAlias(node)) {
        lines.push(`${path} Alias ${JSON.stringify(node.range)} ${node.source} ${node.anchor}`);
        continue;
      }
      if (!isScalar(node) && !isMap(node) && !isSeq(node)) {
        lines.push(`${path} ${String(node)}`);
        continue;
      }
      const common = [node.constructor.name, JSON.stringify(node.range), node.tag, node.anchor];
      if (isScalar(node)) {
        const value = Object.is(node.value, -0) ? '-0' : String(node.value);
        const { type, source, format, minFractionDigits } = node as typeof node & { source?: string };
        lines.push(
          `${path} ${common.join(' ')} ${typeof node.value} ${value} ${type} ${JSON.stringify(source)} ${format} ${minFractionDigits}`,
        );
        continue;
      }
      lines.push(`${path} ${common.join(' ')} flow ${node.flow} items ${node.items.length}`);
      for (let item = node.items.length - 1; item >= 0; item--) pending.push([node.items[item], `${path}[${item}]`]);
    }
  });
  return lines;
}
