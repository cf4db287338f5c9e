import { channelLabels, kindLabels, type Channel } from '../../model/kinds.js';
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
  /** Secrets that are not SES credentials (GITHUB_TOKEN, release tokens, SSH keys): listed apart, never drawn. */
  apart: string[];
}

/** A secret the diagram is about: a credential of a known kind, or the root user's. Others are listed apart. */
function drawn(entry: InventoryEntry): boolean {
  return entry.kind !== undefined || entry.root;
}

/** Node ids and declarations, each declared once, in the order first met; steps grouped by their file. */
class Nodes {
  private readonly ids = new Map<string, string>();
  /** Each secret's declaration and the file of its first use, so that it is drawn beside that file's box. */
  readonly secrets: Array<{ line: string; file: string }> = [];
  readonly channels: string[] = [];
  readonly files = new Map<string, string[]>();

  private id(key: string, prefix: string, declare: (id: string) => void): string {
    const known = this.ids.get(key);
    if (known) return known;
    const id = `${prefix}${this.ids.size}`;
    this.ids.set(key, id);
    declare(id);
    return id;
  }

  secret(entry: InventoryEntry, file: string): string {
    const kind = (entry.kind ? kindLabels[entry.kind] : 'not a credential name') + (entry.root ? ', root user' : '');
    return this.id(`secret:${entry.name}`, 's', (id) =>
      this.secrets.push({ line: `  ${id}["${mermaidText(entry.name)}<br/>${mermaidText(kind)}"]`, file }),
    );
  }

  via(file: string, via: string): string {
    return this.id(`via:${file}|${via}`, 'v', (id) => {
      const label = via === file ? file.split('/').pop() || file : via;
      const inFile = this.files.get(file) ?? [];
      inFile.push(`    ${id}["${mermaidText(label)}"]`);
      this.files.set(file, inFile);
    });
  }

  channel(channel: Channel): string {
    return this.id(`channel:${channel}`, 'c', (id) =>
      this.channels.push(`  ${id}(["${mermaidText(channelLabels[channel])}"])`),
    );
  }

  /**
   * Secrets on the left, then one subgraph per file (in path order) with its steps, then the channels. The
   * layout keeps the order of declaration, so secrets come in the order of the files they are first used in:
   * each beside its box, and fewer edges cross.
   */
  declarations(): string[] {
    const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const files = [...this.files].sort(([a], [b]) => byPath(a, b));
    // Array.prototype.sort is stable: secrets of one file keep their order.
    const secrets = [...this.secrets].sort((a, b) => byPath(a.file, b.file)).map((secret) => secret.line);
    return [
      ...secrets,
      ...files.flatMap(([file, vias], index) => [`  subgraph f${index}["${mermaidText(file)}"]`, ...vias, '  end']),
      ...this.channels,
    ];
  }
}

/**
 * A left-to-right flow: secrets → the steps, jobs or resources that use them, grouped in a box per file →
 * the channel (SES API, SES SMTP, console, …), so that it stays readable at dozens of flows. Edges of root
 * credentials, and of credentials a wrong-kind rule fired on in that file, are red. Secrets that are not
 * SES credentials are not drawn; their names are returned to be listed apart.
 */
export function flowDiagram(
  inventory: readonly InventoryEntry[],
  findings: readonly Finding[],
  maxEdges: number,
): FlowDiagram {
  const nodes = new Nodes();
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
  const apart = inventory.filter((entry) => !drawn(entry) && entry.paths.length > 0).map((entry) => entry.name);
  for (const entry of inventory.filter(drawn)) {
    for (const path of entry.paths) {
      if (edges.size >= maxEdges) {
        omitted++;
        continue;
      }
      const red = entry.root || wrongKindAt.has(`${entry.name}|${path.file}`);
      const secret = nodes.secret(entry, path.file);
      const via = nodes.via(path.file, path.via);
      addEdge(secret, via, red);
      addEdge(via, nodes.channel(path.channel), red);
    }
  }
  if (edges.size === 0) return { lines: [], omitted, apart };
  const edgeList = [...edges.values()];
  const red = edgeList.flatMap((edge, index) => (edge.red ? [index] : []));
  return {
    lines: [
      '```mermaid',
      'flowchart LR',
      ...nodes.declarations(),
      ...edgeList.map((edge) => `  ${edge.from} --> ${edge.to}`),
      ...(red.length > 0 ? [`  linkStyle ${red.join(',')} ${danger}`] : []),
      '```',
    ],
    omitted,
    apart,
  };
}
