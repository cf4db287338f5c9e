import { channelLabels, kindLabels } from '../../credentials/kinds.js';
import { exposureLabels } from '../../inventory.js';
import type { IacCredentialEntry, InventoryEntry } from '../../model/results.js';
import { cell, locationCell, type SourceLinks } from './markdown.js';
import { plural } from './verdict.js';

export interface TableOptions {
  links?: SourceLinks | undefined;
  maxRows: number;
}

/** The secrets the scanned files use: kind, where they flow, where they are used (and defined, when known). */
export function inventoryTable(inventory: readonly InventoryEntry[], options: TableOptions): string[] {
  if (inventory.length === 0) return ['No secrets are used by the scanned files.', ''];
  const listed = inventory.some((entry) => entry.definedIn !== undefined);
  const lines = [
    listed ? '| Secret | Kind | Flows to | Used at | Defined in |' : '| Secret | Kind | Flows to | Used at |',
    listed ? '| --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- |',
  ];
  for (const entry of inventory.slice(0, options.maxRows)) {
    const kind = entry.kind ? kindLabels[entry.kind] : 'not a credential name';
    const root = entry.root ? ' **(root user)**' : '';
    const places =
      entry.locations
        .slice(0, 3)
        .map((place) => locationCell(options.links, { file: place.file, line: place.line }))
        .join(', ') + (entry.locations.length > 3 ? `, +${entry.locations.length - 3} more` : '');
    const definedIn =
      entry.definedIn === undefined
        ? ''
        : ` ${entry.definedIn.length > 0 ? entry.definedIn.map(cell).join(', ') : '**nowhere**'} |`;
    lines.push(
      `| \`${cell(entry.name)}\` | ${kind}${root} | ${entry.channels.map((channel) => channelLabels[channel]).join(', ') || '—'} | ${places || 'not used'} |${definedIn}`,
    );
  }
  lines.push('');
  if (inventory.length > options.maxRows)
    lines.push(`${plural(inventory.length - options.maxRows, 'more secret')} not listed here.`, '');
  return lines;
}

type Flow = IacCredentialEntry['flows'][number];

/** A bare attribute name ("value") says less than any other label. */
function isBareAttribute(label: string): boolean {
  return /^[A-Za-z_][\w-]*$/.test(label);
}

const exposures = new Set<string>(Object.values(exposureLabels));

/**
 * One flow per part and place. A reference and an exposure on the same line are one flow, labelled by
 * the exposure ("Terraform output") with what the reference adds; a bare attribute name alone reads
 * "the `value` attribute".
 */
export function dedupeFlows(flows: readonly Flow[]): Array<Flow & { label: string }> {
  const byPlace = new Map<string, Flow[]>();
  for (const flow of flows) {
    const place = `${flow.part}|${flow.file}|${flow.line}`;
    byPlace.set(place, [...(byPlace.get(place) ?? []), flow]);
  }
  return [...byPlace.values()].flatMap((same) => {
    const [head] = same;
    if (!head) return [];
    const exposure = same.find((flow) => exposures.has(flow.to));
    const described = same.find((flow) => !exposures.has(flow.to) && !isBareAttribute(flow.to));
    const label =
      exposure && described
        ? `${exposure.to}: ${described.to}`
        : (exposure?.to ?? described?.to ?? `the \`${head.to}\` attribute`);
    return [{ ...head, label }];
  });
}

/** Access keys that IaC creates: whose they are and where each part goes. */
export function iacTable(entries: readonly IacCredentialEntry[], options: TableOptions): string[] {
  const lines = ['| Access key | User | Parts and where they go |', '| --- | --- | --- |'];
  for (const entry of entries.slice(0, options.maxRows)) {
    const flows =
      dedupeFlows(entry.flows)
        .map(
          (flow) =>
            `${kindLabels[flow.part]} → ${cell(flow.label)} (${locationCell(options.links, { file: flow.file, line: flow.line })})`,
        )
        .join('<br>') || 'not used in the scanned files';
    const user = entry.user ? `\`${cell(entry.user)}\`${entry.consoleAccess ? ' **(console login)**' : ''}` : 'unknown';
    lines.push(
      `| \`${cell(entry.key.split('::').pop() ?? entry.key)}\` in ${locationCell(options.links, { file: entry.file, line: entry.line })} | ${user} | ${flows} |`,
    );
  }
  lines.push('');
  if (entries.length > options.maxRows)
    lines.push(`${plural(entries.length - options.maxRows, 'more access key')} not listed here.`, '');
  return lines;
}
