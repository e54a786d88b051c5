// Heading habits (session 25, `--heading-habits`): how layout models cut headings, applied after habits.ts to the
// parser-style writers' view of the pages. Real parsers often give a heading printed on two lines as two
// heading-typed blocks, and a section number set apart from its words as a block of its own; the corpora never had
// either. The gold follows the hand-checked sets' conventions (test-samples/gold-dev/README.md):
//
//   wrappedTitle  a heading printed on two lines or more, typed as a heading, given line by line: the first line
//                 is the heading, the lines are one group of `paragraphMerges` (as a heading cut by a page break);
//                 a first line that holds a number alone ("01" over a report's title) is given as splitNumber gives it;
//                 a chapter label over its title ("Chapter 2" / "…") is a two-line opener, left whole; Mistral's
//                 Markdown gives a heading on one line: none there
//   splitNumber   a numbered heading's number ("2.3", "IV.", "A.", "第3章") given as an element of its own before
//                 its words, typed as the heading (half the time) or as text: the number is neither a heading
//                 nor furniture, the words are the heading
//
// Off unless asked, with its own random stream, so the corpora built without it stay byte-identical.
import { joinLines, type PElem, type PLine } from './build.js';
import type { VElem, VPage } from './habits.js';
import type { Rng } from './rng.js';

export interface HeadingHabits {
  wrappedTitle: number;
  splitNumber: number;
}

export type HeadingHabitCounts = Record<keyof HeadingHabits, number>;

export const emptyHeadingCounts = (): HeadingHabitCounts => ({ wrappedTitle: 0, splitNumber: 0 });

export function chooseHeadingHabits(rng: Rng): HeadingHabits {
  return { wrappedTitle: rng.pick([0.3, 0.6, 0.9]), splitNumber: rng.pick([0, 0.2, 0.5]) };
}

type Box = PElem['bbox'];

const union = (boxes: Box[]): Box => [
  Math.min(...boxes.map((b) => b[0])),
  Math.min(...boxes.map((b) => b[1])),
  Math.max(...boxes.map((b) => b[2])),
  Math.max(...boxes.map((b) => b[3])),
];

/**
 * A section number opening a heading, and its words after it ("2.3 Scope", "IV. Results", "B.3 Rules", "第3章 概要").
 * An appendix number ("B.3") is one number: read as "B." it cut "B." | "3 Rules", which no parser does.
 */
const NUMBERED =
  /^((?:\d+(?:\.\d+)*\.?)|(?:[A-Z](?:\.\d+)+\.?)|(?:[IVXLC]+\.)|(?:[A-Z]\.)|(?:第[0-9一二三四五六七八九十百]+[章节節]))\s*(\S.*)$/u;

/** A chapter label on a line of its own ("Chapter 2", "Part I", "第一章"): a two-line opener, not a wrapped line. */
const LABEL_LINE = /^(?:(?:chapter|part|appendix|section)\s+\S+|第\s*\S{1,4}\s*[章部节節編编篇])\.?$/iu;

/** A heading printed on two lines or more whose first line is words (no chapter label over its title). */
const wraps = (e: PElem) => (e.lines?.length ?? 0) >= 2 && !LABEL_LINE.test(e.lines![0].text.trim());

/** A line that holds a section number alone ("01", "6", "IV.", "A"): a report's ordinal set over its title. */
const BARE_NUMBER = /^(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])\.?$/;

/**
 * The heading's lines as pieces of its own kind and block: the gold makes the first the heading, all one group. A
 * first line holding a number alone is given as splitNumber gives a number (no block: neither heading nor merged).
 */
function wrapped(v: VElem, rng: Rng): VElem[] {
  const lines = v.elem.lines ?? [];
  const pieces: VElem[] = lines.map((l) => ({
    ...v,
    elem: { ...v.elem, lines: [l], text: l.text.trim(), bbox: l.bbox },
  }));
  if (pieces.length > 1 && BARE_NUMBER.test(pieces[0].elem.text)) pieces[0] = numberPiece(v.elem, lines[0], rng);
  return pieces;
}

/** A number set apart from its heading's words: an element of no block, typed as a heading or as text. */
function numberPiece(e: PElem, line: PLine, rng: Rng): VElem {
  const { blockId: _block, level: _level, isTitle: _title, ...rest } = e;
  return {
    elem: { ...rest, kind: 'text', lines: [line], text: line.text.trim(), bbox: line.bbox },
    as: rng.chance(0.5) ? 'heading' : 'text',
  };
}

/** The number as an element of no block (body text in the gold), then the words as the heading. */
function splitNumber(v: VElem, rng: Rng): VElem[] | undefined {
  const m = NUMBERED.exec(v.elem.text.trim());
  const first = v.elem.lines?.[0];
  if (!m || !first?.text.trim().startsWith(m[1])) return undefined;
  const [x0, y0, x1, y1] = first.bbox;
  // the number's share of the first line's width, by characters
  const cut = x0 + ((x1 - x0) * m[1].length) / Math.max(1, first.text.trim().length);
  const numberLine: PLine = { bbox: [x0, y0, cut, y1], text: m[1] };
  const words0: PLine = {
    bbox: [Math.min(x1, cut + 2), y0, x1, y1],
    text: first.text.trim().slice(m[1].length).trim(),
  };
  const restLines: PLine[] = [words0, ...(v.elem.lines ?? []).slice(1)].filter((l) => l.text);
  if (restLines.length === 0) return undefined;
  const number = numberPiece(v.elem, numberLine, rng);
  const words: VElem = {
    ...v,
    elem: {
      ...v.elem,
      lines: restLines,
      text: joinLines(restLines.map((l) => l.text)),
      bbox: union(restLines.map((l) => l.bbox)),
    },
  };
  return [number, words];
}

/** Applies the heading habits to the headings the parser typed as headings (the views' elements are copied). */
export function applyHeadingHabits(pages: VPage[], h: HeadingHabits, rng: Rng, log: HeadingHabitCounts): void {
  for (const p of pages) {
    const out: VElem[] = [];
    for (const v of p.elems) {
      if (v.elem.kind !== 'heading' || v.as !== 'heading') {
        out.push(v);
        continue;
      }
      if (wraps(v.elem) && rng.chance(h.wrappedTitle)) {
        out.push(...wrapped(v, rng));
        log.wrappedTitle++;
        continue;
      }
      const split = rng.chance(h.splitNumber) ? splitNumber(v, rng) : undefined;
      if (split) log.splitNumber++;
      out.push(...(split ?? [v]));
    }
    p.elems = out;
  }
}
