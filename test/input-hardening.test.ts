// Issue #11 (input): what a hostile tester found, each case through the command line in process: no
// input crashes, stalls or quietly loses data, and the one-line error names the file and JSON path.
// Inputs are hand-made (small MinerU content_list entries) or committed fixtures with one field changed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DocumentBuilder } from '../src/adapters/builder.js';
import { loadHere, main } from '../src/cli/main.js';
import { LIMITS } from '../src/io/limits.js';
import { EXIT_CODES } from '../src/model/errors.js';
import { pointer as makePointer, parsePointer, resolvePointer } from '../src/model/pointer.js';

let work: string;
let counter = 0;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'docstitch-hardening-'));
  // the engine loaded up front, so that main() stitches one document synchronously (stitchBytes reads its code)
  await loadHere();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Run `docstitch <file> -o <dir>` in process: exit code, what it printed on stderr, and the output folder. */
function stitchBytes(bytes: Uint8Array | string, name = 'input.json') {
  const dir = join(work, `case-${++counter}`);
  const path = join(work, `${counter}-${name}`);
  writeFileSync(path, bytes);
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const code = main([path, '-o', join(dir, 'out'), '-q']);
  vi.restoreAllMocks();
  const outputs = existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : [];
  return { code, stderr, outputs, path, out: join(dir, 'out') };
}

const stitchJson = (json: unknown) => stitchBytes(JSON.stringify(json));

const entry = (page: number | unknown, text = 'A sentence of body text.', extra: Record<string, unknown> = {}) => ({
  type: 'text',
  text,
  page_idx: page,
  bbox: [100, 100, 800, 150],
  ...extra,
});

/** The one line a failure prints: `docstitch: <file>#<pointer>: <message>`. */
function expectError(r: ReturnType<typeof stitchBytes>, code: number, pointer: string | null, message: RegExp) {
  expect(r.code).toBe(code);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  const where = pointer === null ? `${r.path}: ` : `${r.path}#${pointer}: `;
  expect(lines[0].startsWith(`docstitch: ${where}`)).toBe(true);
  expect(lines[0]).toMatch(message);
  expect(r.outputs).toEqual([]);
}

describe('bounds', () => {
  for (const huge of [1e9, 2 ** 53 - 1, 1e308]) {
    it(`a page_idx of ${huge} is an error at its path (it used to take 2 GB and exit 70)`, () => {
      const r = stitchJson([entry(0), entry(huge)]);
      expectError(r, EXIT_CODES.schema, '/1/page_idx', /page index \S+ is not a whole number from 0 to 99,999/);
    });
  }

  it('a page_idx of 5e6 is refused as sparse (it used to write a 444 MB document.json from 66 KB)', () => {
    const r = stitchJson([entry(0), entry(1), entry(5_000_000 - 1)]);
    expectError(r, EXIT_CODES.schema, '/2/page_idx', /over|not a whole number/);
  });

  it('sparse page indices within the bound are kept as given, the gaps counted as empty pages', () => {
    const r = stitchJson([entry(0), entry(1), entry(50)]);
    expect(r.code).toBe(EXIT_CODES.ok);
    const doc = JSON.parse(readFileSync(join(r.out, 'document.json'), 'utf8'));
    expect(doc.pages).toHaveLength(51);
    expect(
      doc.tree.children.flatMap((n: { data: { spans: Array<{ page: number }> } }) => n.data.spans.map((s) => s.page)),
    ).toContain(51);
  });

  it('a page index leaving more empty pages than the limit, and than pages with content, is refused', () => {
    const r = stitchJson([entry(0), entry(1), entry(LIMITS.maxEmptyPages + 5)]);
    expectError(r, EXIT_CODES.schema, '/2/page_idx', /sparse/);
  });

  it(`more than ${LIMITS.maxElementsPerPage} elements on one page is an error naming the first one over`, () => {
    const entries = Array.from({ length: LIMITS.maxElementsPerPage + 1 }, (_, i) => entry(0, `Line ${i}.`));
    const r = stitchJson(entries);
    expectError(
      r,
      EXIT_CODES.schema,
      `/${LIMITS.maxElementsPerPage}`,
      new RegExp(`page 1 has more than ${LIMITS.maxElementsPerPage.toLocaleString('en')} elements`),
    );
  });

  it('an element over the text limit is an error at its path', () => {
    const r = stitchJson([entry(0), entry(0, 'x'.repeat(LIMITS.maxElementChars + 1))]);
    expectError(r, EXIT_CODES.schema, '/1', /1,000,001 characters, over the limit/);
  });

  it('JSON nested deeper than the limit is an error at the place it gets too deep', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < LIMITS.maxJsonDepth + 10; i++) deep = [deep];
    const r = stitchJson([entry(0, 'Text.', { extra: deep })]);
    const expected = `/0/extra${'/0'.repeat(LIMITS.maxJsonDepth - 2)}`;
    expectError(r, EXIT_CODES.schema, expected, /nested deeper than 256 levels/);
  });

  it('a Docling table cell at row 1e9 is an error (it allocated a 1e9-row grid)', () => {
    const path = fileURLToPath(new URL('fixtures/docling/normal_4pages.json', import.meta.url));
    const json = JSON.parse(readFileSync(path, 'utf8'));
    const table = json.tables.findIndex((t: { data?: { table_cells?: unknown[] } }) => t.data?.table_cells?.length);
    expect(table).toBeGreaterThanOrEqual(0);
    json.tables[table].data.table_cells[0].start_row_offset_idx = 1e9;
    const r = stitchJson(json);
    expectError(
      r,
      EXIT_CODES.schema,
      `/tables/${table}/data/table_cells/0/start_row_offset_idx`,
      /table row\/column index 1000000000 is not a whole number from 0 to 9,999/,
    );
  });
});

describe('wrong types are errors with a path, never silently dropped', () => {
  it('text: 12345 (was dropped as an empty title)', () => {
    const r = stitchJson([entry(0, 'Intro', { text_level: 1 }), entry(0, 12345 as unknown as string)]);
    expectError(r, EXIT_CODES.schema, '/1/text', /expected a string, found a number \(12345\)/);
  });

  it('table_body: 5 (rendered every table empty)', () => {
    const r = stitchJson([entry(0), { type: 'table', table_body: 5, page_idx: 0, bbox: [100, 200, 800, 400] }]);
    expectError(r, EXIT_CODES.schema, '/1/table_body', /expected a string, found a number \(5\)/);
  });

  it('text_level: "one" (was accepted)', () => {
    const r = stitchJson([entry(0, 'Intro', { text_level: 'one' }), entry(0)]);
    expectError(r, EXIT_CODES.schema, '/0/text_level', /expected a number, found a string \("one"\)/);
  });

  // The same check for every adapter: the first string field of a given name in a committed fixture,
  // turned into a number, is reported at exactly that path.
  const fieldCases: Array<[string, string, string?]> = [
    ['mineru/api-pipeline3-naacl2024-long116_content_list.json', 'text'],
    ['mineru/api-pipeline3-naacl2024-long116_content_list_v2.json', 'content'],
    ['mineru/pipeline-model.handwritten.json', 'text'],
    ['mineru/vlm-model.handwritten.json', 'content'],
    ['popo/popo-pages.handwritten.json', 'content'],
    ['paddleocr/docling-test-paddleocr-vl-1.6-aistudio-pruned_1page.json', 'block_content'],
    ['docling/multi_page.json', 'text'],
    ['marker/handmade-two-pages.json', 'html', '/children/0/children'],
    ['unstructured/performance-audit-discussion-coords.json', 'text'],
    ['textract/handmade-async-2pages.json', 'Text'],
    ['mistral_ocr/handmade-fuzz-seed.json', 'markdown'],
    ['azure-di/handmade-layout-2pages.json', 'content', '/analyzeResult/paragraphs'],
  ];
  for (const [fixture, key, under = ''] of fieldCases) {
    it(`${fixture}: "${key}" as a number`, () => {
      const path = fileURLToPath(new URL(`fixtures/${fixture}`, import.meta.url));
      const json = JSON.parse(readFileSync(path, 'utf8'));
      const found = firstStringField(resolvePointer(json, under), key);
      const at = found === null ? null : `${under}${found}`;
      expect(at).not.toBeNull();
      setAt(json, at as string, 4711);
      expectError(stitchJson(json), EXIT_CODES.schema, at as string, /expected a string, found a number \(4711\)/);
    });
  }

  it('middle.json: a span content as a number', () => {
    const path = fileURLToPath(new URL('fixtures/mineru/api-pipeline3-naacl2024-long116_middle.json', import.meta.url));
    const json = JSON.parse(readFileSync(path, 'utf8'));
    json.pdf_info[0].para_blocks[0].lines[0].spans[0].content = 4711;
    expectError(
      stitchJson(json),
      EXIT_CODES.schema,
      '/pdf_info/0/para_blocks/0/lines/0/spans/0/content',
      /expected a string, found a number \(4711\)/,
    );
  });
});

/** Pointer of the first string-valued field named `key` (depth first), or null. */
function firstStringField(json: unknown, key: string, at: Array<string | number> = []): string | null {
  if (Array.isArray(json)) {
    for (const [i, v] of json.entries()) {
      const found = firstStringField(v, key, [...at, i]);
      if (found) return found;
    }
  } else if (json !== null && typeof json === 'object') {
    for (const [k, v] of Object.entries(json)) {
      if (k === key && typeof v === 'string' && v.trim() !== '') return makePointer(...at, k);
      const found = firstStringField(v, key, [...at, k]);
      if (found) return found;
    }
  }
  return null;
}

function setAt(json: unknown, ptr: string, value: unknown): void {
  const tokens = parsePointer(ptr);
  const last = tokens.pop() as string;
  const parent = tokens.reduce<unknown>((node, t) => (node as Record<string, unknown>)[t], json);
  (parent as Record<string, unknown>)[last] = value;
}

describe('page numbers of dropped items are checked too (found by npm run fuzz)', () => {
  it('a Docling item no tree path reaches, with prov page_no 1.2e29, is an error (document.json did not validate)', () => {
    const path = fileURLToPath(new URL('fixtures/docling/multi_page.json', import.meta.url));
    const json = JSON.parse(readFileSync(path, 'utf8'));
    const orphan = structuredClone(json.texts[0]);
    orphan.self_ref = `#/texts/${json.texts.length}`;
    orphan.prov[0].page_no = 1.2e29;
    json.texts.push(orphan);
    const r = stitchJson(json);
    expectError(r, EXIT_CODES.schema, `/texts/${json.texts.length - 1}/prov/0/page_no`, /page number 1\.2e\+29 is not/);
  });
});

describe('found by the 100,000-case fuzz run', () => {
  it('a page size of 1e999 (Infinity) is an error, not a null in document.json', () => {
    const path = fileURLToPath(new URL('fixtures/alto/report-ja.xml', import.meta.url));
    const xml = readFileSync(path, 'utf8').replace(/(<Page\b[^>]*\bWIDTH=")[^"]*"/, '$11e999"');
    expect(xml).toContain('WIDTH="1e999"');
    const r = stitchBytes(xml, 'report-ja.xml');
    expectError(r, EXIT_CODES.schema, null, /page 1: width Infinity is not a positive finite number/);
  });

  it('a line break the input puts into a quoted value stays inside the one error line', () => {
    const path = fileURLToPath(new URL('fixtures/hocr/report-en.hocr', import.meta.url));
    const hocr = readFileSync(path, 'utf8').replace(/(class='ocr_par'[^>]*title=")bbox ([\d ]+)"/, '$1bbox $2\n x"');
    const r = stitchBytes(hocr, 'report-en.hocr');
    expect(r.code).toBe(EXIT_CODES.schema);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/is not 4 numbers/);
  });
});

describe('accounting when the input links one object twice (found by npm run fuzz)', () => {
  const textract = () =>
    JSON.parse(
      readFileSync(fileURLToPath(new URL('fixtures/textract/handmade-async-2pages.json', import.meta.url)), 'utf8'),
    );

  it('two Textract blocks with one Id are an error naming both (one was read twice: read ≠ placed + dropped)', () => {
    const json = textract();
    const blocks = json[0].Blocks;
    blocks.push(structuredClone(blocks[3]));
    const r = stitchJson(json);
    expectError(r, EXIT_CODES.schema, `/0/Blocks/${blocks.length - 1}/Id`, /is also the Id of \/0\/Blocks\/3$/);
  });

  it('the builder keeps one element per source object: a second add of the same pointer is a warning', () => {
    const file = { path: 'hand-made.json', name: '', json: null };
    const builder = new DocumentBuilder('test', 'hand-made.json');
    const el = {
      file,
      pointer: '/blocks/0',
      page: 1,
      type: 'text' as const,
      sourceType: 'text',
      text: 'A.',
      bbox: null,
    };
    const first = builder.add(el);
    expect(builder.add({ ...el, text: 'again' })).toBe(first);
    const doc = builder.finish();
    expect(doc.elements.map((e) => e.text)).toEqual(['A.']);
    expect(doc.warnings.map((w) => [w.ruleId, w.place.refs?.[0]])).toEqual([['input.duplicate-ref', '/blocks/0']]);
  });
});

describe('errors that name the place', () => {
  it('detection does not depend on where the bad element is: first or last, exit 6 with the path', () => {
    const good = Array.from({ length: 6 }, (_, i) => entry(i));
    const bad = { ...entry(0), page_idx: 'zero' };
    expectError(stitchJson([bad, ...good]), EXIT_CODES.schema, '/0/page_idx', /expected a number, found a string/);
    expectError(stitchJson([...good, bad]), EXIT_CODES.schema, '/6/page_idx', /expected a number, found a string/);
  });

  it('an out-of-range number (1e999 parses to Infinity) is named as such, not "found a number"', () => {
    const r = stitchBytes(
      '[{"type": "text", "text": "A.", "page_idx": 0}, {"type": "text", "text": "B.", "page_idx": 1e999}]',
    );
    expectError(r, EXIT_CODES.schema, '/1/page_idx', /expected a number, found a number out of range \(Infinity\)/);
  });

  it('page_idx -1 is reported as page index -1 (it said "page number 0")', () => {
    const r = stitchJson([entry(-1), entry(0)]);
    expectError(r, EXIT_CODES.schema, '/0/page_idx', /page index -1 is not a whole number from 0/);
  });

  const text = JSON.stringify([entry(0, 'Überschrift – “quoted” ✓', { text_level: 1 }), entry(0), entry(1)]);
  const utf16le = Buffer.from(text, 'utf16le');
  const cases: Array<[string, Uint8Array]> = [
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
    ['UTF-16BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16le).swap16()])],
  ];
  for (const [name, bytes] of cases) {
    it(`${name} is decoded: the same outputs as UTF-8`, () => {
      const plain = stitchBytes(text, 'plain.json');
      const other = stitchBytes(bytes, 'plain.json');
      expect([plain.code, other.code]).toEqual([0, 0]);
      const md = (r: typeof plain) => readFileSync(join(r.out, 'document.md'), 'utf8');
      expect(md(other)).toBe(md(plain));
      expect(md(other)).toMatch(/^# Überschrift – “quoted” ✓$/m);
    });
  }

  it('UTF-32 and UTF-16 without a byte-order mark are named (it said "invalid symbol at line 1, column 1")', () => {
    const utf32 = Buffer.alloc(4 + text.length * 4);
    utf32.writeUInt32LE(0xfeff, 0);
    Array.from(text).forEach((c, i) => {
      utf32.writeUInt32LE(c.codePointAt(0) ?? 0, 4 + i * 4);
    });
    expectError(stitchBytes(utf32), EXIT_CODES.json, null, /the file is UTF-32LE \(byte-order mark FF FE 00 00\)/);
    expectError(stitchBytes(utf16le), EXIT_CODES.json, null, /the file is UTF-16LE without a byte-order mark/);
  });

  it('bytes that are not UTF-8 are an error naming the byte (they were read as U+FFFD without a word)', () => {
    const bytes = Buffer.from(text);
    const at = bytes.indexOf('body');
    bytes[at] = 0xff;
    expectError(stitchBytes(bytes), EXIT_CODES.json, null, new RegExp(`not valid UTF-8 \\(byte ${at}, line 1\\)`));
  });
});
