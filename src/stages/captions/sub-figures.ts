// Sub-figures: a row (or column) of pictures that share one figure, with a "(a) …", "(b) …" caption for each
// and the figure's own caption after them. In reading order the parser gives the pictures first, then their
// sub-captions, so the nearest picture is the wrong one for "(a)": the letter names the picture by its place
// in the run of pictures on the page ("(a)" the first, "(b)" the second), read from their boxes. The sub-captions between a picture and the
// figure's caption are part of the same figure, so they do not set the caption apart from its picture.
import type { Element } from '../../model/element.js';
import { parseCaptionLabel } from '../../text/caption-label.js';

/** The letter of a sub-figure's caption as an index ("(a) …" → 0, "(c) …" → 2); undefined for other text. */
export function subLetterIndex(text: string): number | undefined {
  const m = /^\s*[(（]([a-z])[)）]\s*\S/u.exec(text);
  return m ? m[1].charCodeAt(0) - 97 : undefined;
}

/**
 * A figure's caption set on the page between the pictures before and after it (under the one, over the other):
 * it closes one figure, and the next picture opens another. A numbered caption without a box (nested in its
 * picture's entry by MinerU) closes its figure when it stands between two pictures in reading order and another
 * numbered figure caption follows among the pictures after it ("Figure 2: …", then "(b) …", "(a) …", "Figure 3:
 * …") or the next picture stands wholly under its own by their boxes, and the two are not of one row: two figures;
 * alone, it is the caption of the sub-figures around it, nested in one of them.
 */
function closesFigure(body: readonly Element[], k: number): boolean {
  const caption = body[k];
  if (subLetterIndex(caption.text) !== undefined) return false;
  const [before, after] = [neighbourPicture(body, k, -1), neighbourPicture(body, k, 1)];
  if (!caption.bbox) {
    if (before === undefined || after === undefined) return false;
    // Two pictures of one row by their boxes: the parser nested the figure's caption in the first (MinerU), not
    // between two figures; a figure's caption is set under its row.
    if (sameRow(before, after)) return false;
    // A figure's own numbered caption nested in a picture that the next one stands wholly under: two figures.
    const below = before.bbox && after.bbox && after.bbox[1] >= before.bbox[3] - 0.005;
    return (below && parseCaptionLabel(caption.text) !== undefined) || numberedAfter(body, k);
  }
  if (!before?.bbox || !after?.bbox) return false;
  return before.bbox[3] <= caption.bbox[1] + 0.005 && after.bbox[1] >= caption.bbox[3] - 0.005;
}

/** `body[k]` and another caption after it among the pictures of its page are figures' own numbered captions (no letter). */
function numberedAfter(body: readonly Element[], k: number): boolean {
  const numbered = (e: Element) => subLetterIndex(e.text) === undefined && parseCaptionLabel(e.text) !== undefined;
  if (!numbered(body[k])) return false;
  for (let j = k + 1; body[j]?.page === body[k].page; j++) {
    if (body[j].type === 'image') continue;
    if (body[j].type !== 'image_caption') return false;
    if (numbered(body[j])) return true;
  }
  return false;
}

/** The nearest picture before (step −1) or after (+1) position `k` on its page, passing over captions. */
function neighbourPicture(body: readonly Element[], k: number, step: number): Element | undefined {
  let j = k + step;
  while (body[j]?.page === body[k].page && body[j].type === 'image_caption') j += step;
  return body[j]?.page === body[k].page && body[j].type === 'image' ? body[j] : undefined;
}

/**
 * The run of consecutive pictures on one page, in reading order, that holds `body[index]`: the pictures, passing
 * over captions the parser typed as such between them (a figure group's own caption), but not over a figure's
 * caption set between two pictures on the page (two figures, one after the other).
 */
function imageRun(body: readonly Element[], index: number): Element[] {
  const page = body[index].page;
  const inRun = (k: number) =>
    body[k]?.page === page &&
    (body[k].type === 'image' || (body[k].type === 'image_caption' && !closesFigure(body, k)));
  let start = index;
  while (start > 0 && inRun(start - 1)) start--;
  let end = index;
  while (end < body.length - 1 && inRun(end + 1)) end++;
  return body.slice(start, end + 1).filter((e) => e.type === 'image');
}

/** Two boxed elements in one row: their vertical extents overlap by half the shorter one's height. */
export function sameRow(a: Element, b: Element): boolean {
  if (!a.bbox || !b.bbox) return false;
  const [x, y] = [a.bbox, b.bbox];
  const overlap = Math.min(x[3], y[3]) - Math.max(x[1], y[1]);
  return overlap >= 0.5 * Math.min(x[3] - x[1], y[3] - y[1]);
}

/** The pictures of the page in `picture`'s row and wholly left of it. */
export function picturesLeftOf(picture: Element, page: readonly Element[]): Element[] {
  const box = picture.bbox;
  if (picture.type !== 'image' || !box) return [];
  return page.filter(
    (o) => o !== picture && o.type === 'image' && o.bbox !== null && sameRow(o, picture) && o.bbox[2] <= box[0] + 0.01,
  );
}

/**
 * The picture's place among its run as a reader takes them, by their boxes: rows top to bottom, each left to
 * right (a parser's reading order may list them otherwise).
 */
function placeInRun(run: readonly Element[], target: Element): number {
  const before = (a: Element, b: Element) => (sameRow(a, b) ? a.bbox![0] < b.bbox![0] : a.bbox![1] < b.bbox![1]);
  return run.filter((e) => e !== target && before(e, target)).length;
}

/**
 * A sub-figure caption and a picture in a run of two or more: whether its letter names this picture
 * (`sub-order`) or another one of the run (`sub-order-mismatch`); undefined when the letter says nothing.
 */
export function subOrderEvidence(
  caption: Element,
  body: readonly Element[],
  targetIndex: number,
): { id: 'captions.sub-order' | 'captions.sub-order-mismatch'; reason: string } | undefined {
  const letter = subLetterIndex(caption.text);
  if (letter === undefined || body[targetIndex].type !== 'image') return undefined;
  const run = imageRun(body, targetIndex);
  if (run.length < 2 || letter >= run.length) return undefined;
  // With boxes, the reader's order of the run; with none at all (Unstructured without coordinates), the parser's
  // reading order, which takes a row left to right as a reader does. Some boxed and some not: no order to trust.
  const boxed = run.filter((e) => e.bbox).length;
  if (boxed > 0 && boxed < run.length) return undefined;
  const place = boxed ? placeInRun(run, body[targetIndex]) : run.indexOf(body[targetIndex]);
  const name = `(${String.fromCharCode(97 + letter)})`;
  const by = boxed ? 'in a row' : 'in reading order (no boxes)';
  return place === letter
    ? { id: 'captions.sub-order', reason: `${name} names picture ${place + 1} of the ${run.length} ${by}` }
    : { id: 'captions.sub-order-mismatch', reason: `${name} names another picture of the ${run.length} ${by}` };
}

/**
 * A figure's own caption and a picture after the first of a row of sub-figures without boxes (Unstructured without
 * coordinates): pictures one after another in reading order, then a sub-figure's "(a) …" among the captions after
 * them. The figure is named by its first picture, as `captions.not-first-in-row` says by boxes (./pair-evidence.ts).
 */
export function afterFirstOfBoxlessRow(caption: Element, body: readonly Element[], targetIndex: number): boolean {
  const target = body[targetIndex];
  if (target.type !== 'image' || target.bbox || subLetterIndex(caption.text) !== undefined) return false;
  const run = imageRun(body, targetIndex);
  if (run.length < 2 || run[0] === target || run.some((e) => e.bbox)) return false;
  // a letter among the captions after the row: sub-figures, not pictures of separate figures
  for (let j = targetIndex + 1; j <= targetIndex + 8 && body[j]?.page === target.page; j++) {
    if (body[j].type === 'image') continue;
    if (!isCaptionLike(body[j])) return false;
    if (subLetterIndex(body[j].text) !== undefined) return true;
  }
  return false;
}

/**
 * Blocks from the caption to its float in reading order, not counting the sub-figure captions between them
 * (they belong to the same figure): "picture, picture, (a), (b), Figure 2: …" puts the figure's caption
 * two blocks from the second picture, not three.
 */
export function figureDistance(body: readonly Element[], captionIndex: number, targetIndex: number): number {
  const [from, to] = captionIndex < targetIndex ? [captionIndex, targetIndex] : [targetIndex, captionIndex];
  let blocks = to - from;
  for (let k = from + 1; k < to; k++)
    if (subLetterIndex(body[k].text) !== undefined && isCaptionLike(body[k])) blocks--;
  return blocks;
}

/** A sub-figure caption as the parser gives it: a caption, or short text (a list item for its letter). */
function isCaptionLike(el: Element): boolean {
  const line = el.type === 'text' || el.type === 'title' || el.type === 'list_item';
  return el.type === 'image_caption' || (line && el.text.length <= 120);
}

/**
 * A sub-figure caption the parser links to (or nests in) one picture while its box stands under another picture
 * of the same page and not under the linked one: the parser swapped the pictures of the row, the boxes decide.
 */
export function underAnotherPicture(caption: Element, linked: Element, page: readonly Element[]): boolean {
  if (subLetterIndex(caption.text) === undefined || linked.type !== 'image' || !caption.bbox || !linked.bbox)
    return false;
  const cx = (caption.bbox[0] + caption.bbox[2]) / 2;
  const under = (p: Element) => p.bbox !== null && p.bbox[0] <= cx && cx <= p.bbox[2];
  if (under(linked)) return false;
  return page.some(
    (o) =>
      o !== linked &&
      o.type === 'image' &&
      o.page === caption.page &&
      under(o) &&
      o.bbox![3] <= caption.bbox![1] + 0.01,
  );
}

/**
 * A sub-figure caption without a box of its own (nested in a parser's picture entry) whose letter names another
 * picture of the row than the one at `floatIndex`, by the pictures' boxes.
 */
export function letterNamesAnother(caption: Element, body: readonly Element[], floatIndex: number): boolean {
  return !caption.bbox && subOrderEvidence(caption, body, floatIndex)?.id === 'captions.sub-order-mismatch';
}
