import type { SettingsUsed } from '../config/source.js';
import { renderConfigChangeSection, type ConfigChange } from './config-change.js';
import { codeSpan, markdownText } from './summary/markdown.js';

/** A commit as the summary names it: its first 12 hex digits, which GitHub links itself. */
function shortCommit(sha: string): string {
  return sha.slice(0, 12);
}

function where(from: SettingsUsed['from']): string {
  return from === 'workspace' ? 'in the workspace' : `at the base commit ${codeSpan(shortCommit(from.commit))}`;
}

/** The sentence on the config file: which one applied, or why the built-in defaults did. */
function configLine(used: SettingsUsed): string {
  if (used.unreadable !== undefined)
    return `Config: **the built-in defaults**: the base commit's settings could not be read (${markdownText(used.unreadable)}), and the pull request's own are never applied.`;
  if (used.config !== undefined) return `Config: ${codeSpan(used.config)} ${where(used.from)}.`;
  const looked = used.lookedFor.map((path) => codeSpan(path)).join(', ');
  return `Config: the built-in defaults (no ${looked} ${where(used.from)}).`;
}

/**
 * The job summary's account of the settings: which config and baseline applied and where they were read
 * (the pull request's base commit, or the workspace), then what the pull request's own settings would
 * have changed, when it changes them.
 */
export function renderSettingsSection(used: SettingsUsed, change?: ConfigChange): string {
  const lines = ['### Settings', '', configLine(used)];
  if (used.baseline?.found) lines.push('', `Baseline: ${codeSpan(used.baseline.path)} ${where(used.from)}.`);
  else if (used.baseline)
    lines.push('', `Baseline: none (${codeSpan(used.baseline.path)} was not read ${where(used.from)}).`);
  lines.push('');
  return [lines.join('\n'), ...(change ? [renderConfigChangeSection(change)] : [])].join('\n');
}
