// writeOutputs (src/cli/write.ts): all files written to temporary names, renamed only once all are written; a
// piecewise output (document.json) lands as the same bytes; a failure to render is thrown as it is and leaves
// the earlier outputs untouched; a failure to write is an `io` error. Hand-made contents.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/cli/write.js';
import { writeJson } from '../../src/io/json-stream.js';
import { DocstitchError } from '../../src/model/errors.js';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'docstitch-write-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeOutputs', () => {
  it('writes strings and piecewise contents, the same bytes as the whole text', () => {
    const dir = fresh();
    const value = { list: Array.from({ length: 5000 }, (_, i) => ({ i, text: `é ${i}` })) };
    const written = writeOutputs(dir, {
      'a.json': (write) => {
        writeJson(value, 1, write);
        write('\n');
      },
      'b.md': '# b\n',
    });
    expect(written.map((p) => p.slice(dir.length + 1))).toEqual(['a.json', 'b.md']);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(`${JSON.stringify(value, null, 1)}\n`);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.md']);
  });

  it('throws a rendering failure as it is and leaves the earlier outputs as they were', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.json'), 'old a');
    writeFileSync(join(dir, 'b.md'), 'old b');
    const failure = new Error('render failed');
    expect(() =>
      writeOutputs(dir, {
        'a.json': 'new a',
        'b.md': (write) => {
          write('half');
          throw failure;
        },
      }),
    ).toThrow(failure);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old a');
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('old b');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.md']);
  });

  it('reports a failure to write as an io error', () => {
    const dir = fresh();
    // a folder where the temporary file should go
    const name = 'x.json';
    const blocked = join(dir, `${name}.partial-${process.pid}`);
    mkdirSync(blocked);
    let error: unknown;
    try {
      writeOutputs(dir, { [name]: (write) => write('x') });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocstitchError);
    expect((error as DocstitchError).kind).toBe('io');
    expect((error as DocstitchError).message).toMatch(/cannot write output/);
  });
});
