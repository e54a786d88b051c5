// Image-text association: which float (image, chart, table, equation, code) each caption or
// figure/table footnote belongs to, and which floats the body text refers to ("see Figure 3", "见表 2").
//
// Evidence, strongest first:
//  1. The parser nested the caption inside its float's entry, or links it to its float explicitly
//     (Docling `captions`, Marker groups): taken as is.
//  2. Kind: a table caption goes to a table, an image caption to an image; a "Table 2" / "图 3" label
//     in the text decides the kind when the parser's label is generic.
//  3. Adjacency in reading order and geometric nearness (vertical gap, horizontal overlap) on the
//     same page, or across a page break when the caption ends one page and the float opens the next.
//  4. The usual side: captions above tables, below figures; footnotes below their float.
// Each float takes at most one caption (and any number of footnotes); pairs are chosen greedily by score.
// A float the parser already captioned takes a second one only on strong evidence (one picture that
// holds two figures), so a stray label line is not pinned on it.
import { CAPTION_TYPES, FLOAT_TYPES } from '../model/block-kinds.js';
import { type Decision, decision } from '../model/decision.js';
import type { Element } from '../model/element.js';
import { findReferences, parseCaptionLabel } from '../text/caption-label.js';
import type { CaptionLink, CaptionResult, FurnitureResult, ReferenceResult, StageInput } from './types.js';

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
  score: number;
  reasons: string[];
}

function scoreLink(caption: Element, target: Element, distance: number, maxGap: number): Scored | undefined {
  const reasons: string[] = [];
  let score = 0;
  const kind = wantedKind(caption);
  const targetKind = target.type === 'table' ? 'table' : target.type === 'image' ? 'image' : 'other';
  if (kind && kind !== targetKind) {
    if (targetKind !== 'other' || kind === 'table') return undefined;
    score -= 0.5;
  } else if (kind) {
    score += 1;
    reasons.push(`a ${kind} caption for a ${targetKind}`);
  }
  score += 1 - Math.abs(distance) * 0.25;
  reasons.push(
    Math.abs(distance) === 1 ? 'next to it in reading order' : `${Math.abs(distance)} blocks away in reading order`,
  );
  const captionAbove = distance > 0; // the float comes after the caption in reading order
  if (caption.page !== target.page) {
    if (Math.abs(caption.page - target.page) > 1) return undefined;
    score -= 0.4;
    reasons.push('across a page break');
  } else if (caption.bbox && target.bbox) {
    const gap = captionAbove ? target.bbox[1] - caption.bbox[3] : caption.bbox[1] - target.bbox[3];
    if (gap > maxGap) return undefined;
    const overlap = Math.min(caption.bbox[2], target.bbox[2]) - Math.max(caption.bbox[0], target.bbox[0]);
    if (overlap <= 0) score -= 0.6;
    score += 0.5 - Math.max(0, gap) * 4;
    reasons.push(`gap ${(Math.max(0, gap) * 100).toFixed(1)}% of the page`);
  }
  const usualSide = isFootnote(caption) ? !captionAbove : targetKind === 'table' ? captionAbove : !captionAbove;
  if (usualSide) {
    score += 0.3;
    reasons.push(`on the usual side (${captionAbove ? 'above' : 'below'})`);
  }
  return { caption, target, score, reasons };
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

/**
 * @param settled elements already judged something else (headings, merged paragraphs): never captions.
 */
export function linkCaptions(
  { doc, options }: StageInput,
  furniture: FurnitureResult,
  settled: ReadonlySet<number> = new Set(),
): CaptionResult {
  const opt = options.captions;
  const links: CaptionLink[] = [];
  const decisions: Decision[] = [];
  const byRef = new Map(doc.elements.map((e) => [e.ref, e]));
  const body = doc.elements.filter((e) => !furniture.kinds.has(e.id));
  const position = new Map(body.map((e, i) => [e.id, i]));

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
      links.push({ caption: el.id, target: parent.id, nested: true });
      const why = 'the parser nested this caption in its float';
      decisions.push(decision('captions', 'captions.nested-by-parser', why, 1, [el, parent], true, 'parser'));
    } else if (linked && FLOAT_TYPES.has(linked.type)) {
      links.push({ caption: el.id, target: linked.id, nested: false });
      const why = 'the parser links this caption to its float';
      decisions.push(decision('captions', 'captions.linked-by-parser', why, 0.95, [el, linked], true, 'parser'));
    } else free.push(el);
  }

  // A float the parser already captioned may still take a second caption (one picture holding two
  // figures), but only on strong evidence.
  const parserCaptioned = new Set(links.filter((l) => !isFootnote(doc.elements[l.caption])).map((l) => l.target));
  const scored: Scored[] = [];
  for (const caption of free) {
    const i = position.get(caption.id)!;
    for (let d = -WINDOW; d <= WINDOW; d++) {
      const target = body[i + d];
      if (!target || d === 0 || !FLOAT_TYPES.has(target.type)) continue;
      const s = scoreLink(caption, target, d, opt.maxGap);
      if (s && mislabelled.has(caption.id)) {
        s.score -= 0.3;
        s.reasons.push(`the parser labelled it ${caption.sourceType}`);
      }
      if (s && !isFootnote(caption) && parserCaptioned.has(target.id)) {
        s.score -= 1;
        s.reasons.push('the float already has a caption from the parser');
      }
      if (s && s.score >= opt.threshold) scored.push(s);
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const linkedCaption = new Set<number>();
  const captionedTarget = new Set<number>();
  for (const s of scored) {
    if (linkedCaption.has(s.caption.id)) continue;
    const isNote = isFootnote(s.caption);
    if (!isNote && captionedTarget.has(s.target.id)) continue;
    linkedCaption.add(s.caption.id);
    if (!isNote) captionedTarget.add(s.target.id);
    links.push({ caption: s.caption.id, target: s.target.id, nested: false });
    const confidence = 1 / (1 + Math.exp(-2 * (s.score - opt.threshold)));
    decisions.push(
      decision('captions', 'captions.nearest-float', `linked: ${s.reasons.join('; ')}`, confidence, [
        s.caption,
        s.target,
      ]),
    );
  }
  for (const caption of free) {
    if (!linkedCaption.has(caption.id) && !mislabelled.has(caption.id)) {
      decisions.push(
        decision('captions', 'captions.no-float', 'no float near enough for this caption', 0.5, [caption], false),
      );
    }
  }
  return { links, decisions };
}

/** Body references ("see Figure 3", "如图 3 所示") resolved to the float whose caption carries that label. */
export function linkReferences({ doc }: StageInput, captions: CaptionResult): ReferenceResult {
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
    const seen = new Set<number>();
    for (const ref of findReferences(el.text)) {
      const target = floatByLabel.get(`${ref.kind}:${ref.number}`);
      if (target === undefined || seen.has(target)) continue;
      seen.add(target);
      links.push({ from: el.id, to: target, label: ref.label });
      decisions.push(
        decision('references', 'references.label', `"${ref.label}" refers to this float`, 0.9, [
          el,
          doc.elements[target],
        ]),
      );
    }
  }
  return { links, decisions };
}
