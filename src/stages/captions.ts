// Image-text association: which float (image, chart, table, equation, code) each caption or
// figure/table footnote belongs to, and which floats the body text refers to ("see Figure 3", "见表 2").
//
// Evidence, strongest first (feature ids `captions.<id>`, weighed with src/weights/captions.ts):
//  1. The parser nested the caption inside its float's entry (`nested-by-parser`), or links it to its
//     float explicitly (`linked-by-parser`: Docling `captions`, Marker groups): taken as is.
//  2. Kind: a table caption goes to a table, an image caption to an image (`kind-match`, `kind-mismatch`
//     for an image caption before an equation or code); a "Table 2" / "图 3" label in the text decides
//     the kind when the parser's label is generic.
//  3. Adjacency in reading order (`reading-order`, less `distance` per block) and geometric nearness on
//     the same page (`same-page`, less `gap`, `no-overlap`), or across a page break (`page-break`) when
//     the caption ends one page and the float opens the next.
//  4. The usual side (`side`): captions above tables, below figures; footnotes below their float.
//  5. With the source PDF: the caption's label set in bold (`pdf-bold-label`), as a caption's is and a
//     sentence citing the float ("Figure 3 shows …") is not.
// Evidence 2–4 add up to a pair's score; a caption the parser labelled text (`parser-text-label`) or a
// float the parser captioned already (`parser-captioned`) weigh against. Each float takes at most one
// caption (and any number of footnotes); pairs at or above `captions.threshold` are chosen greedily by
// score, so a float the parser captioned takes a second caption only on strong evidence (one picture
// that holds two figures), and a stray label line is not pinned on it.
// References: a label in body text that a linked caption carries (`label-match`).
import { CAPTION_TYPES, FLOAT_TYPES } from '../model/block-kinds.js';
import { type Decision, decision } from '../model/decision.js';
import type { Element } from '../model/element.js';
import type { Observation } from '../model/evidence.js';
import type { EngineOptions } from '../options.js';
import { findReferences, parseCaptionLabel } from '../text/caption-label.js';
import type { CaptionLink, CaptionResult, FurnitureResult, ReferenceResult, StageInput } from './types.js';
import { seen, type Weigh, type Weighed, weigher } from './weigh.js';

/** How far (in reading-order positions) a caption may stand from its float. */
export const WINDOW = 4;

function isFootnote(el: Element): boolean {
  return el.type === 'image_footnote' || el.type === 'table_footnote';
}

function wantedKind(el: Element): 'table' | 'image' | undefined {
  const label = parseCaptionLabel(el.text);
  if (label && label.kind !== 'code') return label.kind === 'table' ? 'table' : 'image';
  if (el.type.startsWith('table')) return 'table';
  if (el.type.startsWith('image')) return 'image';
  return undefined;
}

interface Scored {
  caption: Element;
  target: Element;
  weighed: Weighed;
  reasons: string[];
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
  }
  return true;
}

/** Nearness: in reading order, then on the page (vertical gap, horizontal overlap) or across a page break. */
function nearnessEvidence(caption: Element, target: Element, distance: number, maxGap: number, ev: Evidence) {
  const blocks = Math.abs(distance);
  ev.observations.push(seen('captions.reading-order'), seen('captions.distance', blocks));
  ev.reasons.push(blocks === 1 ? 'next to it in reading order' : `${blocks} blocks away in reading order`);
  const captionAbove = distance > 0; // the float comes after the caption in reading order
  if (caption.page !== target.page) {
    if (Math.abs(caption.page - target.page) > 1) return false;
    ev.observations.push(seen('captions.page-break'));
    ev.reasons.push('across a page break');
  } else if (caption.bbox && target.bbox) {
    const gap = captionAbove ? target.bbox[1] - caption.bbox[3] : caption.bbox[1] - target.bbox[3];
    if (gap > maxGap) return false;
    const overlap = Math.min(caption.bbox[2], target.bbox[2]) - Math.max(caption.bbox[0], target.bbox[0]);
    if (overlap <= 0) ev.observations.push(seen('captions.no-overlap'));
    ev.observations.push(seen('captions.same-page'), seen('captions.gap', Math.max(0, gap)));
    ev.reasons.push(`gap ${(Math.max(0, gap) * 100).toFixed(1)}% of the page`);
  }
  return true;
}

/** The usual side: captions above tables, below figures; footnotes below their float. */
function sideEvidence(caption: Element, target: Element, distance: number, ev: Evidence): void {
  const captionAbove = distance > 0;
  const usualSide = isFootnote(caption) ? !captionAbove : target.type === 'table' ? captionAbove : !captionAbove;
  if (!usualSide) return;
  ev.observations.push(seen('captions.side'));
  ev.reasons.push(`on the usual side (${captionAbove ? 'above' : 'below'})`);
}

/** The evidence for linking `caption` to `target`, `distance` blocks away; undefined when it never may. */
function linkEvidence(caption: Element, target: Element, distance: number, maxGap: number): Evidence | undefined {
  const ev: Evidence = { observations: [], reasons: [] };
  if (!kindEvidence(caption, target, ev)) return undefined;
  if (!nearnessEvidence(caption, target, distance, maxGap, ev)) return undefined;
  sideEvidence(caption, target, distance, ev);
  return ev;
}

/** Longest text-labelled element still taken for a caption (longer ones are body text citing a float). */
const MAX_LABELLED_TEXT = 120;

/** A caption the parser labelled as text or title: "Figure 3.2. Backups", "表 2 …" — not "Table 1 shows …". */
export function looksLikeCaption(text: string): boolean {
  const label = parseCaptionLabel(text);
  if (!label || label.kind === 'code' || text.length > MAX_LABELLED_TEXT) return false;
  const rest = text.trim().replace(/^\S+\s*[A-Z]?\d+(?:[.\-–]\d+)*[a-z]?/, '');
  const sentences = /[。！？，][^\s]/.test(rest.trim().slice(0, -1)); // CJK body text citing the float
  // No separator after the number and a run of lower-case words: a sentence ("Table 2.3 … lists the …").
  const running = !/^\s*[.:：．\-–—]/.test(rest) && /\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+/u.test(rest);
  // "Table 2 shows …" is a sentence; "表 11.1 migrate_all.sh スクリプト…" is a caption naming a file.
  const lowerStart = /^\s+\p{Ll}/u.test(rest) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(rest);
  return rest === '' || (/^[.:：．\s\-–—]/.test(rest) && !lowerStart && !sentences && !running);
}

/** With the source PDF (`--pdf`): the caption opens with its label in bold ("**Figure 3.** …"), or is bold throughout. */
function pdfBoldLabel(el: Element): boolean {
  const pdf = el.hints?.pdf;
  const lead = pdf?.boldLead ?? (pdf?.bold ? el.text : undefined);
  return lead !== undefined && parseCaptionLabel(lead.trim()) !== undefined;
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
 * Evidence 1: captions the parser nested in or linked to their float, taken as is. Returns the captions
 * left to place, and those among them the parser labelled text or title.
 */
function takeParserLinks(body: Element[], byRef: Map<string, Element>, settled: ReadonlySet<number>, out: Linked) {
  const free: Element[] = [];
  const mislabelled = new Set<number>();
  for (const el of body) {
    if ((el.type === 'text' || el.type === 'title') && !settled.has(el.id) && looksLikeCaption(el.text)) {
      mislabelled.add(el.id);
      free.push(el);
      continue;
    }
    if (!CAPTION_TYPES.has(el.type)) continue;
    const parent = el.hints?.nestedIn ? byRef.get(el.hints.nestedIn) : undefined;
    const linked = el.hints?.captionOf ? byRef.get(el.hints.captionOf) : undefined;
    if (parent) {
      const link = { caption: el.id, target: parent.id, nested: true };
      const why = 'the parser nested this caption in its float';
      record(
        out,
        link,
        'captions.nested-by-parser',
        why,
        [el, parent],
        out.weigh([seen('captions.nested-by-parser')]),
        'parser',
      );
    } else if (linked && FLOAT_TYPES.has(linked.type)) {
      const link = { caption: el.id, target: linked.id, nested: false };
      const why = 'the parser links this caption to its float';
      record(
        out,
        link,
        'captions.linked-by-parser',
        why,
        [el, linked],
        out.weigh([seen('captions.linked-by-parser')]),
        'parser',
      );
    } else free.push(el);
  }
  return { free, mislabelled };
}

/** Evidence 2–4 for every caption–float pair within the window, the pairs that reach the threshold. */
function scorePairs(
  free: Element[],
  body: Element[],
  mislabelled: Set<number>,
  parserCaptioned: Set<number>,
  opt: EngineOptions['captions'],
  weigh: Weigh,
): Scored[] {
  const position = new Map(body.map((e, i) => [e.id, i]));
  const scored: Scored[] = [];
  for (const caption of free) {
    const i = position.get(caption.id)!;
    for (let d = -WINDOW; d <= WINDOW; d++) {
      const target = body[i + d];
      if (!target || d === 0 || !FLOAT_TYPES.has(target.type)) continue;
      const ev = linkEvidence(caption, target, d, opt.maxGap);
      if (!ev) continue;
      if (mislabelled.has(caption.id)) {
        ev.observations.push(seen('captions.parser-text-label'));
        ev.reasons.push(`the parser labelled it ${caption.sourceType}`);
      }
      if (pdfBoldLabel(caption)) {
        ev.observations.push(seen('captions.pdf-bold-label'));
        ev.reasons.push('its label is set in bold in the PDF');
      }
      if (!isFootnote(caption) && parserCaptioned.has(target.id)) {
        ev.observations.push(seen('captions.parser-captioned'));
        ev.reasons.push('the float already has a caption from the parser');
      }
      const weighed = weigh(ev.observations, opt.threshold);
      if (weighed.score >= opt.threshold) scored.push({ caption, target, weighed, reasons: ev.reasons });
    }
  }
  return scored;
}

/** Best pairs first; each float takes one caption (and any number of footnotes). Returns the captions linked. */
function choosePairs(scored: Scored[], out: Linked): Set<number> {
  scored.sort((a, b) => b.weighed.score - a.weighed.score);
  const linkedCaption = new Set<number>();
  const captionedTarget = new Set<number>();
  for (const s of scored) {
    if (linkedCaption.has(s.caption.id)) continue;
    const isNote = isFootnote(s.caption);
    if (!isNote && captionedTarget.has(s.target.id)) continue;
    linkedCaption.add(s.caption.id);
    if (!isNote) captionedTarget.add(s.target.id);
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
  const { free, mislabelled } = takeParserLinks(body, byRef, settled, out);
  // A float the parser already captioned may still take a second caption (one picture holding two
  // figures), but only on strong evidence.
  const parserCaptioned = new Set(out.links.filter((l) => !isFootnote(doc.elements[l.caption])).map((l) => l.target));
  const scored = scorePairs(free, body, mislabelled, parserCaptioned, options.captions, weigh);
  const linkedCaption = choosePairs(scored, out);
  for (const caption of free) {
    if (!linkedCaption.has(caption.id) && !mislabelled.has(caption.id)) {
      const { confidence, features } = weigh([seen('captions.no-float')]);
      const message = 'no float near enough for this caption';
      out.decisions.push(
        decision('captions', 'captions.no-float', message, confidence, [caption], false, 'rules', features),
      );
    }
  }
  return { links: out.links, decisions: out.decisions };
}

/** Body references ("see Figure 3", "如图 3 所示") resolved to the float whose caption carries that label. */
export function linkReferences({ doc, options }: StageInput, captions: CaptionResult): ReferenceResult {
  const weigh = weigher('captions', options.weights.captions);
  const floatByLabel = new Map<string, number>();
  for (const link of captions.links) {
    const label = parseCaptionLabel(doc.elements[link.caption].text);
    if (label && !label.continued) {
      const key = `${label.kind}:${label.number}`;
      if (!floatByLabel.has(key)) floatByLabel.set(key, link.target);
    }
  }
  const links: ReferenceResult['links'] = [];
  const decisions: Decision[] = [];
  const captionIds = new Set(captions.links.map((l) => l.caption));
  for (const el of doc.elements) {
    if ((el.type !== 'text' && el.type !== 'list_item') || captionIds.has(el.id)) continue;
    const found = new Set<number>();
    for (const ref of findReferences(el.text)) {
      const target = floatByLabel.get(`${ref.kind}:${ref.number}`);
      if (target === undefined || found.has(target)) continue;
      found.add(target);
      links.push({ from: el.id, to: target, label: ref.label });
      const { confidence, features } = weigh([seen('captions.label-match')]);
      const message = `"${ref.label}" refers to this float`;
      const pair = [el, doc.elements[target]];
      decisions.push(decision('references', 'references.label', message, confidence, pair, true, 'rules', features));
    }
  }
  return { links, decisions };
}
