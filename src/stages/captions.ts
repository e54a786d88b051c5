// Image-text association: which float (image, chart, table, equation, code) each caption or
// figure/table footnote belongs to, and which floats the body text refers to ("see Figure 3", "见表 2").
//
// Evidence, strongest first (feature ids `captions.<id>`, weighed with src/weights/captions.ts):
//  1. The parser nested the caption inside its float's entry (`nested-by-parser`), or links it to its
//     float explicitly (`linked-by-parser`: Docling `captions`, Marker groups): taken as is unless the page
//     contradicts the tie (./captions/parser-links.ts, ./captions/parser-ties.ts); then placed by the
//     evidence below over its whole page (placed back in the entry the parser nested it in, it stays nested).
//  2. Kind: a table caption goes to a table, an image caption to an image (`kind-match`, `kind-mismatch`
//     for an image caption before an equation or code); a "Table 2" / "图 3" label in the text decides
//     the kind when the parser's label is generic; a numbered caption weighs against a note box the parser
//     typed table ("Tip", "Note", "注意" in its first row: `note-box`).
//  3. Adjacency in reading order (`reading-order`, less `distance` per block) and geometric nearness on
//     the same page (`same-page`, less `gap`, `no-overlap`), or across a page break (`page-break`) when
//     the caption ends one page and the float opens the next.
//     Sub-figure captions between a picture and the figure's caption do not count as blocks between them,
//     and a sub-figure's letter names its picture by its place in a run of pictures (`sub-order`,
//     `sub-order-mismatch`; ./captions/sub-figures.ts): by their boxes, or in reading order when none has one.
//  4. The usual side (`side`): captions above tables, below figures; footnotes below their float.
//  5. With the source PDF: the caption's label set in bold (`pdf-bold-label`), as a caption's is and a
//     sentence citing the float ("Figure 3 shows …") is not.
// Evidence 2–4 (./captions/pair-evidence.ts) add up to a pair's score; a caption the parser labelled text
// (`parser-text-label`) or a float the parser captioned already (`parser-captioned`) weigh against. Each float takes at most one
// caption (and any number of footnotes); pairs at or above `captions.threshold` are chosen greedily by
// score, so a float the parser captioned takes a second caption only on strong evidence (one picture
// that holds two figures), and a stray label line is not pinned on it. A caption the greedy choice left
// without a float, because another took it while having a second float free, gets it (`one-each`:
// tables stacked on a page, each captioned below; ./captions/one-each.ts). Then boxless numbered captions whose
// numbers run against their floats' order are exchanged (`label-order`, ./captions/label-order.ts); a boxless
// numbered caption still unlinked goes to the float of its kind its page leaves uncaptioned (`page-fallback`); a
// boxed caption still unlinked (printed away from its float) is placed by its page's geometry alone (`page-geometry`).
// A boxed caption also weighs the floats it stands right under or over beyond the window (`page-neighbour`,
// ./captions/page-neighbours.ts), scored by the page alone: its place in reading order then counts for nothing.
// References: a label in body text that a linked caption carries (`label-match`).
import { groupByPage, positionsOf } from '../layout/columns.js';
import { CAPTION_TYPES, FLOAT_TYPES } from '../model/block-kinds.js';
import { decision } from '../model/decision.js';
import type { Element } from '../model/element.js';
import type { Observation } from '../model/evidence.js';
import type { EngineOptions } from '../options.js';
import { parseCaptionLabel } from '../text/caption-label.js';
import { captionPieces, linkPieces } from './captions/caption-pieces.js';
import { type CaptionHabits, captionHabits, captionKind } from './captions/habits.js';
import { labelOrderSwaps } from './captions/label-order.js';
import { oneEach } from './captions/one-each.js';
import { linkByPage } from './captions/page-fallback.js';
import { floatsTouching, pageFloatIndex } from './captions/page-neighbours.js';
import { linkEvidence } from './captions/pair-evidence.js';
import {
  type Linked,
  record,
  recordTie,
  takeParserLinks,
  textCaptions,
  tiedByRef,
  type Untaken,
  WINDOW,
} from './captions/parser-links.js';
import { type CaptionRole, pdfBoldLabel, roleOf, unlimited, wantedKind } from './captions/roles.js';
import { linkSentenceNotes, sentenceNotes } from './captions/sentence-notes.js';
import { afterFirstOfBoxlessRow, figureDistance, subOrderEvidence } from './captions/sub-figures.js';
import { toFirstPiece } from './captions/table-pieces.js';
import { headRowLines } from './table-merge/head-row-line.js';
import type { CaptionResult, FurnitureResult, StageInput } from './types.js';
import { seen, type Weigh, type Weighed, weigher } from './weigh.js';

export { WINDOW } from './captions/parser-links.js';
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
  /** The rule that found the pair, when not the pass's own (a float the caption touches on its page). */
  rule?: string;
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
  /** Found by its box alone: the caption stands right under or over it, beyond the window (./captions/page-neighbours.ts). */
  touching?: boolean;
}

/**
 * The floats within the window in reading order (sub-figure captions between do not count: the window reaches
 * past them); for a caption whose parser tie was doubted, every float of its page, placed by the page alone when
 * the caption has a box (the parser set it in reading order by the float it tied it to); for a boxless numbered
 * caption, the other floats of its page as spares for the label order (./captions/label-order.ts); for any other
 * boxed caption with floats in the window, also the floats it stands right under or over on its page beyond the window
 * (`captions.page-neighbour`: the parser read the page column by column and set the caption after the other column).
 */
function candidates(
  body: Element[],
  i: number,
  displaced: boolean,
  byPage: Map<number, Element[]>,
  position: ReadonlyMap<number, number>,
  floatIndex: ReturnType<typeof pageFloatIndex>,
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
  // Only beside floats of its kind within the window: a caption with none there is left to the page pass
  // (`page-geometry`), which weighs every float of its page.
  const kind = wantedKind(caption);
  const ofKind = (c: Candidate) => !kind || (body[c.index].type === 'table') === (kind === 'table');
  if (!displaced && caption.bbox && out.some(ofKind))
    for (const float of floatsTouching(caption, floatIndex)) {
      const k = position.get(float.id);
      if (k !== undefined && !out.some((c) => c.index === k))
        out.push({ index: k, distance: k - i, ordered: false, spare: false, touching: true });
    }
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
  position: ReadonlyMap<number, number>,
): Scored[] {
  const byPage = groupByPage(body);
  const floatIndex = pageFloatIndex(body);
  const scored: Scored[] = [];
  for (const caption of untaken.free) {
    const i = position.get(caption.id)!;
    const displaced = untaken.doubted.has(caption.id);
    for (const c of candidates(body, i, displaced, byPage, position, floatIndex)) {
      const { index, distance, ordered, spare } = c;
      const target = body[index];
      const ev = linkEvidence(caption, target, distance, ordered, opt, habits, byPage);
      if (!ev) continue;
      if (c.touching)
        ev.reasons.push(`it stands right by it on the page, ${Math.abs(distance)} blocks away in reading order`);
      const sub = subOrderEvidence(caption, body, index);
      if (sub) {
        ev.observations.push(seen(sub.id));
        ev.reasons.push(sub.reason);
      }
      if (roleOf(caption) === 'main' && afterFirstOfBoxlessRow(caption, body, index)) {
        ev.observations.push(seen('captions.not-first-in-row'));
        ev.reasons.push('a picture after the first of a row of sub-figures in reading order (no boxes)');
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
        scored.push({
          caption,
          target,
          observations: ev.observations,
          weighed,
          reasons: ev.reasons,
          spare,
          rule: c.touching ? 'captions.page-neighbour' : undefined,
        });
    }
  }
  return scored;
}

/**
 * Best pairs first; each float takes one caption (and any number of footnotes); then boxless numbered captions
 * that run against their floats' order are exchanged (./captions/label-order.ts). Returns the captions linked.
 */
function choosePairs(
  scored: Scored[],
  position: ReadonlyMap<number, number>,
  opt: EngineOptions['captions'],
  out: Linked,
  doubted: Untaken['doubted'],
  { rule, taken }: { rule: string; taken: ReadonlySet<string> } = { rule: 'captions.nearest-float', taken: new Set() },
): Set<number> {
  scored.sort((a, b) => b.weighed.score - a.weighed.score);
  const linkedCaption = new Set<number>();
  const captionedTarget = new Set<string>(taken);
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
  // A caption left out because another took its float, when that one had a second float free (./captions/one-each.ts).
  const { pairs, swapped } = oneEach(scored, chosen, taken);
  chosen.splice(0, chosen.length);
  for (const s of pairs) {
    linkedCaption.add(s.caption.id);
    const why = 'so that each caption of the page gets a float of its own';
    chosen.push(swapped.has(s) ? { ...s, rule: 'captions.one-each', reasons: [...s.reasons, why] } : s);
  }
  const crossed = (c: Element, t: Element) => scored.find((s) => s.caption === c && s.target === t);
  for (const [a, b] of labelOrderSwaps(chosen, position, (c, t) => crossed(c, t) !== undefined)) {
    const [x, y] = [crossed(chosen[a].caption, chosen[b].target)!, crossed(chosen[b].caption, chosen[a].target)!];
    for (const [k, s] of [[a, x] as const, [b, y] as const]) {
      const observations = [...s.observations, seen('captions.label-order')];
      const reasons = [...s.reasons, "its number comes before or after the other's as the floats do"];
      chosen[k] = { ...s, observations, weighed: out.weigh(observations, opt.threshold), reasons, spare: false };
    }
  }
  for (const s of chosen) {
    // A doubted caption the evidence puts back in the entry the parser nested it in stays nested there.
    const tie = doubted.get(s.caption.id);
    const link = { caption: s.caption.id, target: s.target.id, nested: tie?.float === s.target && tie.nested };
    const message = `linked: ${s.reasons.join('; ')}`;
    record(out, link, s.rule ?? rule, message, [s.caption, s.target], s.weighed, 'rules');
  }
  return linkedCaption;
}

/**
 * A boxed caption no float near it in reading order took: the parser printed it away from its float (PaddleOCR,
 * Mistral setting two captions of a page in each other's places), and its box still stands by its float. It is
 * placed as a doubted caption is, by its page's geometry alone, among the floats without a caption of its role.
 */
function placeByPage(
  strays: Element[],
  ctx: {
    untaken: Untaken;
    body: Element[];
    parserCaptioned: Map<number, Set<CaptionRole>>;
    habits: CaptionHabits;
    weigh: Weigh;
    position: ReadonlyMap<number, number>;
    doc: StageInput['doc'];
    out: Linked;
    options: StageInput['options'];
  },
): Set<number> {
  if (strays.length === 0) return new Set();
  const { doc, out } = ctx;
  const doubted: Untaken['doubted'] = new Map(strays.map((c) => [c.id, undefined]));
  const untaken: Untaken = { free: strays, mislabelled: ctx.untaken.mislabelled, doubted };
  const scored = scorePairs(
    untaken,
    ctx.body,
    ctx.parserCaptioned,
    ctx.habits,
    ctx.options.captions,
    ctx.weigh,
    ctx.position,
  );
  const taken = new Set(out.links.map((l) => `${l.target}:${roleOf(doc.elements[l.caption])}`));
  return choosePairs(scored, ctx.position, ctx.options.captions, out, doubted, {
    rule: 'captions.page-geometry',
    taken,
  });
}

/**
 * @param settled elements already judged something else (headings, merged paragraphs): never captions.
 */
export function linkCaptions(
  { doc, options }: StageInput,
  furniture: FurnitureResult,
  settled: ReadonlySet<number> = new Set(),
  tableGroups: readonly (readonly number[])[] = [],
): CaptionResult {
  const weigh = weigher('captions', options.weights.captions);
  const out: Linked = { links: [], decisions: [], weigh };
  // A caption-typed element merged into a paragraph (text-merge/caption-tail.ts: its tail nested in a float) is none.
  const kept = doc.elements.filter(
    (e) => !furniture.kinds.has(e.id) && !(CAPTION_TYPES.has(e.type) && settled.has(e.id)),
  );
  // A caption's rest the parser cut off as text (./captions/caption-pieces.ts) is linked with its head, at the end:
  // it is no float's caption of its own, nor a block between the head and its float.
  // So is a table's head row read as a text line over it (../table-merge/head-row-line.ts): no block between either.
  // So is a table's note set as one sentence right under it (./captions/sentence-notes.ts), linked to it at the end.
  const pieces = captionPieces(kept);
  const headLines = headRowLines(kept);
  const notes = sentenceNotes(kept, settled);
  const aside = (e: Element) => pieces.has(e.id) || headLines.has(e.id) || notes.has(e.id);
  const body = pieces.size || headLines.size || notes.size ? kept.filter((e) => !aside(e)) : kept;
  const byRef = tiedByRef(doc.elements, body);
  const position = positionsOf(body); // reading-order positions, shared by the passes below
  // The document's habit: where it sets its captions, from the clear cases (decided once, used as evidence).
  const mislabelled = textCaptions(body, settled);
  const habits = captionHabits(
    body.filter((e) => (CAPTION_TYPES.has(e.type) || mislabelled.has(e.id)) && captionKind(e)),
    body,
    position,
  );
  const untaken = takeParserLinks(body, byRef, mislabelled, habits, out, position);
  const { free } = untaken;
  // A float the parser already captioned may still take a second caption (one picture holding two
  // figures), but only on strong evidence.
  const parserCaptioned = new Map<number, Set<CaptionRole>>();
  for (const l of out.links) {
    const roles = parserCaptioned.get(l.target) ?? new Set<CaptionRole>();
    roles.add(roleOf(doc.elements[l.caption]));
    parserCaptioned.set(l.target, roles);
  }
  const scored = scorePairs(untaken, body, parserCaptioned, habits, options.captions, weigh, position);
  const linkedCaption = choosePairs(scored, position, options.captions, out, untaken.doubted);
  const strays = free.filter((c) => c.bbox && !linkedCaption.has(c.id) && !untaken.doubted.has(c.id));
  for (const id of placeByPage(strays, { untaken, body, parserCaptioned, habits, weigh, position, doc, out, options }))
    linkedCaption.add(id);
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
  linkPieces(pieces, doc.elements, out);
  linkSentenceNotes(notes, doc.elements, out, options.captions.threshold);
  // a table joined from pieces on one page takes its captions on its first piece there (./captions/table-pieces.ts)
  toFirstPiece(out, tableGroups, doc.elements);
  return { links: out.links, decisions: out.decisions };
}
