// The docstitch command end to end: outputs, accounting, and every bad-input class giving one line
// naming the file (and JSON path), the documented exit code, no stack trace and no output left behind.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/model/errors.js';
import { structureSchema } from '../src/model/structure.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The tsx loader by absolute URL, so the CLI runs from any working directory. */
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const example = join(root, 'examples/naacl2024-long116.mineru_content_list.json');
let work: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/run.ts'), ...args], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'docstitch-cli-'));
});

describe('docstitch stitch', () => {
  it('writes the three outputs for the bundled example and prints the accounting', () => {
    const out = join(work, 'out-example');
    const r = run(example, '--out', out);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '.docstitch-outputs.json',
      'document.json',
      'document.md',
      'structure.json',
    ]);
    expect(r.stderr).toMatch(/mineru-content-list, 10 pages; elements read (\d+), placed (\d+), dropped (\d+)/);
    const [, read, placed, dropped] = /read (\d+), placed (\d+), dropped (\d+)/.exec(r.stderr)!.map(Number);
    expect(placed + dropped).toBe(read);
    structureSchema.parse(JSON.parse(readFileSync(join(out, 'structure.json'), 'utf8')));
    expect(readFileSync(join(out, 'document.md'), 'utf8')).toMatch(/^## 1 Introduction$/m);
  });

  it('--emit limits the outputs and --explain prints decisions', () => {
    const out = join(work, 'out-emit');
    const r = run(example, '--out', out, '--emit', 'structure', '--explain', '-q');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.docstitch-outputs.json', 'structure.json']);
    expect(r.stdout).toMatch(/^## headings$/m);
    expect(r.stdout).toMatch(/^\+ [01]\.\d\d headings\.\S+ \[\/\d+\] level 1: the document title/m);
  });

  it('runs a batch with a summary and goes on past a bad document', () => {
    const bad = file('bad.json', '{"nope": 1}');
    const out = join(work, 'out-batch');
    const r = run(example, bad, '--out', out);
    expect(r.code).toBe(EXIT_CODES.format);
    expect(r.stderr).toMatch(/batch: 1 of 2 documents stitched/);
    expect(readdirSync(out).sort()).toEqual(['.docstitch-outputs.json', 'naacl2024-long116.mineru_content_list']);
  });

  it('prints help and version', () => {
    expect(run('--help').stdout).toMatch(/Usage: docstitch/);
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('bad input', () => {
  const cases: Array<[string, () => string[], number, RegExp]> = [
    ['a missing file', () => [join(work, 'missing.json')], EXIT_CODES.io, /missing\.json: no such file/],
    [
      'invalid JSON',
      () => [file('invalid.json', '{"a": [1, 2,, 3]}')],
      EXIT_CODES.json,
      /invalid\.json: invalid JSON: value expected at line 1, column 13$/m,
    ],
    [
      'a cut-off MinerU file',
      () => [file('cut.json', '[{"type": "text", "text": "a", "bbox": [0,0,1,1], "page_idx": 0}')],
      EXIT_CODES.json,
      /cut\.json: invalid JSON: the file is cut off/,
    ],
    [
      'an unknown format',
      () => [file('unknown.json', '{"hello": "world"}')],
      EXIT_CODES.format,
      /unknown\.json: not the output of any parser/,
    ],
    ['an unknown --format', () => [example, '--format', 'nope'], EXIT_CODES.usage, /argument 'nope' is invalid/],
    [
      'a missing field',
      () => [
        file(
          'missing-field.json',
          JSON.stringify([
            { type: 'text', text: 'a', bbox: [0, 0, 100, 100], page_idx: 0 },
            { type: 'text', text: 'b', bbox: [0, 0, 100, 100] },
          ]),
        ),
        '--format',
        'mineru-content-list',
      ],
      EXIT_CODES.schema,
      /missing-field\.json#\/1\/page_idx: /,
    ],
    [
      'a box outside the page',
      () => [
        file(
          'bbox.json',
          JSON.stringify([
            { type: 'text', text: 'a', bbox: [0, 0, 100, 100], page_idx: 0 },
            { type: 'text', text: 'b', bbox: [100, 200, 1900, 300], page_idx: 0 },
          ]),
        ),
      ],
      EXIT_CODES.schema,
      /bbox\.json#\/1: bbox \[0\.1,0\.2,1\.9,0\.3\] \(normalized\) lies outside the page/,
    ],
    ['an empty file', () => [file('empty.json', '')], EXIT_CODES.empty, /empty\.json: file is empty/],
    [
      'an empty document',
      () => [file('empty-doc.json', '[]'), '--format', 'mineru-content-list'],
      EXIT_CODES.empty,
      /empty-doc\.json: the document has no elements/,
    ],
    [
      'a 200 MB file',
      () => {
        const path = join(work, 'huge.json');
        writeFileSync(path, '[');
        truncateSync(path, 200 * 1024 * 1024); // sparse: costs no disk
        return [path];
      },
      EXIT_CODES.tooLarge,
      /huge\.json: input is 200\.0 MB, over the 100\.0 MB limit/,
    ],
  ];

  for (const [name, args, code, message] of cases) {
    it(`${name}: one line, exit ${code}, no output`, () => {
      const out = join(work, `out-${name.replace(/\W+/g, '-')}`);
      const r = run(...args(), '--out', out);
      expect(r.code).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      if (code !== EXIT_CODES.usage) expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    });
  }
});
