// The type size of CJK lines on the scale of the Latin text around them. TeX's Japanese and Chinese set-ups
// (LuaTeX-ja, pTeX, CTeX) scale the CJK font to a fraction of the nominal size (ltjsarticle: 0.924 —
// the CJK square is set to the Latin font's height, not its size), so a heading in CJK alone reads a step
// smaller than a numbered one whose digits are Latin ("1 logcheck を使った…" 15.71 pt against "監視活動"
// 14.53 pt at one \section size) and the headings stage took it for a level deeper. Evidence: the lines
// that mix both scripts give, run against run, the document's CJK size over its Latin size; when enough of
// them agree on one ratio below 1, lines set in CJK are read at the Latin scale. No ratio (no mixed lines,
// or they disagree): sizes stay as the PDF gives them.
import { isCjkChar } from '../text/chars.js';

/** A line's two scripts' sizes, from its runs (only on lines that hold both). */
export interface ScriptSizes {
  cjk: number;
  latin: number;
}

const MIN_LINES = 5;
/** Ratios within this fraction of the median agree. */
const AGREE = 0.02;
/** The share of mixed lines that must agree. */
const AGREEING_SHARE = 0.6;
/** A scale outside this range is not a font set-up's scale (a CJK footnote mark, a bigger Latin title). */
const MIN_SCALE = 0.8;
const MAX_SCALE = 0.99;

const LATIN = /[A-Za-z0-9]/;

function hasCjk(text: string): boolean {
  for (const ch of text) if (isCjkChar(ch)) return true;
  return false;
}

/**
 * A run's width in columns, for weighing a line's fonts against one another: a CJK character is full-width, two
 * columns, as a Latin letter is one. Counted by characters alone, a Chinese line with a few Latin words set in
 * bold ("为 /usr。…在 debian/rules 文件中添加名为 override_dh_auto_install", debmake-doc zh-cn) read as bold, and
 * its paragraph's last lines as bold title candidates.
 */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text.trim()) n += isCjkChar(ch) ? 2 : 1;
  return n;
}

/** Whether a run's text is CJK (any CJK character) or Latin (letters or digits, no CJK); otherwise neither. */
export function runScript(text: string): 'cjk' | 'latin' | undefined {
  if (hasCjk(text)) return 'cjk';
  return LATIN.test(text) ? 'latin' : undefined;
}

/**
 * The document's CJK-over-Latin size ratio from its mixed lines' run sizes, or undefined when they are too
 * few, disagree, or show no scaling.
 */
export function cjkScale(mixed: readonly ScriptSizes[]): number | undefined {
  if (mixed.length < MIN_LINES) return undefined;
  const ratios = mixed.map((m) => m.cjk / m.latin).sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)];
  const agreeing = ratios.filter((r) => Math.abs(r - median) <= AGREE * median).length;
  if (agreeing < AGREEING_SHARE * ratios.length) return undefined;
  return median >= MIN_SCALE && median <= MAX_SCALE ? median : undefined;
}

/** A line as read, with its scripts' run sizes while the document is read (dropped by rescaleCjk). */
export interface ScriptedLine {
  fontSize: number;
  cjk?: boolean;
  scripts?: ScriptSizes;
}

/** CJK lines' font sizes on the Latin scale when the document's mixed lines agree on a CJK scale. */
export function rescaleCjk(lines: ScriptedLine[]): void {
  const scale = cjkScale(lines.flatMap((l) => (l.scripts ? [l.scripts] : [])));
  for (const l of lines) {
    if (scale !== undefined && l.cjk) l.fontSize = Math.round((l.fontSize / scale) * 100) / 100;
    delete l.scripts;
  }
}
