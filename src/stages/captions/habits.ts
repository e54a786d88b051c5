// The document's own captioning habits, decided once per document before any caption is placed: on which
// side of its tables and of its figures it sets their captions. A paper may caption its tables above (IEEE)
// or below (many reports), its figures below or, in some reports, above; the engine's usual side is only the
// default. The habit is read from the unambiguous cases: a caption with one float of its kind near it in
// reading order, on its page, wholly above or wholly below it.
import { positionsOf } from '../../layout/columns.js';
import type { Element } from '../../model/element.js';
import { isContinuationNote, parseCaptionLabel } from '../../text/caption-label.js';
import { isFootnote } from './roles.js';

export type Side = 'above' | 'below';
export type FloatKind = 'table' | 'image';

/** Where the document sets its captions, per float kind, and on how many unambiguous cases that rests. */
export interface CaptionHabits {
  table?: { side: Side; cases: number; of: number };
  image?: { side: Side; cases: number; of: number };
}

/** A habit needs this many unambiguous cases… */
const MIN_CASES = 2;
/** …this share of which sit on one side. */
const MIN_SHARE = 0.75;

/** What kind of float a caption (not a footnote or a continuation line) names, from its label or its type. */
export function captionKind(el: Element): FloatKind | undefined {
  if (isFootnote(el) || isContinuationNote(el.text)) return undefined;
  const label = parseCaptionLabel(el.text);
  if (label) return label.kind === 'table' ? 'table' : label.kind === 'image' ? 'image' : undefined;
  if (el.type === 'table_caption') return 'table';
  if (el.type === 'image_caption') return 'image';
  return undefined;
}

/** The side of `float` that `caption` sits on, from their boxes on one page. */
function sideOf(caption: Element, float: Element): Side | undefined {
  if (!caption.bbox || !float.bbox || caption.page !== float.page) return undefined;
  if (caption.bbox[1] >= float.bbox[3] - 0.005) return 'below';
  if (caption.bbox[3] <= float.bbox[1] + 0.005) return 'above';
  return undefined;
}

/** The nearest element before (step −1) or after (+1) position `i` that is no caption. */
function neighbour(body: readonly Element[], i: number, step: number, isCaption: (e: Element) => boolean) {
  for (let k = i + step; k >= 0 && k < body.length; k += step) if (!isCaption(body[k])) return body[k];
  return undefined;
}

/**
 * `captions`: the captions to learn from (free ones and those the parser placed); `body` in reading order.
 * A clear case: of the caption's two neighbours in reading order (captions passed over), exactly one is a
 * float of its kind, on its page, wholly above or below it.
 */
export function captionHabits(
  captions: readonly Element[],
  body: readonly Element[],
  position: ReadonlyMap<number, number> = positionsOf(body),
): CaptionHabits {
  const captionIds = new Set(captions.map((c) => c.id));
  const isCaption = (e: Element) => captionIds.has(e.id);
  const counts: Record<FloatKind, Record<Side, number>> = {
    table: { above: 0, below: 0 },
    image: { above: 0, below: 0 },
  };
  for (const caption of captions) {
    const kind = captionKind(caption);
    const i = position.get(caption.id);
    if (!kind || i === undefined) continue;
    const floats = [neighbour(body, i, -1, isCaption), neighbour(body, i, 1, isCaption)].filter(
      (e) => e?.type === kind && e.page === caption.page,
    );
    if (floats.length !== 1) continue;
    const side = sideOf(caption, floats[0]!);
    if (side) counts[kind][side] += 1;
  }
  const habits: CaptionHabits = {};
  for (const kind of ['table', 'image'] as const) {
    const { above, below } = counts[kind];
    const of = above + below;
    const side: Side = above >= below ? 'above' : 'below';
    const cases = Math.max(above, below);
    if (cases >= MIN_CASES && cases >= MIN_SHARE * of) habits[kind] = { side, cases, of };
  }
  return habits;
}
