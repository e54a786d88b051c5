// An input that can be read only once (a named pipe, /dev/stdin): loadInput opens it exactly once. It used to
// open the file a first time to sniff for `%PDF-` and then again to read it, which hangs for ever when the
// writer has closed the pipe in between (seen as the queue test's rare hang: a worker blocked on its pipe).
// The reader runs in a child process so that a regression fails here instead of blocking the test runner.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInput, loadInputAsync } from '../../src/io/load.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const source = join(root, 'corpus', 'debmake-zh-ch01', 'mineru', 'content_list.json');
const work = mkdtempSync(join(tmpdir(), 'docstitch-pipe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Load `path` in a child process; resolves with what it printed, or `hung` if it had not ended after 60 s. */
function loadInChild(path: string): Promise<string> {
  const script = `import { loadInput } from ${JSON.stringify(pathToFileURL(join(root, 'src/io/load.ts')).href)};
const input = loadInput(${JSON.stringify(path)});
process.stdout.write(JSON.stringify(input.files[0].json));`;
  const child = spawn(process.execPath, ['--import', tsxLoader, '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  // a guard against a hang, not a timing assertion: a correct read ends within milliseconds of the write
  const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(guard);
      resolve(code === 0 ? out : 'hung');
    }),
  );
}

/** Open a pipe for writing as soon as a reader has it open (a non-blocking open fails with ENXIO before). */
async function openWhenRead(pipe: string): Promise<number> {
  for (;;) {
    try {
      return openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

describe('an input read only once', () => {
  it('reads a named pipe whose writer closes at once after writing', { timeout: 90_000 }, async () => {
    const pipe = join(work, 'doc.json');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const loaded = loadInChild(pipe);
    // once the child has the pipe open for reading, write the whole document and close in one synchronous step
    const fd = await openWhenRead(pipe);
    writeSync(fd, readFileSync(source));
    closeSync(fd);
    const printed = await loaded;
    expect(printed, 'the reader blocked on the pipe').not.toBe('hung');
    expect(JSON.parse(printed)).toEqual(JSON.parse(readFileSync(source, 'utf8')));
  });
});

describe('loadInputAsync', () => {
  it('reads what loadInput reads: JSON, a PDF, OCR markup, a folder', async () => {
    for (const path of [
      source,
      join(root, 'test/fixtures/pdf/caption.pdf'),
      join(root, 'test/fixtures/hocr/report-en.hocr'),
      join(root, 'corpus', 'debmake-zh-ch01', 'dots'),
    ]) {
      expect(await loadInputAsync(path), path).toEqual(loadInput(path));
    }
  });

  it('gives the same one-line errors as loadInput', async () => {
    const missing = join(work, 'missing.json');
    await expect(loadInputAsync(missing)).rejects.toThrow(/no such file or folder/);
    await expect(loadInputAsync(source, { maxBytes: 100 })).rejects.toThrow(/over the .* limit/);
  });

  it('keeps the event loop turning while a pipe waits for its writer', { timeout: 30_000 }, async () => {
    const pipe = join(work, 'late.json');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    // the writer is another process, two seconds late: a blocking read would hold this thread (no timer fires)
    // until then, and would not hang the test
    const writer = spawn('sh', ['-c', `sleep 2; cat "$0" > "$1"`, source, pipe], { stdio: 'ignore' });
    const written = new Promise((resolve) => writer.once('exit', resolve));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const input = await loadInputAsync(pipe);
    clearInterval(timer);
    await written;
    expect(ticks).toBeGreaterThan(0);
    expect(input.files[0].json).toEqual(JSON.parse(readFileSync(source, 'utf8')));
  });
});
