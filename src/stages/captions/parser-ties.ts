// Doubting the parser's ties (evidence 1 of ../captions.ts): a caption the parser nested in or linked to a float
// is taken as is unless the page contradicts the tie. A doubted caption is placed by the pair evidence like a
// free one, over every float of its page (the parser set it in reading order by the float it tied it to), and
// keeps the parser's tie when no float reaches the threshold. What contradicts a tie:
//  - `kind`: its label names another kind of float ("Figure 2" nested in a table) and the page holds a float of
//    that kind (so a table the parser read as a picture keeps its "Table 2" caption);
//  - `sub-figure`: a sub-figure's "(b) …" set under another picture of the row than the parser's, or, without
//    a box of its own, whose letter names another picture of the row (./sub-figures.ts);
//  - `column`: the caption shares no horizontal extent with its float while a float of its kind stands right
//    under or over it (two tables side by side, their captions exchanged);
//  - `row`: a figure's caption on a picture that is not the first of its row, not set under that picture alone,
//    while the first has no caption of its own from the parser (a row's caption names it by its first picture);
//  - `habit`: a caption proper set against the document's habit for its float's kind (./habits.ts: captions
//    below figures, say, and this one above its picture) while a float of that kind the parser left without a
//    caption stands right by it on the habit side (Docling tying a figure's caption to the picture under it);
//  - `crowded`: the parser put two numbered captions of the float's kind on one float ("Table 4", "Table 5" in
//    one MinerU entry) while a float of that kind on the page has none: the one its number sends there (the lower
//    when that float comes first in reading order) is doubted;
//  - `numbering`: two boxless numbered captions of one kind, each nested in its own float, one float over the other
//    in one column and first in reading order holding the higher number ("Fig. 2" in the upper picture, "Fig. 1" in
//    the lower): both are doubted, and the label order (./label-order.ts) exchanges them back.
// Each doubt only reopens the question: the pair evidence places the caption, and the tie stands when no float
// on the page reaches the threshold.
import { overlapsHorizontally } from '../../layout/columns.js';
import type { Element } from '../../model/element.js';
import type { CaptionHabits } from './habits.js';
import { captionNumber, compareNumbers } from './label-order.js';
import { contradictsKind, isAbove, roleOf, wantedKind } from './roles.js';
import { letterNamesAnother, picturesLeftOf, underAnotherPicture } from './sub-figures.js';

export type Doubt = 'kind' | 'sub-figure' | 'column' | 'row' | 'habit' | 'crowded' | 'numbering';

/** How near (share of the page height) another float must stand above or below a caption to claim it. */
const NEAR = 0.05;

/** Vertical gap between two boxed elements, 0 when they overlap. */
function verticalGap(a: Element, b: Element): number {
  return Math.max(0, Math.max(a.bbox![1], b.bbox![1]) - Math.min(a.bbox![3], b.bbox![3]));
}

function inAnotherColumn(caption: Element, float: Element, page: readonly Element[]): boolean {
  if (!caption.bbox || !float.bbox || caption.page !== float.page) return false;
  if (Math.min(caption.bbox[2], float.bbox[2]) - Math.max(caption.bbox[0], float.bbox[0]) > 0) return false;
  const kind = wantedKind(caption);
  return page.some(
    (o) =>
      o !== float &&
      o.type === kind &&
      o.bbox !== null &&
      overlapsHorizontally(caption, o) &&
      verticalGap(caption, o) <= NEAR,
  );
}

function laterInRow(caption: Element, float: Element, page: readonly Element[], mainTied: ReadonlySet<number>) {
  if (roleOf(caption) !== 'main' || float.type !== 'image' || !float.bbox) return false;
  const left = picturesLeftOf(float, page);
  if (left.length === 0 || left.every((p) => mainTied.has(p.id))) return false;
  if (!caption.bbox) return true;
  const cx = (caption.bbox[0] + caption.bbox[2]) / 2;
  return cx < float.bbox[0] || cx > float.bbox[2];
}

/** The caption's tie sets it against its document's habit, and an uncaptioned float of the kind stands by it on the habit side. */
function againstHabit(caption: Element, float: Element, page: readonly Element[], ctx: TieContext): boolean {
  const kind = float.type === 'table' || float.type === 'image' ? float.type : undefined;
  const habit = kind ? ctx.habits[kind] : undefined;
  if (!habit || roleOf(caption) !== 'main' || !caption.bbox || !float.bbox || caption.page !== float.page) return false;
  const above = isAbove(caption, float, 0);
  if ((above ? 'above' : 'below') === habit.side) return false;
  // Wholly on the other side of its float by the boxes (not a caption overlapping its picture).
  if (above ? caption.bbox[3] > float.bbox[1] + 0.005 : caption.bbox[1] < float.bbox[3] - 0.005) return false;
  return page.some(
    (o) =>
      o !== float &&
      o.type === kind &&
      o.bbox !== null &&
      !ctx.mainTied.has(o.id) &&
      overlapsHorizontally(caption, o) &&
      verticalGap(caption, o) <= NEAR &&
      isAbove(caption, o, 0) === (habit.side === 'above'),
  );
}

/** Two numbered captions of the float's kind on one float, and a float of the kind on the page without any. */
function crowded(caption: Element, float: Element, page: readonly Element[], ctx: TieContext): boolean {
  const own = captionNumber(caption);
  if (!own || own.kind !== float.type || roleOf(caption) !== 'main') return false;
  const others = (ctx.tiedTo.get(float.id) ?? [])
    .filter((c) => c !== caption && roleOf(c) === 'main')
    .map(captionNumber)
    .filter((n) => n?.kind === own.kind && compareNumbers(n.parts, own.parts) !== 0);
  if (others.length === 0) return false;
  const at = ctx.position.get(float.id)!;
  const bare = page.filter((o) => o !== float && o.type === float.type && !ctx.mainTied.has(o.id));
  // The uncaptioned float before this one takes the lower number, one after it the higher.
  return bare.some((o) => {
    const before = ctx.position.get(o.id)! < at;
    return others.some((n) =>
      before ? compareNumbers(own.parts, n!.parts) < 0 : compareNumbers(own.parts, n!.parts) > 0,
    );
  });
}

/** A page's floats with a box, by type: listed once per page (a page of 100,000 elements holds 2,000 captions). */
const floatsByPage = new WeakMap<readonly Element[], Map<string, Element[]>>();

function boxedFloats(page: readonly Element[], type: string): readonly Element[] {
  let byType = floatsByPage.get(page);
  if (!byType) {
    byType = new Map();
    for (const o of page) {
      if (!o.bbox || (o.type !== 'table' && o.type !== 'image')) continue;
      const list = byType.get(o.type) ?? [];
      list.push(o);
      byType.set(o.type, list);
    }
    floatsByPage.set(page, byType);
  }
  return byType.get(type) ?? [];
}

/** The number of a boxless main caption, read once per caption (each is asked for by every float of its page). */
const boxlessNumbers = new WeakMap<Element, ReturnType<typeof captionNumber> | null>();

function boxlessMainNumber(c: Element): ReturnType<typeof captionNumber> | undefined {
  let n = boxlessNumbers.get(c);
  if (n === undefined) {
    n = (roleOf(c) === 'main' && !c.bbox ? captionNumber(c) : undefined) ?? null;
    boxlessNumbers.set(c, n);
  }
  return n ?? undefined;
}

/**
 * The parser nested two numbered captions of one kind, each in its own float of a page, against their floats' order:
 * the float over the other in one column (by their boxes, and first in reading order) holds the higher number.
 */
function againstNumbering(caption: Element, float: Element, page: readonly Element[], ctx: TieContext): boolean {
  const own = captionNumber(caption);
  if (!own || own.kind !== float.type || roleOf(caption) !== 'main' || caption.bbox || !float.bbox) return false;
  const at = ctx.position.get(float.id)!;
  return boxedFloats(page, float.type).some((o) => {
    if (o === float || !overlapsHorizontally(o, float, 0.8)) return false;
    const before = ctx.position.get(o.id)! < at;
    const [upper, lower] = before ? [o, float] : [float, o];
    if (lower.bbox![1] < upper.bbox![3] - 0.005) return false;
    return (ctx.tiedTo.get(o.id) ?? []).some((c) => {
      const n = boxlessMainNumber(c);
      if (n?.kind !== own.kind) return false;
      const order = compareNumbers(own.parts, n.parts);
      return before ? order < 0 : order > 0;
    });
  });
}

/** What the ties of the whole document tell about one: the document's habits and who holds which caption. */
export interface TieContext {
  habits: CaptionHabits;
  /** Floats the parser gave a caption proper. */
  mainTied: ReadonlySet<number>;
  /** Float id → the captions the parser tied to it. */
  tiedTo: ReadonlyMap<number, Element[]>;
  /** Element id → place in reading order. */
  position: ReadonlyMap<number, number>;
}

/**
 * Why the parser's tie of `caption` to `float` (at `floatIndex` in `body`) is doubted; undefined when it is taken.
 * @param page the elements of the caption's page
 */
export function doubtTie(
  caption: Element,
  float: Element,
  page: readonly Element[],
  body: readonly Element[],
  floatIndex: number,
  ctx: TieContext,
): Doubt | undefined {
  const { mainTied } = ctx;
  if (contradictsKind(caption, float)) {
    const kind = wantedKind(caption);
    return page.some((o) => o.type === kind) ? 'kind' : undefined;
  }
  if (underAnotherPicture(caption, float, page) || letterNamesAnother(caption, body, floatIndex)) return 'sub-figure';
  if (inAnotherColumn(caption, float, page)) return 'column';
  if (laterInRow(caption, float, page, mainTied)) return 'row';
  if (againstHabit(caption, float, page, ctx)) return 'habit';
  if (crowded(caption, float, page, ctx)) return 'crowded';
  if (againstNumbering(caption, float, page, ctx)) return 'numbering';
  return undefined;
}
