import type { CacheUse } from '../../src/scan/cache.js';
import { scan } from '../../src/scan/scan.js';
import { decideVerdict } from '../../src/report/exit-decision.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';

/**
 * Everything a scan shows — findings and inventory (in the JSON), SARIF, text, the summary and the IaC
 * inventory — with the parse cache in `cacheDir` when one is given, and what the cache told and counted.
 */
export async function scanOutputs(root: string, cacheDir: string | undefined) {
  const notes: string[] = [];
  let use: CacheUse | undefined;
  const result = await scan({
    root,
    threads: 'never',
    ...(cacheDir ? { cache: { dir: cacheDir, tell: (note) => notes.push(note), counted: (u) => (use = u) } } : {}),
  });
  const output = {
    json: renderJson(result),
    sarif: renderSarif(result),
    text: renderText(result, { colour: false }),
    summary: renderSummary(result, {
      verdict: decideVerdict(result, { failOn: 'error', strict: false }),
      notAnnotated: 0,
    }),
    inventory: JSON.stringify([result.inventory, result.iacCredentials]),
  };
  return { output, notes, use, files: result.files };
}
