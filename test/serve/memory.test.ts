// No memory growth across 500 requests: the heap after a full GC at request 100 and at request 500, measured in
// a child process run with --expose-gc (memory, not time). Keeping every stitch result of this sample raises the
// heap by about 30 MB over those 400 requests; a healthy run stays within about 1–2 MB.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { fixturePath } from './helpers.js';

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const child = fileURLToPath(new URL('./memory-child.ts', import.meta.url));
const ALLOWED_GROWTH = 8 * 1024 * 1024;

// Several seconds of CPU (500 stitches); the limit is generous for a loaded machine, and nothing asserts the time.
test('500 requests on 127.0.0.1: the heap after GC grows less than 8 MB from request 100 to 500', {
  timeout: 240_000,
}, async () => {
  // Asynchronous, so this test worker keeps answering the test runner while the child works.
  const run = await promisify(execFile)(process.execPath, [
    '--expose-gc',
    '--import',
    tsxLoader,
    child,
    fixturePath('docling/multi_page.json'),
    '500',
  ]);
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout) as { heap: Record<string, number>; failures: number };
  expect(result.failures).toBe(0);
  expect(result.heap['500'] - result.heap['100']).toBeLessThan(ALLOWED_GROWTH);
});
