// The corpus's paragraph habits (scripts/corpus/para-habits.ts, `--para-habits`): a paragraph given as two blocks cut
// in its column after a line that ends no sentence — in every parser-style format but Mistral's, with the gold of the
// hand-checked sets' convention (the two blocks one merge group) and every gold ref an element the adapter reads.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Built, PElem } from '../scripts/corpus/build.js';
import { applyParaHabits, emptyParaCounts } from '../scripts/corpus/para-habits.js';
import { makeRng } from '../scripts/corpus/rng.js';
import { emitParser, PARSER_FILES, PARSER_FORMATS, type ParserDoc } from '../scripts/corpus/writers/index.js';
import { stitchSync } from '../src/pipeline.js';

const line = (y: number, text: string, x1 = 520) => ({ bbox: [72, y, x1, y + 12] as PElem['bbox'], text });

/** A heading, then `n` paragraphs of `lines` one under the other. */
function doc(lines: string[], n = 1): Built {
  const paragraph = (k: number): PElem => {
    const top = 100 + k * (14 * lines.length + 10);
    const ls = lines.map((t, i) => line(top + 14 * i, t, i === lines.length - 1 ? 300 : 520));
    const bbox: PElem['bbox'] = [72, top, 520, top + 14 * lines.length];
    return { kind: 'text', blockId: `p${k + 1}`, page: 0, col: 0, bbox, text: lines.join(' '), lines: ls };
  };
  const p1: PElem[] = [
    {
      kind: 'heading',
      blockId: 'h1',
      level: 2,
      page: 0,
      col: 0,
      bbox: [72, 70, 300, 84],
      text: '1 Scope',
      lines: [line(70, '1 Scope', 300)],
    },
    ...Array.from({ length: n }, (_, k) => paragraph(k)),
  ];
  return { pages: [{ width: 595, height: 842, elems: p1 }], warnings: [] };
}

const LINES = [
  'The guide covers the tools that build a package. It also',
  'describes the checks they run before an upload and the',
  'files they write into the source tree.',
];

const view = (b: Built) => b.pages.map((p) => ({ ...p, elems: p.elems.map((elem) => ({ elem, as: elem.kind })) }));

describe('paragraph habits', () => {
  it('cuts a paragraph after a line that ends no sentence, on copies, the pieces keeping its block', () => {
    const built = doc(LINES);
    const pages = view(built);
    const log = emptyParaCounts();
    applyParaHabits(pages, { splitParagraph: 1 }, makeRng(7), log);
    expect(log).toEqual({ splitParagraph: 1 });
    const [, a, b] = pages[0].elems;
    expect([a.elem.text, b.elem.text].join(' ')).toBe(LINES.join(' '));
    expect(LINES.slice(0, 2).map((l) => l.trim())).toContain(a.elem.lines?.at(-1)?.text);
    expect(a.elem.blockId).toBe('p1');
    expect(b.elem.blockId).toBe('p1');
    expect(b.elem.bbox[1]).toBeGreaterThan(a.elem.bbox[3]);
    expect(built.pages[0].elems).toHaveLength(2);
  });

  it('never cuts after a line ending a sentence or clause, nor a paragraph of two lines', () => {
    for (const lines of [
      ['The guide covers the tools that build a package.', 'It describes the checks they run;', 'and the files.'],
      ['The guide covers the tools that build a', 'package and the files they write.'],
    ]) {
      const pages = view(doc(lines));
      const log = emptyParaCounts();
      applyParaHabits(pages, { splitParagraph: 1 }, makeRng(7), log);
      expect(log.splitParagraph).toBe(0);
      expect(pages[0].elems).toHaveLength(2);
    }
  });

  it.each(PARSER_FORMATS)('%s: the two blocks are one gold group, and the adapter reads every ref', (f) => {
    // twelve paragraphs: at the lowest rate (10 %) each format's stream cuts at least one of them with this seed
    const d: ParserDoc = { id: 'hand', lang: 'en', built: doc(LINES, 12), seed: 1, paraHabits: true };
    const out = emitParser(f, d);
    expect(out.paras === undefined).toBe(f === 'mistral');
    const tmp = mkdtempSync(path.join(tmpdir(), 'para-habits-'));
    try {
      const file = path.join(tmp, PARSER_FILES[f]);
      writeFileSync(file, JSON.stringify(out.input));
      const r = stitchSync(file);
      const refs = new Set(r.document.elements.map((e) => e.ref));
      expect(out.gold.paragraphMerges.flat().filter((x) => !refs.has(x))).toEqual([]);
      const split = out.paras?.applied.splitParagraph ?? 0;
      expect(split > 0).toBe(f !== 'mistral');
      expect(out.gold.paragraphMerges.filter((g) => g.length === 2)).toHaveLength(split);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
