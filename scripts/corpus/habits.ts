// Parser habits (issue #13 item 2): the errors real parsers make, seeded per document and format, applied to
// the page-level elements before a parser-style writer (scripts/corpus/writers/) writes them. The gold stays
// the source's truth: an element typed wrongly keeps its true role in the gold (a chapter title typed as a
// page header is still a heading; a caption typed as body text is still linked to its float), and an element
// the parser dropped is in neither the input nor the gold.
//
//   chapterAsHeader  a chapter/top-section title that opens its page (the first body element on the page, level
//                    2 — not the document's title) typed as a running page header
//   headingAsText    any other heading typed as body text
//   leadAsHeading    a bold lead-in (sidebar/note title, `<dt>` term) typed as a heading
//   looseCaption     a table/figure caption typed as body text, not tied to its float (the parser missed the
//                    float–caption relation); three times as likely for captions a layout model finds hard: long
//                    ones (over 160 characters), "Table I." (Roman numbers), CJK captions with no space after the
//                    number ("图1说明"), "Algorithm 1"
//   dropFormula      a display equation left out (LaTeX producer: `role: 'equation'`)
//   dropBlank        an answer blank (a run of eight or more underscores, workbooks) left out
//   swapCaptions     on a page with two captions of floats, the two captions exchanged: each is printed where the
//                    other was and attached to the other's float
import type { ElemKind, PElem } from './build.js';
import type { Rng } from './rng.js';

export interface Habits {
  chapterAsHeader: number;
  headingAsText: number;
  leadAsHeading: number;
  looseCaption: number;
  dropFormula: number;
  dropBlank: number;
  swapCaptions: number;
  /** how the parser writes heading levels (writers with levels: Marker, Mistral, Docling) */
  levels: LevelMode;
}

/**
 * right: the true level · flat: every heading at one level (`#`, Docling's level 1) · restart: levels restart on
 * every page (the page's first heading is `#`) · shift: every heading below the title one level deeper ·
 * jitter: a quarter of the headings one level off.
 */
export type LevelMode = 'right' | 'flat' | 'restart' | 'shift' | 'jitter';

export type HabitCounts = Record<Exclude<keyof Habits, 'levels'>, number>;

export const emptyCounts = (): HabitCounts => ({
  chapterAsHeader: 0,
  headingAsText: 0,
  leadAsHeading: 0,
  looseCaption: 0,
  dropFormula: 0,
  dropBlank: 0,
  swapCaptions: 0,
});

/** Level modes and their weights per writer (Docling mostly writes level 1 for every section header). */
const LEVEL_MODES: Record<string, [LevelMode, number][]> = {
  docling: [
    ['flat', 0.8],
    ['right', 0.2],
  ],
  marker: [
    ['right', 0.35],
    ['shift', 0.25],
    ['jitter', 0.25],
    ['flat', 0.15],
  ],
  mistral: [
    ['right', 0.3],
    ['flat', 0.3],
    ['restart', 0.25],
    ['jitter', 0.15],
  ],
};

function pickWeighted<T>(rng: Rng, items: [T, number][]): T {
  let r = rng.next() * items.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of items) {
    r -= w;
    if (r < 0) return v;
  }
  return items[items.length - 1][0];
}

export function chooseHabits(rng: Rng, writer: string): Habits {
  return {
    chapterAsHeader: rng.pick([0, 0.25, 0.5]),
    headingAsText: rng.pick([0, 0.03, 0.08]),
    leadAsHeading: rng.pick([0, 0.1, 0.2]),
    looseCaption: rng.pick([0.03, 0.08, 0.15]),
    dropFormula: rng.pick([0, 0.3, 0.7]),
    dropBlank: rng.pick([0.3, 0.6, 0.9]),
    swapCaptions: rng.pick([0, 0.1, 0.25]),
    levels: pickWeighted(rng, LEVEL_MODES[writer] ?? [['right', 1]]),
  };
}

/** An element as the parser writes it. */
export interface VElem {
  elem: PElem;
  /** the kind the parser gives it (`elem.kind` unless a habit changed it) */
  as: ElemKind;
  /** captions: the float block the parser ties it to (none when loose) */
  attach?: string;
}

export interface VPage {
  width: number;
  height: number;
  elems: VElem[];
}

const isFurniture = (k: ElemKind) => k === 'header' || k === 'footer' || k === 'page_number';
const HARD_CAPTION = /^(table|fig\.?|figure)\s+[IVXLC]+\b|^algorithm\s+\d|^[图表図]\s?[0-9０-９]+[^\s0-9０-９.．:：]/i;

function captionOdds(h: Habits, text: string): number {
  const hard = text.length > 160 || HARD_CAPTION.test(text.trim());
  return hard ? Math.max(h.looseCaption, Math.min(0.8, 3 * h.looseCaption)) : h.looseCaption;
}

/** The view of one page: drops and re-typings, in reading order. */
function viewPage(elems: PElem[], h: Habits, rng: Rng, log: HabitCounts): VElem[] {
  const out: VElem[] = [];
  const firstBody = elems.find((e) => !isFurniture(e.kind));
  for (const e of elems) {
    const v: VElem = { elem: e, as: e.kind };
    if (e.kind === 'caption') v.attach = e.captionOf;
    if (e.role === 'equation' && rng.chance(h.dropFormula)) {
      log.dropFormula++;
      continue;
    }
    if (e.kind === 'text' && /_{8,}/.test(e.text) && rng.chance(h.dropBlank)) {
      log.dropBlank++;
      continue;
    }
    if (e.kind === 'heading' && e === firstBody && !e.isTitle && (e.level ?? 1) <= 2 && rng.chance(h.chapterAsHeader)) {
      v.as = 'header';
      log.chapterAsHeader++;
    } else if (e.kind === 'heading' && !e.isTitle && rng.chance(h.headingAsText)) {
      v.as = 'text';
      log.headingAsText++;
    } else if (e.kind === 'lead' && rng.chance(h.leadAsHeading)) {
      v.as = 'heading';
      log.leadAsHeading++;
    } else if (e.kind === 'caption' && rng.chance(captionOdds(h, e.text))) {
      v.as = 'text';
      v.attach = undefined;
      log.looseCaption++;
    }
    out.push(v);
  }
  swapCaptions(out, h, rng, log);
  return out;
}

/** Two captions of different floats on one page exchanged: places and attachments. */
function swapCaptions(page: VElem[], h: Habits, rng: Rng, log: HabitCounts) {
  const caps = page.map((v, i) => ({ v, i })).filter(({ v }) => v.as === 'caption' && v.attach !== undefined);
  for (let k = 0; k + 1 < caps.length; k += 2) {
    const a = caps[k];
    const b = caps[k + 1];
    if (a.v.attach === b.v.attach || !rng.chance(h.swapCaptions)) continue;
    [a.v.attach, b.v.attach] = [b.v.attach, a.v.attach];
    [page[a.i], page[b.i]] = [page[b.i], page[a.i]];
    log.swapCaptions++;
  }
}

export function applyHabits(
  pages: { width: number; height: number; elems: PElem[] }[],
  h: Habits,
  rng: Rng,
  log: HabitCounts,
): VPage[] {
  return pages.map((p) => ({ width: p.width, height: p.height, elems: viewPage(p.elems, h, rng, log) }));
}

/** The heading level the parser writes (1–6) for a heading-typed element, by the document's level mode. */
export function parserLevels(pages: VPage[], mode: LevelMode, rng: Rng): Map<VElem, number> {
  const out = new Map<VElem, number>();
  for (const p of pages) {
    let base: number | undefined;
    for (const v of p.elems) {
      if (v.as !== 'heading') continue;
      const truth = v.elem.kind === 'heading' ? (v.elem.level ?? 1) : 3;
      let lvl = truth;
      if (mode === 'flat') lvl = 1;
      else if (mode === 'shift') lvl = v.elem.isTitle || truth === 1 ? 1 : truth + 1;
      else if (mode === 'jitter' && rng.chance(0.25)) lvl = truth + (rng.chance(0.5) ? 1 : -1);
      else if (mode === 'restart') {
        base ??= truth;
        lvl = truth - base + 1;
      }
      out.set(v, Math.max(1, Math.min(6, lvl)));
    }
  }
  return out;
}
