// The streamed reading of a large top-level array (src/io/json-array-stream.ts, readInput in src/io/load.ts) must
// give what the whole-file path gives: the same parsed elements, the same outputs, and for a bad file the same
// one-line error (or the same truncation repair). The inputs are the committed MinerU content_list fixture (MIT,
// test/fixtures/PROVENANCE.md) and hand-made variants of it written to a temporary folder.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWithAdapter } from '../../src/adapters/index.js';
import { renderOutputs } from '../../src/cli/outputs.js';
import { openJsonArray, StreamFallback } from '../../src/io/json-array-stream.js';
import { loadInput, loadInputAsync, readInput } from '../../src/io/load.js';
import { resolveEngineOptions } from '../../src/options.js';
import { finish, reconstruct } from '../../src/pipeline.js';

const FIXTURE = 'test/fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json';
const text = readFileSync(FIXTURE, 'utf8');
const items = JSON.parse(text) as Array<Record<string, unknown>>;
const compact = JSON.stringify(items);
const dir = mkdtempSync(join(tmpdir(), 'docstitch-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `input-${n++}.json`);
  writeFileSync(path, content);
  return path;
}

function streamedElements(path: string): unknown[] {
  const opened = openJsonArray(path);
  if (!opened) throw new Error('not opened');
  return [...opened.entries()];
}

/** Outputs of a read, or its error as the CLI reports it (kind, message, file, pointer). */
function outcome(read: () => ReturnType<typeof loadInput>): string {
  try {
    const { adapter, document } = readWithAdapter(read());
    const files = renderOutputs(finish(document, reconstruct(document, resolveEngineOptions())), ['tree', 'md']);
    return `${adapter.name} ${files['document.md']} ${files['document.json']}`;
  } catch (error) {
    const e = error as { kind?: string; message: string; file?: string; pointer?: string };
    return `error ${e.kind} ${e.message} ${e.file} ${e.pointer}`;
  }
}
const whole = (path: string) => outcome(() => loadInput(path));
const streamed = (path: string) => outcome(() => readInput(path, { streamMinBytes: 0 }));

describe('openJsonArray', () => {
  it('parses every element as JSON.parse of the whole file does, however the file is laid out', () => {
    const layouts = [
      text,
      compact,
      JSON.stringify(items, null, 2),
      `\uFEFF ${JSON.stringify(items, null, '\t').replace(/\n/g, '\r\n')} \n`,
      // primitives, strings holding brackets, quotes and escapes, a multi-byte text
      `[1, -2.5e3 ,"a]}\\"[{", null,true,false, {"t":"\\\\"}, ["x",[]], "漢字 😀 é", ${compact.slice(1)}`,
    ];
    for (const layout of layouts) {
      const path = file(layout);
      expect(streamedElements(path)).toEqual(JSON.parse(layout.replace(/^\uFEFF/, '')));
    }
    expect(streamedElements(file(' [ ] '))).toEqual([]);
  });

  it('reads elements that span the 1 MB chunks, a multi-byte character cut between two', () => {
    // 'é' is two bytes and the text starts at byte 37: the first 1 MB boundary falls inside one of them
    const long = { type: 'text', page_idx: 0, text: `${'é'.repeat(700_000)}x` };
    const layout = `[${JSON.stringify(long)},${compact.slice(1, -1)},${JSON.stringify({ ...long, text: `a${long.text}` })}]`;
    expect(streamedElements(file(layout))).toEqual(JSON.parse(layout));
  });

  it('reads escapes, quotes and brackets inside strings wherever the 1 MB boundary falls among them', () => {
    // ASCII only, so the boundary is at character 2^20: each shift puts it on another character of the escapes
    const tricky = JSON.stringify({ text: 'a\n"}],\\"b\\\\"c]}\n"\t\u0001\\\\\\"d,[{"' });
    for (let shift = 0; shift < tricky.length + 2; shift++) {
      const pad = 'x'.repeat(2 ** 20 - 20 + shift);
      const layout = `[{"type":"text","text":"${pad}"},${tricky},"\\\\",${tricky}]`;
      expect(streamedElements(file(layout))).toEqual(JSON.parse(layout));
    }
  });

  it('keeps the first 20 elements for detection and reads the rest only when asked', () => {
    const opened = openJsonArray(file(compact));
    expect(opened?.head).toEqual(items.slice(0, 20));
    expect(items.length).toBeGreaterThan(20);
  });

  it('does not vouch for what the whole-file path must judge', () => {
    // not an array at all: not opened
    expect(openJsonArray(file(JSON.stringify({ items })))).toBeUndefined();
    expect(openJsonArray(file(''))).toBeUndefined();
    expect(openJsonArray(file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])))).toBe(
      undefined,
    );
    // bad within the first megabyte (read at once for the head): not opened either
    expect(openJsonArray(file(`${compact} x`))).toBeUndefined();
    // found bad past the first megabyte (the head was read): StreamFallback from the elements
    const copies = Math.ceil((1.5 * 2 ** 20) / compact.length);
    const big = JSON.stringify(Array.from({ length: copies }, () => items).flat());
    let deep = '1';
    for (let i = 0; i < 300; i++) deep = `[${deep}]`;
    const bad = [
      big.slice(0, Math.floor(big.length * 0.9)),
      `${big.slice(0, -1)},]`,
      `${big} x`,
      `${big.slice(0, -1)},{"type":"text","page_idx":0,"text":tru}]`,
      `${big.slice(0, -1)},{"x":${deep}}]`,
      Buffer.concat([Buffer.from(big.slice(0, -2)), Buffer.from([0xc3, 0x28]), Buffer.from('"}]')]),
    ];
    for (const content of bad) {
      expect(() => streamedElements(file(content))).toThrow(StreamFallback);
    }
  });
});

describe('readInput', () => {
  it('leaves a file under the size threshold to the whole-file path', () => {
    expect(readInput(FIXTURE).files[0].streamed).toBeUndefined();
    expect(readInput(FIXTURE, { streamMinBytes: 0 }).files[0].streamed).toBeDefined();
  });

  it('gives the outputs of the whole-file path', () => {
    const path = file(compact);
    const result = streamed(path);
    expect(result.startsWith('mineru-content-list ')).toBe(true);
    expect(result).toBe(whole(path));
  });

  it('is how loadInputAsync (stitch() on a path) reads a large array too, with the same outputs and errors', async () => {
    expect((await loadInputAsync(FIXTURE)).files[0].streamed).toBeUndefined();
    expect((await loadInputAsync(file(compact), { streamMinBytes: 0 })).files[0].streamed).toBeDefined();
    for (const content of [compact, compact.slice(0, Math.floor(compact.length * 0.6)), `${compact} x`]) {
      const path = file(content);
      const loaded = await loadInputAsync(path, { streamMinBytes: 0 }).catch((error: Error) => error);
      const result = outcome(() => {
        if (loaded instanceof Error) throw loaded;
        return loaded;
      });
      expect(result).toBe(whole(path));
    }
  });

  it('gives the errors of the whole-file path, the JSON error before a schema error met earlier', () => {
    const early = items.map((e, i) => (i === 1 ? { ...e, page_idx: 'one' } : e));
    const cases = [
      compact.slice(0, Math.floor(compact.length * 0.6)),
      // cut just after an element: the truncation repair closes it, and content_list refuses a cut-off file
      compact.slice(0, compact.indexOf('},{', compact.length / 2) + 1),
      `${compact} x`,
      `${compact.slice(0, -1)},{"type":"text",}]`,
      `${JSON.stringify(early).slice(0, -1)},{"type":"text",}]`,
      JSON.stringify(early),
      JSON.stringify(items.map((e, i) => (i === items.length - 1 ? { ...e, text: 5 } : e))),
      '[]',
      '[1, 2]',
    ];
    for (const content of cases) {
      const path = file(content);
      const result = streamed(path);
      expect(result.startsWith('error ')).toBe(true);
      expect(result).toBe(whole(path));
    }
  });
});
