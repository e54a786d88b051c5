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
//    while the first has no caption of its own from the parser (a row's caption names it by its first picture).
import { overlapsHorizontally } from '../../layout/columns.js';
import type { Element } from '../../model/element.js';
import { contradictsKind, roleOf, wantedKind } from './roles.js';
import { letterNamesAnother, picturesLeftOf, underAnotherPicture } from './sub-figures.js';

export type Doubt = 'kind' | 'sub-figure' | 'column' | 'row';

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

/**
 * Why the parser's tie of `caption` to `float` (at `floatIndex` in `body`) is doubted; undefined when it is taken.
 * @param page the elements of the caption's page
 * @param mainTied floats the parser gave a caption proper
 */
export function doubtTie(
  caption: Element,
  float: Element,
  page: readonly Element[],
  body: readonly Element[],
  floatIndex: number,
  mainTied: ReadonlySet<number>,
): Doubt | undefined {
  if (contradictsKind(caption, float)) {
    const kind = wantedKind(caption);
    return page.some((o) => o.type === kind) ? 'kind' : undefined;
  }
  if (underAnotherPicture(caption, float, page) || letterNamesAnother(caption, body, floatIndex)) return 'sub-figure';
  if (inAnotherColumn(caption, float, page)) return 'column';
  if (laterInRow(caption, float, page, mainTied)) return 'row';
  return undefined;
}
