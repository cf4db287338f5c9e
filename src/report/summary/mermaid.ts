import { channelLabels, kindLabels } from '../../model/kinds.js';
import type { Finding } from '../../model/findings.js';
import type { InventoryEntry } from '../../model/results.js';
import { rules } from '../../rules/index.js';

const wrongKindRules = new Set(rules.filter((rule) => rule.meta.wrongKind).map((rule) => rule.meta.id));

const danger = 'stroke:#d1242f,stroke-width:3px';

/**
 * Text for a quoted Mermaid label: anything but plain letters, digits and a little punctuation becomes an
 * entity code, so a file or step name can neither end the label nor inject markup.
 */
export function mermaidText(text: string): string {
  return text.replace(/[^A-Za-z0-9 _.,:/@=+-]/g, (ch) => `#${ch.codePointAt(0)};`);
}

interface Edge {
  from: string;
  to: string;
  red: boolean;
}

export interface FlowDiagram {
  lines: string[];
  /** Edges left out by the cap. */
  omitted: number;
}

/**
 * A left-to-right flow: secrets → the steps, jobs or resources that use them → the channel (SES API,
 * SES SMTP, console, …). Edges of root credentials, and of credentials a wrong-kind rule fired on in
 * that file, are red.
 */
export function flowDiagram(
  inventory: readonly InventoryEntry[],
  findings: readonly Finding[],
  maxEdges: number,
): FlowDiagram {
  const nodes = new Map<string, string>();
  const nodeId = (key: string, declaration: (id: string) => string): string => {
    const known = nodes.get(key);
    if (known) return known;
    const id = `n${nodes.size}`;
    nodes.set(key, id);
    declarations.push(declaration(id));
    return id;
  };
  const declarations: string[] = [];
  const edges = new Map<string, Edge>();
  const addEdge = (from: string, to: string, red: boolean): void => {
    const key = `${from}>${to}`;
    const known = edges.get(key);
    if (known) known.red ||= red;
    else edges.set(key, { from, to, red });
  };
  let omitted = 0;
  // Built once: one look-up an edge, not a pass over every finding.
  const wrongKindAt = new Set(
    findings
      .filter((finding) => wrongKindRules.has(finding.ruleId) && finding.credential)
      .map((finding) => `${finding.credential?.name}|${finding.file}`),
  );
  for (const entry of inventory) {
    for (const path of entry.paths) {
      if (edges.size >= maxEdges) {
        omitted++;
        continue;
      }
      const red = entry.root || wrongKindAt.has(`${entry.name}|${path.file}`);
      const kind = entry.kind ? kindLabels[entry.kind] : 'not a credential name';
      const secret = nodeId(
        `secret:${entry.name}`,
        (id) => `  ${id}["${mermaidText(entry.name)}<br/>${mermaidText(kind + (entry.root ? ', root user' : ''))}"]`,
      );
      const via = nodeId(
        `via:${path.file}|${path.via}`,
        (id) => `  ${id}["${mermaidText(path.via === path.file ? path.file : `${path.file}: ${path.via}`)}"]`,
      );
      const channel = nodeId(
        `channel:${path.channel}`,
        (id) => `  ${id}(["${mermaidText(channelLabels[path.channel])}"])`,
      );
      addEdge(secret, via, red);
      addEdge(via, channel, red);
    }
  }
  if (edges.size === 0) return { lines: [], omitted };
  const edgeList = [...edges.values()];
  const red = edgeList.flatMap((edge, index) => (edge.red ? [index] : []));
  return {
    lines: [
      '```mermaid',
      'flowchart LR',
      ...declarations,
      ...edgeList.map((edge) => `  ${edge.from} --> ${edge.to}`),
      ...(red.length > 0 ? [`  linkStyle ${red.join(',')} ${danger}`] : []),
      '```',
    ],
    omitted,
  };
}
