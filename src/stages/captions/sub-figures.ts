// Sub-figures: a row (or column) of pictures that share one figure, with a "(a) …", "(b) …" caption for each
// and the figure's own caption after them. In reading order the parser gives the pictures first, then their
// sub-captions, so the nearest picture is the wrong one for "(a)": the letter names the picture by its place
// in the run of pictures on the page ("(a)" the first, "(b)" the second), read from their boxes. The sub-captions between a picture and the
// figure's caption are part of the same figure, so they do not set the caption apart from its picture.
import type { Element } from '../../model/element.js';
import { looksLikeCaption, roleOf } from './roles.js';

/** The letter of a sub-figure's caption as an index ("(a) …" → 0, "(c) …" → 2); undefined for other text. */
export function subLetterIndex(text: string): number | undefined {
  const m = /^\s*[(（]([a-z])[)）]\s*\S/u.exec(text);
  return m ? m[1].charCodeAt(0) - 97 : undefined;
}

/**
 * The run of consecutive pictures on one page, in reading order, that holds `body[index]`: the pictures, passing
 * over captions the parser typed as such between them (a figure group's own caption).
 */
function imageRun(body: readonly Element[], index: number): Element[] {
  const page = body[index].page;
  const inRun = (k: number) => body[k]?.page === page && (body[k].type === 'image' || body[k].type === 'image_caption');
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

type SubEvidence =
  | {
      id: 'captions.sub-order' | 'captions.sub-order-mismatch' | 'captions.sub-listed' | 'captions.sub-listed-mismatch';
      reason: string;
    }
  | {
      id: 'captions.not-first-listed';
      reason: string;
    };

/** The most pictures a row of sub-figures holds. */
const MAX_ROW = 8;

/**
 * A run of two or more pictures without boxes listed one after another, then exactly one sub-figure caption per
 * picture ("picture, picture, (a) …, (b) …", the figure's caption may stand among them): the pictures and the
 * sub-figure captions in reading order; undefined for any other shape.
 */
function boxlessRow(body: readonly Element[], index: number): { pictures: Element[]; subs: Element[] } | undefined {
  const page = body[index].page;
  if (body[index].bbox) return undefined;
  const picture = (k: number) => body[k]?.page === page && body[k].type === 'image';
  // a row of sub-figures is a few pictures: a longer run is no such row (and is not walked again per caption)
  let start = index;
  while (start > 0 && picture(start - 1) && index - start < MAX_ROW) start--;
  let end = index;
  while (end < body.length - 1 && picture(end + 1) && end - start < MAX_ROW) end++;
  const pictures = body.slice(start, end + 1);
  if (pictures.length < 2 || pictures.length > MAX_ROW || pictures.some((e) => e.bbox)) return undefined;
  if (picture(start - 1) || picture(end + 1)) return undefined;
  const subs: Element[] = [];
  for (let k = end + 1; k <= end + 2 * MAX_ROW && k < body.length && body[k].page === page; k++) {
    const el = body[k];
    if (subLetterIndex(el.text) !== undefined && isCaptionLike(el)) subs.push(el);
    else if (el.type !== 'image_caption' && !looksLikeCaption(el.text)) break;
  }
  const letters = new Set(subs.map((e) => subLetterIndex(e.text)!));
  if (subs.length !== pictures.length || letters.size !== subs.length || [...letters].some((l) => l >= subs.length))
    return undefined;
  return { pictures, subs };
}

/**
 * Without boxes the parser's order is the only evidence of how the row runs, and a weak one: a parser that reads a
 * row by the pictures' tops lists the taller first, the left one first only when they are of a height (the letters'
 * order about as often as not, never less). So a sub-figure's letter names the picture in its place in the listed
 * order (`sub-listed`, `sub-listed-mismatch`), and the figure's own caption names the first picture listed
 * (`not-first-listed` for the others). The order the parser lists the captions in says nothing more: a parser that
 * sets "(b) …" before "(a) …" has swapped the captions, not the pictures.
 */
function listedEvidence(caption: Element, body: readonly Element[], targetIndex: number): SubEvidence | undefined {
  const row = boxlessRow(body, targetIndex);
  if (!row) return undefined;
  const place = row.pictures.indexOf(body[targetIndex]);
  const letter = subLetterIndex(caption.text);
  if (letter !== undefined && row.subs.includes(caption)) {
    const name = `(${String.fromCharCode(97 + letter)})`;
    return letter === place
      ? { id: 'captions.sub-listed', reason: `${name} names picture ${place + 1} of the row as the parser lists them` }
      : {
          id: 'captions.sub-listed-mismatch',
          reason: `${name} names another picture of the row as the parser lists them`,
        };
  }
  if (roleOf(caption) !== 'main' || letter !== undefined || place === 0) return undefined;
  return { id: 'captions.not-first-listed', reason: 'a picture of the row after the first the parser lists' };
}

/**
 * A sub-figure caption and a picture in a run of two or more: whether its letter names this picture
 * (`sub-order`) or another one of the run (`sub-order-mismatch`); undefined when the letter says nothing.
 */
export function subOrderEvidence(
  caption: Element,
  body: readonly Element[],
  targetIndex: number,
): SubEvidence | undefined {
  const letter = subLetterIndex(caption.text);
  if (body[targetIndex].type !== 'image') return undefined;
  const listed = listedEvidence(caption, body, targetIndex);
  if (listed || letter === undefined) return listed;
  const run = imageRun(body, targetIndex);
  // Without boxes the run's order is the parser's, which lists a taller right-hand picture first as often as not.
  if (run.length < 2 || letter >= run.length || !run.every((e) => e.bbox)) return undefined;
  const place = placeInRun(run, body[targetIndex]);
  const name = `(${String.fromCharCode(97 + letter)})`;
  return place === letter
    ? { id: 'captions.sub-order', reason: `${name} names picture ${place + 1} of the ${run.length} in a row` }
    : { id: 'captions.sub-order-mismatch', reason: `${name} names another picture of the ${run.length} in a row` };
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

/** A sub-figure caption as the parser gives it: a caption, or short text. */
function isCaptionLike(el: Element): boolean {
  return el.type === 'image_caption' || ((el.type === 'text' || el.type === 'title') && el.text.length <= 120);
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
