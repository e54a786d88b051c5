// The library the bench measures. By default the built dist/ — what users run (`bin/docstitch.js`, the package's
// exports); `npm run bench` builds it first. With `--src` (`npm run bench:src`), the TypeScript sources through tsx:
// esbuild then wraps every named closure in a `__name` call, which costs time in hot code that dist/ does not pay.
// A missing or stale dist/ (a source file newer than dist/index.js) stops the run with one line, rather than
// measuring old code.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fromSrc = process.argv.includes('--src');
const root = fromSrc ? '../src/' : '../dist/';
const ext = fromSrc ? '.ts' : '.js';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) {
      newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
    }
  }
  return newest;
}

if (!fromSrc) {
  const built = statSync(fileURLToPath(new URL('../dist/index.js', import.meta.url)), { throwIfNoEntry: false });
  if (!built || newestSource(fileURLToPath(new URL('../src', import.meta.url))) > built.mtimeMs) {
    console.error(`dist/ is ${built ? 'older than src/' : 'missing'}: run \`npm run build\` first (or pass --src)`);
    process.exit(1);
  }
}
const load = (path: string) => import(new URL(`${root}${path}${ext}`, import.meta.url).href);

export const { readWithAdapter } = (await load('adapters/index')) as typeof import('../src/adapters/index.js');
export const { documentJson, outputContents } = (await load('cli/outputs')) as typeof import('../src/cli/outputs.js');
export const { listCorpus } = (await load('eval/corpus')) as typeof import('../src/eval/corpus.js');
export const { resolveEngineOptions } = (await load('options')) as typeof import('../src/options.js');
export const { finish, reconstruct, stitchSync } = (await load('pipeline')) as typeof import('../src/pipeline.js');
