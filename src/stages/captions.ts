// Image-text association: which float (image, chart, table, equation, code) each caption or
// figure/table footnote belongs to, and which floats the body text refers to ("see Figure 3", "见表 2").
//
// Evidence, strongest first (feature ids `captions.<id>`, weighed with src/weights/captions.ts):
//  1. The parser nested the caption inside its float's entry (`nested-by-parser`), or links it to its
//     float explicitly (`linked-by-parser`: Docling `captions`, Marker groups): taken as is unless the page
//     contradicts the tie (./captions/parser-ties.ts); then placed by the evidence below over its whole page.
//  2. Kind: a table caption goes to a table, an image caption to an image (`kind-match`, `kind-mismatch`
//     for an image caption before an equation or code); a "Table 2" / "图 3" label in the text decides
//     the kind when the parser's label is generic; a numbered caption weighs against a note box the parser
//     typed table ("Tip", "Note", "注意" in its first row: `note-box`).
//  3. Adjacency in reading order (`reading-order`, less `distance` per block) and geometric nearness on
//     the same page (`same-page`, less `gap`, `no-overlap`), or across a page break (`page-break`) when
//     the caption ends one page and the float opens the next.
//     Sub-figure captions between a picture and the figure's caption do not count as blocks between them,
//     and a sub-figure's letter names its picture by its place in a run of pictures (`sub-order`,
//     `sub-order-mismatch`; ./captions/sub-figures.ts).
//  4. The usual side (`side`): captions above tables, below figures; footnotes below their float.
//  5. With the source PDF: the caption's label set in bold (`pdf-bold-label`), as a caption's is and a
//     sentence citing the float ("Figure 3 shows …") is not.
// Evidence 2–4 add up to a pair's score; a caption the parser labelled text (`parser-text-label`) or a
// float the parser captioned already (`parser-captioned`) weigh against. Each float takes at most one
// caption (and any number of footnotes); pairs at or above `captions.threshold` are chosen greedily by
// score, so a float the parser captioned takes a second caption only on strong evidence (one picture
// that holds two figures), and a stray label line is not pinned on it. Then boxless numbered captions whose
// numbers run against their floats' order are exchanged (`label-order`, ./captions/label-order.ts); a boxless
// numbered caption still unlinked goes to the float of its kind its page leaves uncaptioned (`page-fallback`).
// References: a label in body text that a linked caption carries (`label-match`).
import { groupByPage, overlapsHorizontally } from '../layout/columns.js';
import { CAPTION_TYPES, FLOAT_TYPES } from '../model/block-kinds.js';
import { type Decision, decision } from '../model/decision.js';
import type { Element } from '../model/element.js';
import type { Observation } from '../model/evidence.js';
import type { EngineOptions } from '../options.js';
import { isContinuationNote, parseCaptionLabel } from '../text/caption-label.js';
import { type CaptionHabits, captionHabits, captionKind } from './captions/habits.js';
import { labelOrderSwaps } from './captions/label-order.js';
import { linkByPage } from './captions/page-fallback.js';
import { type Doubt, doubtTie } from './captions/parser-ties.js';
import {
  type CaptionRole,
  contradictsKind,
  isAbove,
  looksLikeCaption,
  MAX_LABELLED_TEXT,
  pdfBoldLabel,
  roleOf,
  unlimited,
  wantedKind,
} from './captions/roles.js';
import { figureDistance, picturesLeftOf, subOrderEvidence } from './captions/sub-figures.js';
import { isNoteBoxTable } from './table-merge.js';
import type { CaptionLink, CaptionResult, FurnitureResult, StageInput } from './types.js';
import { seen, type Weigh, type Weighed, weigher } from './weigh.js';

/** How far (in reading-order positions) a caption may stand from its float. */
export const WINDOW = 4;

export { linkReferences } from './captions/references.js';
export { type CaptionRole, looksLikeCaption, roleOf } from './captions/roles.js';

interface Scored {
  caption: Element;
  target: Element;
  observations: Observation[];
  weighed: Weighed;
  reasons: string[];
  /** Only for the label order to exchange into, never chosen by its score. */
  spare: boolean;
}

/** One kind of evidence about a caption–float pair: an observation and its words for the message. */
type Evidence = { observations: Observation[]; reasons: string[] };

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

/**
 * A heading or body text wholly inside the vertical gap between caption and float, in the caption's column
 * (a sub-figure's "(a) …" or another caption the parser typed text is no such block).
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
      overlapsHorizontally(o, caption),
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
function linkEvidence(
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

/** What linkCaptions gathers: links and decisions, in the order they are made. */
interface Linked {
  links: CaptionLink[];
  decisions: Decision[];
  weigh: Weigh;
}

function record(
  out: Linked,
  link: CaptionLink,
  rule: string,
  message: string,
  pair: Element[],
  w: Weighed,
  by: 'rules' | 'parser',
) {
  out.links.push(link);
  out.decisions.push(decision('captions', rule, message, w.confidence, pair, true, by, w.features));
}

/**
 * A caption the parser typed text or title: one with a label ("Figure 3: …"), a "Continued on next page" line,
 * or a sub-figure's "(a) …" right under a picture.
 */
function textCaption(el: Element, before: Element | undefined): boolean {
  if (looksLikeCaption(el.text) || isContinuationNote(el.text)) return true;
  const underPicture = before?.type === 'image' && before.page === el.page && isAbove(before, el, 1);
  return underPicture && roleOf(el) === 'sub' && el.text.length <= MAX_LABELLED_TEXT;
}

/** The float the parser tied a caption to: nested in its entry, or linked (Docling `captions`, Marker groups). */
interface Tie {
  float: Element;
  nested: boolean;
}

function parserTie(el: Element, byRef: Map<string, Element>): Tie | undefined {
  const parent = el.hints?.nestedIn ? byRef.get(el.hints.nestedIn) : undefined;
  if (parent) return { float: parent, nested: true };
  const linked = el.hints?.captionOf ? byRef.get(el.hints.captionOf) : undefined;
  return linked ? { float: linked, nested: false } : undefined;
}

function recordTie(out: Linked, el: Element, tie: Tie) {
  const link = { caption: el.id, target: tie.float.id, nested: tie.nested };
  const [rule, why] = tie.nested
    ? ['captions.nested-by-parser', 'the parser nested this caption in its float']
    : ['captions.linked-by-parser', 'the parser links this caption to its float'];
  record(out, link, rule, why, [el, tie.float], out.weigh([seen(rule)]), 'parser');
}

/**
 * What evidence 1 leaves to place: the free captions, those among them the parser labelled text or title, and
 * those whose tie the page contradicts (./captions/parser-ties.ts), with the tie they fall back on (none for a
 * link to a float of another kind).
 */
interface Untaken {
  free: Element[];
  mislabelled: Set<number>;
  doubted: Map<number, Tie | undefined>;
}

/** Evidence 1: captions the parser nested in or linked to their float, taken as is unless the page doubts the tie. */
function takeParserLinks(body: Element[], byRef: Map<string, Element>, settled: ReadonlySet<number>, out: Linked) {
  const untaken: Untaken = { free: [], mislabelled: new Set(), doubted: new Map() };
  const byPage = groupByPage(body);
  const position = new Map(body.map((e, i) => [e.id, i]));
  const ties = new Map<Element, Tie>();
  for (const el of body) {
    const tie = CAPTION_TYPES.has(el.type) ? parserTie(el, byRef) : undefined;
    if (tie) ties.set(el, tie);
  }
  const mainTied = new Set([...ties].filter(([el]) => roleOf(el) === 'main').map(([, t]) => t.float.id));
  for (let k = 0; k < body.length; k++) {
    const el = body[k];
    if ((el.type === 'text' || el.type === 'title') && !settled.has(el.id) && textCaption(el, floatBefore(body, k))) {
      untaken.mislabelled.add(el.id);
      untaken.free.push(el);
      continue;
    }
    if (!CAPTION_TYPES.has(el.type)) continue;
    const tie = ties.get(el);
    if (!tie || (!tie.nested && !FLOAT_TYPES.has(tie.float.type))) {
      untaken.free.push(el);
      continue;
    }
    const at = position.get(tie.float.id);
    const page = byPage.get(el.page) ?? [];
    const otherKind = !tie.nested && contradictsKind(el, tie.float);
    const doubt: Doubt | undefined = at === undefined ? undefined : doubtTie(el, tie.float, page, body, at, mainTied);
    if (!doubt && !otherKind) recordTie(out, el, tie);
    else {
      untaken.free.push(el);
      untaken.doubted.set(el.id, otherKind ? undefined : tie);
    }
  }
  return untaken;
}

/**
 * The element before `body[k]` in reading order, passing over captions (and, for a sub-figure's, the other
 * sub-figures' and the figure's caption the parser typed text: "picture, picture, (a) …, Figure 2: …, (b) …").
 */
function floatBefore(body: Element[], k: number): Element | undefined {
  const sub = roleOf(body[k]) === 'sub';
  for (let j = k - 1; j >= 0 && j >= k - WINDOW; j--) {
    const textLine = body[j].type === 'text';
    const passed =
      CAPTION_TYPES.has(body[j].type) ||
      (sub && textLine && (roleOf(body[j]) === 'sub' || looksLikeCaption(body[j].text)));
    if (!passed) return body[j];
  }
  return undefined;
}

/**
 * A float a caption may go to: its place in reading order, whether that place counts as evidence, and whether
 * the pair is only a spare for the label order (never chosen by its score).
 */
interface Candidate {
  index: number;
  distance: number;
  ordered: boolean;
  spare: boolean;
}

/**
 * The floats within the window in reading order (sub-figure captions between do not count: the window reaches
 * past them); for a caption whose parser tie was doubted, every float of its page, placed by the page alone when
 * the caption has a box (the parser set it in reading order by the float it tied it to); for a boxless numbered
 * caption, the other floats of its page as spares for the label order (./captions/label-order.ts).
 */
function candidates(
  body: Element[],
  i: number,
  displaced: boolean,
  byPage: Map<number, Element[]>,
  position: Map<number, number>,
) {
  const caption = body[i];
  const ordered = !displaced || !caption.bbox;
  const out: Candidate[] = [];
  for (let d = -2 * WINDOW; d <= 2 * WINDOW; d++) {
    if (d === 0 || !body[i + d] || !FLOAT_TYPES.has(body[i + d].type)) continue;
    const distance = Math.sign(d) * figureDistance(body, i, i + d);
    if (Math.abs(distance) <= WINDOW) out.push({ index: i + d, distance, ordered, spare: false });
  }
  const spare = !displaced && !caption.bbox && parseCaptionLabel(caption.text) !== undefined;
  if (!displaced && !spare) return out;
  for (const float of byPage.get(caption.page) ?? []) {
    const k = position.get(float.id)!;
    if (k !== i && FLOAT_TYPES.has(float.type) && !out.some((c) => c.index === k))
      out.push({ index: k, distance: k - i, ordered: false, spare });
  }
  return out;
}

/** Evidence 2–4 for every caption–float candidate pair, the pairs that reach the threshold. */
function scorePairs(
  untaken: Untaken,
  body: Element[],
  parserCaptioned: Map<number, Set<CaptionRole>>,
  habits: CaptionHabits,
  opt: EngineOptions['captions'],
  weigh: Weigh,
): Scored[] {
  const position = new Map(body.map((e, i) => [e.id, i]));
  const byPage = groupByPage(body);
  const scored: Scored[] = [];
  for (const caption of untaken.free) {
    const i = position.get(caption.id)!;
    const displaced = untaken.doubted.has(caption.id);
    for (const { index, distance, ordered, spare } of candidates(body, i, displaced, byPage, position)) {
      const target = body[index];
      const ev = linkEvidence(caption, target, distance, ordered, opt, habits, byPage);
      if (!ev) continue;
      const sub = subOrderEvidence(caption, body, index);
      if (sub) {
        ev.observations.push(seen(sub.id));
        ev.reasons.push(sub.reason);
      }
      if (untaken.mislabelled.has(caption.id)) {
        ev.observations.push(seen('captions.parser-text-label'));
        ev.reasons.push(`the parser labelled it ${caption.sourceType}`);
      }
      if (pdfBoldLabel(caption)) {
        ev.observations.push(seen('captions.pdf-bold-label'));
        ev.reasons.push('its label is set in bold in the PDF');
      }
      const role = roleOf(caption);
      if (!unlimited(role) && parserCaptioned.get(target.id)?.has(role)) {
        ev.observations.push(seen('captions.parser-captioned'));
        ev.reasons.push('the float already has a caption from the parser');
      }
      const weighed = weigh(ev.observations, opt.threshold);
      if (weighed.score >= opt.threshold)
        scored.push({ caption, target, observations: ev.observations, weighed, reasons: ev.reasons, spare });
    }
  }
  return scored;
}

/**
 * Best pairs first; each float takes one caption (and any number of footnotes); then boxless numbered captions
 * that run against their floats' order are exchanged (./captions/label-order.ts). Returns the captions linked.
 */
function choosePairs(scored: Scored[], body: Element[], opt: EngineOptions['captions'], out: Linked): Set<number> {
  scored.sort((a, b) => b.weighed.score - a.weighed.score);
  const linkedCaption = new Set<number>();
  const captionedTarget = new Set<string>();
  const chosen: Scored[] = [];
  for (const s of scored) {
    if (s.spare || linkedCaption.has(s.caption.id)) continue;
    const role = roleOf(s.caption);
    const key = `${s.target.id}:${role}`;
    if (!unlimited(role) && captionedTarget.has(key)) continue;
    linkedCaption.add(s.caption.id);
    if (!unlimited(role)) captionedTarget.add(key);
    chosen.push(s);
  }
  const crossed = (c: Element, t: Element) => scored.find((s) => s.caption === c && s.target === t);
  const position = new Map(body.map((e, i) => [e.id, i]));
  for (const [a, b] of labelOrderSwaps(chosen, position, (c, t) => crossed(c, t) !== undefined)) {
    const [x, y] = [crossed(chosen[a].caption, chosen[b].target)!, crossed(chosen[b].caption, chosen[a].target)!];
    for (const [k, s] of [[a, x] as const, [b, y] as const]) {
      const observations = [...s.observations, seen('captions.label-order')];
      const reasons = [...s.reasons, "its number comes before or after the other's as the floats do"];
      chosen[k] = { ...s, observations, weighed: out.weigh(observations, opt.threshold), reasons, spare: false };
    }
  }
  for (const s of chosen) {
    const link = { caption: s.caption.id, target: s.target.id, nested: false };
    const message = `linked: ${s.reasons.join('; ')}`;
    record(out, link, 'captions.nearest-float', message, [s.caption, s.target], s.weighed, 'rules');
  }
  return linkedCaption;
}

/**
 * @param settled elements already judged something else (headings, merged paragraphs): never captions.
 */
export function linkCaptions(
  { doc, options }: StageInput,
  furniture: FurnitureResult,
  settled: ReadonlySet<number> = new Set(),
): CaptionResult {
  const weigh = weigher('captions', options.weights.captions);
  const out: Linked = { links: [], decisions: [], weigh };
  const byRef = new Map(doc.elements.map((e) => [e.ref, e]));
  const body = doc.elements.filter((e) => !furniture.kinds.has(e.id));
  const untaken = takeParserLinks(body, byRef, settled, out);
  const { free, mislabelled } = untaken;
  // A float the parser already captioned may still take a second caption (one picture holding two
  // figures), but only on strong evidence.
  const parserCaptioned = new Map<number, Set<CaptionRole>>();
  for (const l of out.links) {
    const roles = parserCaptioned.get(l.target) ?? new Set<CaptionRole>();
    roles.add(roleOf(doc.elements[l.caption]));
    parserCaptioned.set(l.target, roles);
  }
  // The document's habit: where it sets its captions, from the clear cases (decided once, used as evidence).
  const habits = captionHabits(
    body.filter((e) => (CAPTION_TYPES.has(e.type) || mislabelled.has(e.id)) && captionKind(e)),
    body,
  );
  const scored = scorePairs(untaken, body, parserCaptioned, habits, options.captions, weigh);
  const linkedCaption = choosePairs(scored, body, options.captions, out);
  const unplaced = free.filter((c) => !linkedCaption.has(c.id) && !untaken.doubted.has(c.id));
  for (const id of linkByPage(unplaced, body, out, weigh)) linkedCaption.add(id);
  for (const caption of free) {
    const tie = untaken.doubted.get(caption.id);
    // A doubted tie no float on the page outweighs: the parser's stands.
    if (!linkedCaption.has(caption.id) && tie) recordTie(out, caption, tie);
    else if (!linkedCaption.has(caption.id) && !mislabelled.has(caption.id)) {
      const { confidence, features } = weigh([seen('captions.no-float')]);
      const message = 'no float near enough for this caption';
      out.decisions.push(
        decision('captions', 'captions.no-float', message, confidence, [caption], false, 'rules', features),
      );
    }
  }
  return { links: out.links, decisions: out.decisions };
}
