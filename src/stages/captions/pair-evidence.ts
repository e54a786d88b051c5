// The evidence about one caption–float pair (evidence 2–4 of ../captions.ts, feature ids `captions.<id>`, weighed
// with src/weights/captions.ts): kind (`kind-match`, `kind-mismatch`, `labelled`, `note-box`), nearness in reading
// order and on the page (`reading-order`, `distance`, `same-page`, `gap`, `no-overlap`, `page-break`; a heading or
// paragraph between them forbids the pair), the side (the document's habit per float kind, `habit-side` /
// `against-habit`, else the usual side, `side`) and a picture's place in its row (`not-first-in-row`). Kind and
// nearness can forbid a pair outright; the side and the row only weigh.
import { overlapsHorizontally } from '../../layout/columns.js';
import type { Element } from '../../model/element.js';
import type { Observation } from '../../model/evidence.js';
import type { EngineOptions } from '../../options.js';
import { parseCaptionLabel } from '../../text/caption-label.js';
import { isNoteBoxTable } from '../table-merge.js';
import { seen } from '../weigh.js';
import type { CaptionHabits } from './habits.js';
import { isAbove, looksLikeCaption, roleOf, wantedKind } from './roles.js';
import { picturesLeftOf } from './sub-figures.js';

/** One kind of evidence about a caption–float pair: an observation and its words for the message. */
export type Evidence = { observations: Observation[]; reasons: string[] };

/** Kind: a table caption goes to a table, an image caption to an image; undefined: never to this float. */
function kindEvidence(caption: Element, target: Element, ev: Evidence): boolean {
  const kind = wantedKind(caption);
  const targetKind = target.type === 'table' ? 'table' : target.type === 'image' ? 'image' : 'other';
  if (kind && kind !== targetKind) {
    if (targetKind !== 'other' || kind === 'table') return false;
    ev.observations.push(seen('captions.kind-mismatch'));
  } else if (kind) {
    ev.observations.push(seen('captions.kind-match'));
    ev.reasons.push(`a ${kind} caption for a ${targetKind}`);
    // Its own label names this kind of float ("Table 1: …"): more than the parser's type of an unlabelled line.
    if (parseCaptionLabel(caption.text)) {
      ev.observations.push(seen('captions.labelled'));
      // A numbered caption is a table's, not a note box's (the parser's table holding a "Tip", "Note", "注意").
      if (isNoteBoxTable(target)) {
        ev.observations.push(seen('captions.note-box'));
        ev.reasons.push('though the table is a note box');
      }
    }
  }
  return true;
}

/** A block whose box reaches into the float's: a label of the figure the parser typed text, not a block apart. */
function insideOf(block: Element, float: Element): boolean {
  const [a, b] = [block.bbox!, float.bbox!];
  return Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);
}

/**
 * A heading or body text wholly inside the vertical gap between caption and float, in the caption's column
 * (a sub-figure's "(a) …", another caption the parser typed text or a label reaching into the float is no such
 * block).
 */
function blockBetween(caption: Element, target: Element, captionAbove: boolean, page: readonly Element[]): boolean {
  const [top, bottom] = captionAbove ? [caption.bbox![3], target.bbox![1]] : [target.bbox![3], caption.bbox![1]];
  return page.some(
    (o) =>
      (o.type === 'title' || o.type === 'text' || o.type === 'list_item') &&
      o !== caption &&
      roleOf(o) === 'main' &&
      !looksLikeCaption(o.text) &&
      o.bbox !== null &&
      o.bbox[1] >= top - 0.002 &&
      o.bbox[3] <= bottom + 0.002 &&
      overlapsHorizontally(o, caption) &&
      !insideOf(o, target),
  );
}

/** Nearness: in reading order, then on the page (vertical gap, horizontal overlap) or across a page break. */
function nearnessEvidence(
  caption: Element,
  target: Element,
  distance: number,
  maxGap: number,
  page: readonly Element[],
  ev: Evidence,
  ordered = true,
) {
  const blocks = Math.abs(distance);
  if (ordered) {
    ev.observations.push(seen('captions.reading-order'), seen('captions.distance', blocks));
    ev.reasons.push(blocks === 1 ? 'next to it in reading order' : `${blocks} blocks away in reading order`);
  } else if (caption.page !== target.page) return false;
  const captionAbove = isAbove(caption, target, distance);
  if (caption.page !== target.page) {
    if (Math.abs(caption.page - target.page) > 1) return false;
    ev.observations.push(seen('captions.page-break'));
    ev.reasons.push('across a page break');
  } else if (caption.bbox && target.bbox) {
    const gap = captionAbove ? target.bbox[1] - caption.bbox[3] : caption.bbox[1] - target.bbox[3];
    if (gap > maxGap) return false;
    // A heading or paragraph standing between them on the page: the caption belongs to what it stands by.
    if (blockBetween(caption, target, captionAbove, page)) return false;
    const overlap = Math.min(caption.bbox[2], target.bbox[2]) - Math.max(caption.bbox[0], target.bbox[0]);
    if (overlap <= 0) ev.observations.push(seen('captions.no-overlap'));
    ev.observations.push(seen('captions.same-page'), seen('captions.gap', Math.max(0, gap)));
    ev.reasons.push(`gap ${(Math.max(0, gap) * 100).toFixed(1)}% of the page`);
  }
  return true;
}

/**
 * The side: the document's own habit for this kind of float when it has one (./captions/habits.ts), else the
 * usual side (captions above tables, below figures); footnotes below their float; "Continued on next page"
 * below, "continued from previous page" above.
 */
function sideEvidence(caption: Element, target: Element, distance: number, habits: CaptionHabits, ev: Evidence) {
  const captionAbove = isAbove(caption, target, distance);
  const side = captionAbove ? 'above' : 'below';
  const role = roleOf(caption);
  const kind = target.type === 'table' ? 'table' : target.type === 'image' ? 'image' : undefined;
  const habit = kind && role === 'main' ? habits[kind] : undefined;
  if (habit) {
    const held = habit.side === side;
    ev.observations.push(seen(held ? 'captions.habit-side' : 'captions.against-habit'));
    const how = `${habit.cases} of ${habit.of} clear cases`;
    ev.reasons.push(
      `${held ? 'on' : 'against'} the side this document sets its ${kind} captions (${habit.side}, ${how})`,
    );
    return;
  }
  const usualSide =
    role === 'note'
      ? !captionAbove
      : role === 'continued'
        ? captionAbove !== /next|下页|次ページ|続く/i.test(caption.text)
        : target.type === 'table'
          ? captionAbove
          : !captionAbove;
  if (!usualSide) return;
  ev.observations.push(seen('captions.side'));
  ev.reasons.push(`on the usual side (${side})`);
}

/**
 * A picture with another wholly left of it in its row (by their boxes, whatever the parser's order): a caption
 * under the row names the figure by its first picture.
 */
function rowEvidence(target: Element, targetPage: readonly Element[], ev: Evidence): void {
  if (picturesLeftOf(target, targetPage).length === 0) return;
  ev.observations.push(seen('captions.not-first-in-row'));
  ev.reasons.push('a picture in a row after another');
}

/**
 * The evidence for linking `caption` to `target`, `distance` blocks away (`ordered`: its place in reading order
 * counts); undefined when it never may.
 */
export function linkEvidence(
  caption: Element,
  target: Element,
  distance: number,
  ordered: boolean,
  opt: EngineOptions['captions'],
  habits: CaptionHabits,
  byPage: Map<number, Element[]>,
): Evidence | undefined {
  const ev: Evidence = { observations: [], reasons: [] };
  if (!kindEvidence(caption, target, ev)) return undefined;
  const page = byPage.get(caption.page) ?? [];
  if (!nearnessEvidence(caption, target, distance, opt.maxGap, page, ev, ordered)) return undefined;
  sideEvidence(caption, target, distance, habits, ev);
  if (roleOf(caption) === 'main') rowEvidence(target, byPage.get(target.page) ?? [], ev);
  return ev;
}
