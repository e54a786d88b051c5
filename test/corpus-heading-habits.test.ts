// The corpus's heading habits (scripts/corpus/heading-habits.ts, `--heading-habits`): a heading printed on two lines
// given line by line, a section number given apart from its words — in every parser-style format, with the gold of
// the hand-checked sets' conventions (the first line is the heading and the lines one merge group; the number is
// neither heading nor furniture) and every gold ref an element the adapter reads.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Built, PElem } from '../scripts/corpus/build.js';
import { applyHeadingHabits, emptyHeadingCounts } from '../scripts/corpus/heading-habits.js';
import { makeRng } from '../scripts/corpus/rng.js';
import { emitParser, PARSER_FILES, PARSER_FORMATS, type ParserDoc } from '../scripts/corpus/writers/index.js';
import { stitchSync } from '../src/pipeline.js';

const line = (y: number, text: string, x1 = 520) => ({ bbox: [72, y, x1, y + 14] as PElem['bbox'], text });

function doc(): Built {
  const p1: PElem[] = [
    {
      kind: 'heading',
      blockId: 'h1',
      level: 1,
      isTitle: true,
      page: 0,
      col: 0,
      bbox: [72, 80, 520, 112],
      text: 'A Guide to Building Packages from Their Upstream Sources',
      lines: [line(80, 'A Guide to Building Packages from'), line(98, 'Their Upstream Sources', 300)],
    },
    {
      kind: 'heading',
      blockId: 'h2',
      level: 2,
      page: 0,
      col: 0,
      bbox: [72, 140, 300, 154],
      text: '2.3 Scope of the guide',
      lines: [line(140, '2.3 Scope of the guide', 300)],
    },
    {
      kind: 'text',
      blockId: 'p1',
      page: 0,
      col: 0,
      bbox: [72, 170, 520, 184],
      text: 'The guide covers the tools.',
      lines: [line(170, 'The guide covers the tools.')],
    },
  ];
  return { pages: [{ width: 595, height: 842, elems: p1 }], warnings: [] };
}

const view = (b: Built) => b.pages.map((p) => ({ ...p, elems: p.elems.map((elem) => ({ elem, as: elem.kind })) }));

describe('heading habits', () => {
  it('gives a two-line heading line by line and a number apart from its words, on copies', () => {
    const built = doc();
    const pages = view(built);
    const log = emptyHeadingCounts();
    applyHeadingHabits(pages, { wrappedTitle: 1, splitNumber: 1 }, makeRng(5), log);
    expect(log).toEqual({ wrappedTitle: 1, splitNumber: 1 });
    const texts = pages[0].elems.map((v) => v.elem.text);
    expect(texts).toEqual([
      'A Guide to Building Packages from',
      'Their Upstream Sources',
      '2.3',
      'Scope of the guide',
      'The guide covers the tools.',
    ]);
    expect(pages[0].elems[2].elem.blockId).toBeUndefined();
    expect(pages[0].elems[3].elem.blockId).toBe('h2');
    expect(built.pages[0].elems).toHaveLength(3);
  });

  it('leaves a chapter label over its title whole (a two-line opener)', () => {
    const built = doc();
    built.pages[0].elems[0].lines = [line(80, 'Chapter 2', 200), line(98, 'Their Upstream Sources', 300)];
    const pages = view(built);
    const log = emptyHeadingCounts();
    applyHeadingHabits(pages, { wrappedTitle: 1, splitNumber: 0 }, makeRng(5), log);
    expect(log.wrappedTitle).toBe(0);
    expect(pages[0].elems).toHaveLength(3);
  });

  it.each(PARSER_FORMATS)('%s: the gold keeps the conventions and the adapter reads every ref', (f) => {
    const d: ParserDoc = { id: 'hand', lang: 'en', built: doc(), seed: 3, headingHabits: true };
    const out = emitParser(f, d);
    expect(out.headings === undefined).toBe(f === 'mistral');
    const tmp = mkdtempSync(path.join(tmpdir(), 'heading-habits-'));
    try {
      const file = path.join(tmp, PARSER_FILES[f]);
      writeFileSync(file, JSON.stringify(out.input));
      const r = stitchSync(file);
      const refs = new Set(r.document.elements.map((e) => e.ref));
      const all = [...out.gold.headings.map((h) => h.ref), ...out.gold.paragraphMerges.flat()];
      expect(all.filter((x) => !refs.has(x))).toEqual([]);
      const text = new Map(r.document.elements.map((e) => [e.ref, e.text]));
      const applied = out.headings?.applied ?? emptyHeadingCounts();
      // the heading's words, never the bare number, are the gold heading
      for (const h of out.gold.headings) expect(text.get(h.ref)).not.toMatch(/^\d+(\.\d+)*$/);
      if (applied.wrappedTitle) expect(out.gold.paragraphMerges.some((g) => g.length === 2)).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
