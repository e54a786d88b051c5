// A caption's rest typed text where the parser gives no boxes (Unstructured without coordinates, Mistral OCR,
// magic-pdf 0.10's content list): "Table 2: Glossary of the terms used in this text, with a" | "short description of
// each …". Without boxes a paragraph the float cut reads the same way: "… the cell is charged at" | figure | "Figure 3:
// Charge curve" | "a constant current …" — its rest follows the caption in lower case too. What tells them apart is
// the text before the float: a paragraph the float cut leaves its sentence open there, and then the lower-case block
// is that paragraph's rest, never a caption's piece.
// Evidence, all needed (./caption-pieces.ts asks the rest): neither block has a box; the block right after the head
// in reading order, one piece only; the head one line long (a whole caption of two lines followed by a block in lower
// case, a listing's line, is no cut); the text block before the head's float (past floats and captions) ends its
// sentence, or there is none; and the piece goes on as the head's sentence does: it opens in lower case, or the head ends on a word that
// ends no phrase ("with a", "of the", a comma). Precedence: as any caption piece (`captions.caption-part`).
import { CAPTION_TYPES } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';

/** A sentence or clause ends (a colon too: a lead-in closed before its float). */
const ENDS = /[.!?:;。！？：；]["'”’)\]）]*$/u;
/** A phrase left open: a function word, a comma, a hyphen. */
const OPEN_PHRASE =
  /(?:^|\s)(?:a|an|the|of|and|or|in|on|for|to|with|by|from|at|as|that|which|its|their|is|are|under|over|per|via)$|[,\-–]$/iu;
/** How many blocks back the paragraph before the float is looked for (the float, its captions). */
const LOOK_BACK = 4;
const FLOATS = new Set(['table', 'image', 'chart']);

/** The text block before the head at `i` (past floats and captions) leaves its sentence open. */
export function paragraphLeftOpen(body: readonly Element[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - LOOK_BACK; k--) {
    const e = body[k];
    if (FLOATS.has(e.type) || CAPTION_TYPES.has(e.type)) continue;
    const text = e.text.trim();
    return e.type === 'text' && text.length > 0 && !ENDS.test(text);
  }
  return false;
}

/** Longest head (characters) read as a caption's first line: a whole caption of two lines or more is no line cut. */
const ONE_LINE = 110;
const ONE_LINE_CJK = 60;
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;

/**
 * Without boxes: the piece goes on with the head's text `t` (`p` the piece's), the head one line long (a layout model
 * cuts a caption at its first line, the label's), no paragraph left open before the float.
 */
export function boxlessPiece(t: string, p: string, openBefore: boolean): boolean {
  if (openBefore || t.length > (CJK.test(t) ? ONE_LINE_CJK : ONE_LINE)) return false;
  return /^\p{Ll}/u.test(p) || OPEN_PHRASE.test(t);
}
