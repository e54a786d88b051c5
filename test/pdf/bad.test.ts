// Bad PDFs: one line and exit 9 (or a warning), never a stack trace, a hang, or pdfjs printing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPdf, manyPages } from '../../scripts/pdf/make-fixtures.js';
import { DocstitchError, EXIT_CODES } from '../../src/model/errors.js';
import { readPdf } from '../../src/pdf/read.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'test/fixtures/pdf/');
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
const contentList = `${dir}manual_content_list.json`;
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'docstitch-pdf-'));
  const manual = readFileSync(`${dir}manual.pdf`);
  writeFileSync(join(work, 'truncated.pdf'), manual.subarray(0, Math.floor(manual.length / 3)));
  writeFileSync(join(work, 'not.pdf'), 'just some text, not a PDF\n');
  writeFileSync(join(work, 'empty.pdf'), '');
});

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/run.ts'), ...args], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function kindOf(p: string | Uint8Array): Promise<string> {
  try {
    await readPdf(p);
    return 'read';
  } catch (error) {
    expect(error).toBeInstanceOf(DocstitchError);
    return `${(error as DocstitchError).kind}: ${(error as DocstitchError).message}`;
  }
}

describe('bad PDFs in the library', () => {
  it('encrypted, not a PDF, empty: errors of kind pdf naming what is wrong', async () => {
    expect(await kindOf(`${dir}encrypted.pdf`)).toMatch(/^pdf: the PDF is encrypted/);
    expect(await kindOf(join(work, 'not.pdf'))).toBe('pdf: not a PDF (no %PDF- header)');
    expect(await kindOf(join(work, 'empty.pdf'))).toBe('pdf: the PDF is empty');
    expect(await kindOf(join(work, 'missing.pdf'))).toMatch(/^io: no such file/);
  });

  it('a PDF cut off at a third: an error of kind pdf, or what could be read — never a throw of another kind', async () => {
    const kind = await kindOf(join(work, 'truncated.pdf'));
    expect(kind === 'read' || kind.startsWith('pdf: ')).toBe(true);
  });

  it('more pages than the limit: a tooLarge error before reading them', async () => {
    const many = buildPdf(manyPages(60));
    expect(await kindOf(new Uint8Array(many))).toBe('read');
    try {
      await readPdf(new Uint8Array(many), { maxPages: 50 });
      expect.unreachable();
    } catch (error) {
      expect((error as DocstitchError).kind).toBe('tooLarge');
      expect((error as DocstitchError).message).toBe('the PDF has 60 pages, over the limit of 50');
    }
  });
});

describe('bad PDFs on the command line', () => {
  it('--pdf encrypted: one line, exit 9, nothing on stdout', () => {
    const r = cli([contentList, '--pdf', `${dir}encrypted.pdf`, '-o', join(work, 'out1')]);
    expect(r.code).toBe(EXIT_CODES.pdf);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^docstitch: .*encrypted\.pdf: the PDF is encrypted \(password-protected\); docstitch cannot read it\n$/,
    );
  });

  it('a PDF input that is not one: exit 9; a scan as input: exit 7 with the reason', () => {
    const r = cli([join(work, 'not.pdf'), '-o', join(work, 'out2')]);
    expect(r.code).toBe(EXIT_CODES.pdf);
    expect(r.stderr).toMatch(/^docstitch: .*not\.pdf: not a PDF \(no %PDF- header\)\n$/);
    const scan = cli([`${dir}scan.pdf`, '-o', join(work, 'out3')]);
    expect(scan.code).toBe(EXIT_CODES.empty);
    expect(scan.stderr).toMatch(/^docstitch: .*scan\.pdf: the PDF has no text layer \(1 page, a scan\?\)/);
    expect(scan.stderr.trim().split('\n')).toHaveLength(1);
  });

  // one command line per test: each starts a process (tsx), which takes tens of seconds on a loaded machine
  it.each([
    ['as the input', [] as string[]],
    ['as --pdf', [contentList, '--pdf']],
  ])('a PDF cut off at a third %s: one line, exit 9, nothing on stdout', (_, before) => {
    const r = cli([...before, join(work, 'truncated.pdf'), '-o', join(work, `out-truncated-${before.length}`)]);
    expect(r.code).toBe(EXIT_CODES.pdf);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^docstitch: .*truncated\.pdf: not a readable PDF \(Invalid PDF structure\.\)\n$/);
  });

  it('--pdf of a scan: warnings only, exit 0, and pdfjs prints nothing', () => {
    const r = cli([contentList, '--pdf', `${dir}scan.pdf`, '-o', join(work, 'out4')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/manual_content_list\.json: mineru-content-list, 2 pages/);
    expect(lines.slice(1).every((l) => l.startsWith('  warning '))).toBe(true);
    expect(r.stderr).toContain('warning pdf.no-text-layer');
  });

  it('--pdf with a batch is a usage error', () => {
    const r = cli([contentList, contentList, '--pdf', `${dir}manual.pdf`, '-o', join(work, 'out5')]);
    expect(r.code).toBe(EXIT_CODES.usage);
    expect(r.stderr).toBe('docstitch: --pdf is for a single input, not a batch\n');
  });
});
