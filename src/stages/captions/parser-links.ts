// Evidence 1 of ../captions.ts: the captions the parser nested in its float's entry (`nested-by-parser`) or linked
// to its float (`linked-by-parser`: Docling `captions`, Marker groups) are taken as is unless the page doubts the
// tie (./parser-ties.ts). What it leaves to place by the pair evidence: the free captions, the captions the parser
// typed text or title ("Figure 3: …", "Continued on next page", a sub-figure's "(a) …" under a picture, a table's
// key line "FT: …", a float's "Note: …" / "Source: …" lines right under it), a sub-figure's "(a) …" typed list item right under a picture by their boxes, and the doubted
// ones with the tie they fall back on.
import { groupByPage, positionsOf } from '../../layout/columns.js';
import { CAPTION_TYPES, FLOAT_TYPES } from '../../model/block-kinds.js';
import { type Decision, decision } from '../../model/decision.js';
import type { Element } from '../../model/element.js';
import { isContinuationNote } from '../../text/caption-label.js';
import type { CaptionLink } from '../types.js';
import { seen, type Weigh, type Weighed } from '../weigh.js';
import type { CaptionHabits } from './habits.js';
import { markedNoteOfFloat } from './marked-notes.js';
import { numberedNoteOfTable } from './numbered-notes.js';
import { type Doubt, doubtTie, type TieContext } from './parser-ties.js';
import {
  contradictsKind,
  isAbove,
  isNoteLine,
  keyLineAbbreviation,
  looksLikeCaption,
  MAX_LABELLED_TEXT,
  roleOf,
} from './roles.js';
import { isNumberedNote } from './table-notes.js';

/** How far (in reading-order positions) a caption may stand from its float. */
export const WINDOW = 4;

/** What linkCaptions gathers: links and decisions, in the order they are made. */
export interface Linked {
  links: CaptionLink[];
  decisions: Decision[];
  weigh: Weigh;
}

export function record(
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
export interface Tie {
  float: Element;
  nested: boolean;
}

/**
 * The elements the body's captions are tied to by ref (`nestedIn`, `captionOf`: what `parserTie` looks up), the last
 * of a ref as a Map of every element would hold it: a Map of those few refs, not of all 200,000 of a long document.
 */
export function tiedByRef(elements: readonly Element[], body: readonly Element[]): Map<string, Element> {
  const wanted = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    const el = body[i];
    if (!CAPTION_TYPES.has(el.type)) continue;
    if (el.hints?.nestedIn) wanted.add(el.hints.nestedIn);
    if (el.hints?.captionOf) wanted.add(el.hints.captionOf);
  }
  const byRef = new Map<string, Element>();
  if (wanted.size > 0) for (const el of elements) if (wanted.has(el.ref)) byRef.set(el.ref, el);
  return byRef;
}

function parserTie(el: Element, byRef: Map<string, Element>): Tie | undefined {
  const parent = el.hints?.nestedIn ? byRef.get(el.hints.nestedIn) : undefined;
  if (parent) return { float: parent, nested: true };
  const linked = el.hints?.captionOf ? byRef.get(el.hints.captionOf) : undefined;
  return linked ? { float: linked, nested: false } : undefined;
}

export function recordTie(out: Linked, el: Element, tie: Tie) {
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
export interface Untaken {
  free: Element[];
  mislabelled: Set<number>;
  doubted: Map<number, Tie | undefined>;
}

/**
 * The captions the parser typed text or title (`settled`: elements already judged something else), and a
 * sub-figure's "(a) …" it typed list item (Azure DI, Docling) standing right under a picture by their boxes.
 */
export function textCaptions(body: Element[], settled: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  body.forEach((el, k) => {
    if (settled.has(el.id)) return;
    if ((el.type === 'text' || el.type === 'title') && textCaption(el, floatBefore(body, k))) out.add(el.id);
    else if (el.type === 'list_item' && subItemUnderPicture(body, k)) out.add(el.id);
    if (el.type === 'text' && (keyLineOfTable(body, k) || noteLineOfFloat(body, k))) out.add(el.id);
    else if (markedNoteOfFloat(body, k) || numberedNoteOfTable(body, k)) out.add(el.id);
  });
  return out;
}

/**
 * A table's key line the parser typed text (Docling: "FT: Model was trained on PubTabNet then finetuned." under
 * the table and its caption): a short line "ABBR: meaning" right after a table, passing over its caption, set right
 * under the block before it, whose abbreviation stands as a word among the table's cells. A note of the table, as
 * "Note: …" is.
 */
function keyLineOfTable(body: readonly Element[], k: number): boolean {
  const key = keyLineAbbreviation(body[k]);
  if (key === undefined) return false;
  // set right under the block before it (the caption, the table or another key line), where both have boxes
  const [line, prev] = [body[k].bbox, body[k - 1]?.bbox];
  if (line && prev && body[k - 1].page === body[k].page && (line[1] - prev[3] > 0.03 || line[1] < prev[1]))
    return false;
  for (let j = k - 1; j >= 0 && j >= k - 3 && body[j].page === body[k].page; j--) {
    const o = body[j];
    if (o.type === 'table')
      return new RegExp(`(?:^|[^\\p{L}\\p{N}])${key.replace(/[+-]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(o.text);
    const caption =
      CAPTION_TYPES.has(o.type) || ((o.type === 'text' || o.type === 'title') && looksLikeCaption(o.text));
    if (!caption && keyLineAbbreviation(o) === undefined) return false;
  }
  return false;
}

/**
 * A float's note the parser typed text ("Source: …", "Notes: …" under a table or chart; Mistral's Markdown, Docling,
 * Textract): a note line right after a float, passing over its caption and other notes, each block of the run set
 * right under the one before it where both have boxes (as a key line is); the table's numbered notes passed over too.
 */
function noteLineOfFloat(body: readonly Element[], k: number): boolean {
  if (!isNoteLine(body[k])) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3 && body[j].page === body[k].page; j--) {
    const o = body[j];
    // each block of the run set right under the one before it, where both have boxes
    const [line, prev] = [body[j + 1].bbox, o.bbox];
    if (line && prev && (line[1] - prev[3] > 0.03 || line[1] < prev[1])) return false;
    if (o.type === 'table' || o.type === 'image') return true;
    const caption =
      CAPTION_TYPES.has(o.type) || ((o.type === 'text' || o.type === 'title') && looksLikeCaption(o.text));
    if (!caption && !isNoteLine(o) && keyLineAbbreviation(o) === undefined && !isNumberedNote(o)) return false;
  }
  return false;
}

/**
 * A list item "(a) …" whose box stands right under a picture near it in reading order (within WINDOW positions
 * either way: a parser may list a row's sub-captions before its pictures): its top at most 3% of the page below
 * the picture's bottom, its middle within the picture's width. A list "(a) …, (b) …" under a figure's caption
 * stands under the caption, not the picture.
 */
function subItemUnderPicture(body: readonly Element[], k: number): boolean {
  const el = body[k];
  if (roleOf(el) !== 'sub' || el.text.length > MAX_LABELLED_TEXT || !el.bbox) return false;
  const [x1, top, x2] = el.bbox;
  const mid = (x1 + x2) / 2;
  for (let j = Math.max(0, k - WINDOW); j <= k + WINDOW && j < body.length; j++) {
    const p = body[j];
    if (p.type !== 'image' || p.page !== el.page || !p.bbox) continue;
    const gap = top - p.bbox[3];
    if (gap >= -0.005 && gap <= 0.03 && p.bbox[0] <= mid && mid <= p.bbox[2]) return true;
  }
  return false;
}

/**
 * Evidence 1: captions the parser nested in or linked to their float, taken as is unless the page doubts the tie.
 * @param mislabelled the captions the parser typed text or title (textCaptions)
 * @param habits the document's caption sides (./habits.ts)
 */
export function takeParserLinks(
  body: Element[],
  byRef: Map<string, Element>,
  mislabelled: Set<number>,
  habits: CaptionHabits,
  out: Linked,
  position: ReadonlyMap<number, number> = positionsOf(body),
) {
  const untaken: Untaken = { free: [], mislabelled, doubted: new Map() };
  const byPage = groupByPage(body);
  const ties = new Map<Element, Tie>();
  const tiedTo = new Map<number, Element[]>();
  for (let i = 0; i < body.length; i++) {
    const el = body[i];
    const tie = CAPTION_TYPES.has(el.type) ? parserTie(el, byRef) : undefined;
    if (!tie) continue;
    ties.set(el, tie);
    tiedTo.set(tie.float.id, [...(tiedTo.get(tie.float.id) ?? []), el]);
  }
  const mainTied = new Set([...ties].filter(([el]) => roleOf(el) === 'main').map(([, t]) => t.float.id));
  const ctx: TieContext = { habits, mainTied, tiedTo, position };
  for (let i = 0; i < body.length; i++) {
    const el = body[i];
    if (mislabelled.has(el.id)) {
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
    const doubt: Doubt | undefined = at === undefined ? undefined : doubtTie(el, tie.float, page, body, at, ctx);
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
 * sub-figures' and the figure's caption the parser typed text or title: "picture, picture, (a) …, Figure 2: …, (b) …";
 * dots.ocr types a row's sub-captions Section-header).
 */
function floatBefore(body: Element[], k: number): Element | undefined {
  const sub = roleOf(body[k]) === 'sub';
  for (let j = k - 1; j >= 0 && j >= k - WINDOW; j--) {
    const textLine = body[j].type === 'text' || body[j].type === 'title';
    const passed =
      CAPTION_TYPES.has(body[j].type) ||
      (sub && textLine && (roleOf(body[j]) === 'sub' || looksLikeCaption(body[j].text)));
    if (!passed) return body[j];
  }
  return undefined;
}
