// Paragraph habits (session 26, `--para-habits`): how layout models cut paragraphs inside a column, applied after
// habits.ts (and the table and heading habits) to the parser-style writers' view of the pages. A layout model often
// gives one paragraph as two blocks, one under the other in the same column, cut at a line where nothing ends
// (DeepSeek-OCR, PP-Structure, Docling on real pages: "… tại thời điểm Người được bảo hiểm tử vong" | "trừ Khoản nợ
// …"); the corpora never had that. The gold follows the hand-checked sets' convention (test-samples/gold/README.md,
// "Merges"): a paragraph the parser split in mid-sentence is one group of `paragraphMerges` — the pieces keep the
// paragraph's block id, so the writers' gold groups them.
//
//   splitParagraph  a paragraph of three lines or more, typed as text, given as two blocks cut after a line that
//                   ends no sentence (a line ending in ".", "?", "!", ":", ";" or their CJK forms is never the cut:
//                   a cut there is a new paragraph as often as not, and the gold convention keeps those apart);
//                   the line is drawn uniformly among the paragraph's mid-sentence line ends, so the next piece
//                   opens with whatever that line opens with — a lower-case word, a name, a number, a formula
//
// Mistral's Markdown keeps a paragraph whole: none there. Off unless asked, with its own random stream, so the corpora
// built without it stay byte-identical.
import { joinLines, type PElem, type PLine } from './build.js';
import type { VElem, VPage } from './habits.js';
import type { Rng } from './rng.js';

export interface ParaHabits {
  splitParagraph: number;
}

export type ParaHabitCounts = Record<keyof ParaHabits, number>;

export const emptyParaCounts = (): ParaHabitCounts => ({ splitParagraph: 0 });

export function chooseParaHabits(rng: Rng): ParaHabits {
  return { splitParagraph: rng.pick([0.1, 0.2, 0.35]) };
}

/** A line that ends a sentence or a clause a new block may follow ("… below:", "… is easy;"). */
const ENDS_CLAUSE = /[.!?:;。！？：；…]["'”’)\]]*$/u;

const union = (boxes: PElem['bbox'][]): PElem['bbox'] => [
  Math.min(...boxes.map((b) => b[0])),
  Math.min(...boxes.map((b) => b[1])),
  Math.max(...boxes.map((b) => b[2])),
  Math.max(...boxes.map((b) => b[3])),
];

/** The lines of `v` as one piece of the same kind and block. */
function piece(v: VElem, lines: PLine[]): VElem {
  return {
    ...v,
    elem: { ...v.elem, lines, text: joinLines(lines.map((l) => l.text)), bbox: union(lines.map((l) => l.bbox)) },
  };
}

/** The paragraph cut after one of its mid-sentence lines, drawn uniformly; none when it has no such line. */
function split(v: VElem, rng: Rng): VElem[] | undefined {
  const lines = v.elem.lines ?? [];
  if (lines.length < 3) return undefined;
  const cuts: number[] = [];
  for (let k = 1; k < lines.length; k++) if (!ENDS_CLAUSE.test(lines[k - 1].text.trim())) cuts.push(k);
  if (cuts.length === 0) return undefined;
  const k = rng.pick(cuts);
  return [piece(v, lines.slice(0, k)), piece(v, lines.slice(k))];
}

/** Applies the paragraph habits to the paragraphs the parser typed as text (the views' elements are copied). */
export function applyParaHabits(pages: VPage[], h: ParaHabits, rng: Rng, log: ParaHabitCounts): void {
  for (const p of pages) {
    const out: VElem[] = [];
    for (const v of p.elems) {
      const prose = v.elem.kind === 'text' && v.as === 'text' && v.elem.role !== 'equation' && v.elem.blockId;
      const pieces = prose && rng.chance(h.splitParagraph) ? split(v, rng) : undefined;
      if (pieces) log.splitParagraph++;
      out.push(...(pieces ?? [v]));
    }
    p.elems = out;
  }
}
