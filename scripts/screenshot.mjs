// Renders the job summary of examples/ as GitHub shows it and saves docs/summary.png.
//
// The summary comes from the action's own bundle (dist/index.js, run as the runner runs it), its Markdown is
// rendered with a GitHub-flavoured renderer (marked, gfm), its Mermaid blocks with Mermaid itself, in headless
// Chromium from Debian's packages (apt-get install chromium). Offline: the page loads nothing from outside.
// Any Mermaid parse error fails the script, so a diagram GitHub would show as an error never reaches the picture.
//
//   npm run build && npm run screenshot [-- OUTPUT.png]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { marked } from 'marked';
import { chromium } from 'playwright-core';

const output = resolve(process.argv[2] ?? 'docs/summary.png');
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync('dist/index.js')) fail('dist/index.js is missing: run npm run build first');
if (!existsSync(browserPath)) fail(`no Chromium at ${browserPath}: apt-get update && apt-get install -y chromium`);

function fail(message) {
  console.error(`screenshot: ${message}`);
  process.exit(1);
}

/** The summary the action writes for examples/, with links as on github.com. */
function summaryOfExamples(folder) {
  const summary = join(folder, 'summary.md');
  writeFileSync(summary, '');
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: resolve('.'),
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: join(folder, 'output.txt'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'ses-credential-hygiene/ses-credential-hygiene',
    GITHUB_SHA: 'main',
    INPUT_PATH: 'examples',
    'INPUT_SARIF-FILE': join(folder, 'out.sarif'),
    INPUT_ANNOTATIONS: 'false',
  };
  const child = spawnSync(process.execPath, ['dist/index.js'], { env, encoding: 'utf8' });
  if (child.status !== 1)
    fail(`the action should fail on examples/ (exit 1), not exit ${child.status}: ${child.stderr}`);
  return readFileSync(summary, 'utf8');
}

/** GitHub-like page: its Markdown rendered by marked (GFM), Mermaid blocks marked for Mermaid to draw. */
function page(markdown) {
  const body = marked
    .parse(markdown, { gfm: true, async: false })
    .replace(
      /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
      (_, code) => `<pre class="mermaid">${code}</pre>`,
    );
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: 1012px; padding: 32px; color: #1f2328;
  font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; }
table { border-collapse: collapse; display: block; overflow: auto; margin: 0 0 16px; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
code { font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; background: rgba(129,139,152,.12);
  padding: .2em .4em; border-radius: 6px; }
a { color: #0969da; text-decoration: none; }
details { margin: 0 0 16px; } summary { cursor: pointer; }
pre.mermaid { background: #fff; text-align: center; }
</style></head><body><div class="markdown-body">${body}</div></body></html>`;
}

const folder = mkdtempSync(join(tmpdir(), 'sch-screenshot-'));
let context;
try {
  const html = page(summaryOfExamples(folder));
  context = await chromium.launchPersistentContext(join(folder, 'profile'), {
    executablePath: browserPath,
    headless: true,
    viewport: { width: 1012, height: 800 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const tab = context.pages()[0] ?? (await context.newPage());
  // Nothing leaves the machine: the page and Mermaid come from here.
  await tab.route('**/*', (route) => route.abort());
  await tab.setContent(html);
  await tab.addScriptTag({ path: 'node_modules/mermaid/dist/mermaid.min.js' });
  const errors = await tab.evaluate(async () => {
    const mermaid = globalThis.mermaid;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', flowchart: { htmlLabels: true } });
    const failures = [];
    const blocks = [...document.querySelectorAll('pre.mermaid')];
    for (const block of blocks)
      try {
        await mermaid.parse(block.textContent ?? '');
      } catch (error) {
        failures.push(String(error?.message ?? error));
      }
    if (failures.length === 0) await mermaid.run({ nodes: blocks });
    return { failures, drawn: document.querySelectorAll('pre.mermaid svg').length, blocks: blocks.length };
  });
  if (errors.failures.length > 0) fail(`Mermaid could not parse the diagram:\n${errors.failures.join('\n')}`);
  if (errors.drawn !== errors.blocks) fail(`Mermaid drew ${errors.drawn} of ${errors.blocks} diagrams`);
  // The picture shows what a reader sees first: the verdict, the rules, and (with the rule blocks folded, as
  // a reader folds them) the flow of each credential, down to the end of the diagram.
  const bottom = await tab.evaluate(() => {
    for (const block of document.querySelectorAll('details')) block.removeAttribute('open');
    const diagram = document.querySelector('pre.mermaid');
    return diagram ? diagram.getBoundingClientRect().bottom + window.scrollY + 16 : document.body.scrollHeight;
  });
  await tab.screenshot({ path: output, fullPage: true, clip: { x: 0, y: 0, width: 1012, height: Math.ceil(bottom) } });
  console.log(`screenshot: ${errors.blocks} Mermaid diagram(s) parsed and drawn; wrote ${output}`);
} finally {
  await context?.close();
  rmSync(folder, { recursive: true, force: true });
}
