import { channelLabels, kindLabels } from '../../model/kinds.js';
import type { IacCredentialEntry, InventoryEntry } from '../../model/results.js';
import { cell, code, locationCell, messageCell, type SourceLinks } from './markdown.js';
import { plural } from '../verdict-wording.js';

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
      `| ${code(entry.name)} | ${kind}${root} | ${entry.channels.map((channel) => channelLabels[channel]).join(', ') || '—'} | ${places || 'not used'} |${definedIn}`,
    );
  }
  lines.push('');
  if (inventory.length > options.maxRows)
    lines.push(`${plural(inventory.length - options.maxRows, 'more secret')} not listed here.`, '');
  return lines;
}

/** Access keys that IaC creates: whose they are and where each part goes. */
export function iacTable(entries: readonly IacCredentialEntry[], options: TableOptions): string[] {
  const lines = ['| Access key | User | Parts and where they go |', '| --- | --- | --- |'];
  for (const entry of entries.slice(0, options.maxRows)) {
    const flows =
      entry.flows
        .map(
          (flow) =>
            `${kindLabels[flow.part]} → ${messageCell(flow.to)} (${locationCell(options.links, { file: flow.file, line: flow.line })})`,
        )
        .join('<br>') || 'not used in the scanned files';
    const user = entry.user ? `${code(entry.user)}${entry.consoleAccess ? ' **(console login)**' : ''}` : 'unknown';
    lines.push(
      `| ${code(entry.key.split('::').pop() ?? entry.key)} in ${locationCell(options.links, { file: entry.file, line: entry.line })} | ${user} | ${flows} |`,
    );
  }
  lines.push('');
  if (entries.length > options.maxRows)
    lines.push(`${plural(entries.length - options.maxRows, 'more access key')} not listed here.`, '');
  return lines;
}
