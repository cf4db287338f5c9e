import type { Channel, CredentialKind } from './kinds.js';
import type { Finding } from './findings.js';
import type { FileProblem } from './references.js';

export interface InventoryEntry {
  name: string;
  kind: CredentialKind | undefined;
  root: boolean;
  channels: Channel[];
  locations: Array<{ file: string; line: number; column: number }>;
  /** Where it goes: the step, job or resource that uses it (`via`, in `file`) and the channel of that use. */
  paths: Array<{ via: string; file: string; channel: Channel }>;
  /** Known only when the repository's secrets were listed: where it is defined, or that it is defined nowhere. */
  definedIn?: string[];
}

/** An access key that IaC creates: whose it is, and where each of its parts goes. */
export interface IacCredentialEntry {
  key: string;
  file: string;
  line: number;
  user: string | undefined;
  consoleAccess: boolean;
  flows: Array<{ part: CredentialKind; to: string; file: string; line: number }>;
}

/** What a scan hands to the reporters: findings, notes and the inventories. */
export interface ScanResult {
  root: string;
  files: number;
  findings: Finding[];
  suppressed: Finding[];
  problems: FileProblem[];
  inventory: InventoryEntry[];
  iacCredentials: IacCredentialEntry[];
}
