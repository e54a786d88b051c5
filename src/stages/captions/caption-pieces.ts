// A caption the parser gave in two blocks or more: its label line, then the rest typed text under it ("TABLE I:
// Glossary of the terms used in this text, with a" | "short description of each …"; "Fig. 2: Two states of the" |
// "configuration discussed in this section."). A layout model groups a caption's lines as it groups a paragraph's,
// and a line it cut off reads as body text: the text stage took it for a paragraph's, the captions stage left it
// unlinked, and the text between the caption and its float pushed the float out of the caption's reach.
// Evidence, all needed: the head is a caption (typed so, or a text line that reads as one) and the piece comes right
// after it (or after another piece, or after the head's float when the parser gave the caption with it and both have
// boxes) in reading order on its page; the text before the cut ends no sentence; the piece
// carries no label of its own and is no note; both have boxes (without them a paragraph the float cut, going on
// after the caption in lower case, reads the same) and the piece stands right under the line before it (a line's gap
// at most, sharing its width); and the piece goes on as the sentence does: a lower-case word, or after a word that
// ends no phrase ("with a", "of the", a comma, a hyphen), or in CJK after a line that ends in no punctuation, with
// clause punctuation of its own (a table's head row read as a text line has none).
// Precedence: a piece is part of its head's caption, linked to the float the head is linked to
// (`captions.caption-part`), and is no paragraph's fragment (src/stages/text-merge.ts `floatPart`).
import { CAPTION_TYPES } from '../../model/block-kinds.js';
import { decision } from '../../model/decision.js';
import type { Element } from '../../model/element.js';
import { isContinuationNote } from '../../text/caption-label.js';
import type { Linked } from './parser-links.js';
import { CJK, isFootnote, isNoteLine, looksLikeCaption } from './roles.js';

/** The widest gap (share of the page height) between a caption's lines. */
const LINE_GAP = 0.008;
/** Longest piece taken for a caption's rest. */
const MAX_PIECE = 400;
/** A sentence or clause ends: no caption piece follows it. */
const ENDS = /[.!?:;。！？：；]["'”’)\]）]*$/u;
/** A phrase left open: a function word, a comma, a hyphen. */
const OPEN_PHRASE =
  /(?:^|\s)(?:a|an|the|of|and|or|in|on|for|to|with|by|from|at|as|that|which|its|their|is|are|under|over|per|via)$|[,\-–]$/iu;
/** Clause punctuation inside CJK text. */
const CJK_CLAUSE = /[，、；。：（）]/u;

const FLOATS = new Set(['table', 'image']);

function isHead(el: Element): boolean {
  if (CAPTION_TYPES.has(el.type)) return !isFootnote(el) && !isContinuationNote(el.text);
  return (el.type === 'text' || el.type === 'title') && looksLikeCaption(el.text);
}

/** Does `piece` go on with `tail`, by their texts and (when both have one) their boxes. */
function goesOn(tail: Element, piece: Element): boolean {
  if (piece.type !== 'text' && piece.type !== 'title') return false;
  const [t, p] = [tail.text.trim(), piece.text.trim()];
  if (!p || p.length > MAX_PIECE || ENDS.test(t) || piece.page !== tail.page) return false;
  if (looksLikeCaption(p) || isNoteLine(piece) || isContinuationNote(p) || /^[*†‡§¶]/u.test(p)) return false;
  // Without boxes a paragraph the float cut, going on after the caption in lower case, reads the same: none.
  if (!tail.bbox || !piece.bbox) return false;
  const gap = piece.bbox[1] - tail.bbox[3];
  if (gap < -0.005 || gap > LINE_GAP) return false;
  if (piece.bbox[0] >= tail.bbox[2] || piece.bbox[2] <= tail.bbox[0]) return false;
  if (/^\p{Ll}/u.test(p)) return true;
  if (CJK.test(p.charAt(0))) return CJK.test(t.slice(-1)) && CJK_CLAUSE.test(p);
  return OPEN_PHRASE.test(t);
}

/**
 * The caption pieces of `body` (reading order): each piece's id and its head's. Linear: each element is looked at as
 * a head or a piece once.
 */
export function captionPieces(body: readonly Element[]): Map<number, Element> {
  const out = new Map<number, Element>();
  // (a table's head row read as a line goes on with no caption: capitals after a caption's last word)
  const isPiece = (tail: Element, k: number) => k < body.length && goesOn(tail, body[k]);
  for (let i = 0; i < body.length; i++) {
    if (!isHead(body[i])) continue;
    const head = body[i];
    // A parser that gives a caption with its float (Azure DI's table `caption`) sets the float first, then the rest.
    if (!isPiece(head, i + 1) && head.bbox && FLOATS.has(body[i + 1]?.type) && isPiece(head, i + 2)) i++;
    let tail = head;
    while (isPiece(tail, i + 1)) {
      out.set(body[i + 1].id, head);
      tail = body[++i];
    }
  }
  return out;
}

/**
 * Each piece linked to the float its head is linked to (`captions.caption-part`), as sure as the head's link; a piece
 * whose head found no float stays unlinked.
 */
export function linkPieces(pieces: ReadonlyMap<number, Element>, elements: readonly Element[], out: Linked): void {
  if (pieces.size === 0) return;
  const heads = new Set([...pieces.values()].map((h) => h.id));
  const linkOf = new Map(out.links.filter((l) => heads.has(l.caption)).map((l) => [l.caption, l]));
  const madeBy = new Map(out.decisions.filter((d) => d.accepted && heads.has(d.ids[0])).map((d) => [d.ids[0], d]));
  const why = 'the rest of the caption before it, which the parser cut off as text: linked to its float';
  for (const [id, head] of pieces) {
    const link = linkOf.get(head.id);
    if (!link) continue;
    const made = madeBy.get(head.id);
    out.links.push({ caption: id, target: link.target, nested: false });
    const pair = [elements[id], elements[link.target]];
    const confidence = made?.confidence ?? 0.9;
    out.decisions.push(
      decision('captions', 'captions.caption-part', why, confidence, pair, true, 'rules', made?.features),
    );
  }
}
