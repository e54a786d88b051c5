// What a caption is and plays for its float, read from its own text and type: its role (caption proper, a
// sub-figure's, a continuation line, a footnote), the kind of float it wants, whether a line the parser typed
// text reads as a caption, and which side of its float it stands on. Shared by the captions stage's parts.
import type { Element } from '../../model/element.js';
import { trustedPdf } from '../../pdf/trust.js';
import { isContinuationNote, parseCaptionLabel } from '../../text/caption-label.js';
import { isNumberedNote, isTableNote } from './table-notes.js';

/**
 * A float's note as it opens: "Note:", "Source:", "注：", or a footnote marker ("*", "†", "1 For each …",
 * "a Measured …") before a capital.
 */
const NOTE_OPENING =
  /^\s*(?:(?:[Nn]otes?|NOTES?|[Ss]ources?|SOURCES?|注|注释|資料來源|资料来源|来源|出典|出所)\s*[:：.]|[*†‡§¶]+\s*\S|(?:\d{1,2}|[a-z])\s+\p{Lu})/u;

/**
 * A footnote: typed so by the parser, or a line it typed caption that carries no caption label and opens as a
 * note does (a table's "1 For each dataset, …" under it, Unstructured's FigureCaption).
 */
export function isFootnote(el: Element): boolean {
  if (el.type === 'image_footnote' || el.type === 'table_footnote') return true;
  const captionTyped = el.type === 'image_caption' || el.type === 'table_caption';
  return (captionTyped && NOTE_OPENING.test(el.text) && !parseCaptionLabel(el.text)) || isTableNote(el);
}

/**
 * The part a caption plays for its float: its caption proper (`main`), a sub-figure's "(a) …" (`sub`), a
 * "Continued on next page" line (`continued`), a footnote (`note`), or a piece of a caption the parser cut off
 * its start (`part`: a line it typed caption that opens in lower case, "change."). A float takes one caption per
 * role, and any number of footnotes, continuation lines and pieces.
 */
export type CaptionRole = 'main' | 'sub' | 'continued' | 'note' | 'part';

/**
 * A key line under a table: an abbreviation in capitals, a colon, its meaning ("FT: Model was trained on …"); not
 * a word with a colon ("Option: …", a definition in the body).
 */
const KEY_LINE = /^\s*([A-Z][A-Z0-9+-]{1,9})\s*[:：]\s+\S/u;

/** Longest line the parser typed text still read as a table's key line. */
const MAX_KEY_LINE = 160;

/** The abbreviation a short text line opens with as a key ("FT" of "FT: Model was …"), else undefined. */
export function keyLineAbbreviation(el: Element): string | undefined {
  if (el.type !== 'text' || el.text.length > MAX_KEY_LINE) return undefined;
  return KEY_LINE.exec(el.text)?.[1];
}

/**
 * A float's note the parser typed text: a note word and a colon opening it ("Source: Federal Reserve Board.",
 * "Notes: …", "资料来源：…"), not a footnote marker (body text may open with "1 For …").
 */
const NOTE_LINE =
  /^\s*(?:[Nn]otes?|NOTES?|[Ss]ources?|SOURCES?|注|注释|資料來源|资料来源|来源|出典|出所)\s*[:：]\s*\S/u;

/** Longest text line still read as a float's note. */
const MAX_NOTE_LINE = 300;

/** A text line that opens as a float's note does ("Source: …"); whether it is one, its place decides (parser-links.ts). */
export function isNoteLine(el: Element): boolean {
  return el.type === 'text' && el.text.length <= MAX_NOTE_LINE && NOTE_LINE.test(el.text);
}

/** A note's marker and a word after it ("* Not available …", "† Measured …"). */
export const MARKED = /^\s*(\*{1,3}|[†‡§¶])\s*\S/u;
/** Longest line read as a marked note. */
const MAX_MARKED_NOTE = 200;

/** A short line opened by a footnote marker, typed text or list item: a note if its place says so (./marked-notes.ts). */
export function isMarkedNote(el: Element): boolean {
  return (el.type === 'text' || el.type === 'list_item') && el.text.length <= MAX_MARKED_NOTE && MARKED.test(el.text);
}

export function roleOf(el: Element): CaptionRole {
  if (isFootnote(el) || keyLineAbbreviation(el) !== undefined || isNoteLine(el) || isMarkedNote(el)) return 'note';
  // a numbered sentence typed text: a table's note if its place says so (./numbered-notes.ts)
  if (isNumberedNote(el)) return 'note';
  if (isContinuationNote(el.text)) return 'continued';
  if (/^\s*[(（][a-z][)）]\s*\S/u.test(el.text)) return 'sub';
  if ((el.type === 'image_caption' || el.type === 'table_caption') && /^\s*\p{Ll}/u.test(el.text)) return 'part';
  return 'main';
}

export const unlimited = (role: CaptionRole) => role === 'note' || role === 'continued' || role === 'part';

export function wantedKind(el: Element): 'table' | 'image' | undefined {
  const label = parseCaptionLabel(el.text);
  if (label && label.kind !== 'code') return label.kind === 'table' ? 'table' : 'image';
  // "Continued on next page" names no kind, and an image type for it is the parser's guess (a long table's
  // line set right of the table's columns): it goes to whatever float it stands by.
  if (!label && el.type === 'image_caption' && roleOf(el) === 'continued') return undefined;
  if (el.type.startsWith('table')) return 'table';
  if (el.type.startsWith('image')) return 'image';
  // A sub-figure's "(a) …" the parser typed text (or list item) is taken for a caption only under a picture.
  if (roleOf(el) === 'sub' && (el.type === 'text' || el.type === 'title' || el.type === 'list_item')) return 'image';
  return undefined;
}

/** Is the caption above its float: by their boxes on one page, else by reading order (the float comes after). */
export function isAbove(caption: Element, target: Element, distance: number): boolean {
  if (caption.page === target.page && caption.bbox && target.bbox) {
    if (caption.bbox[1] >= target.bbox[3] - 0.005) return false;
    if (caption.bbox[3] <= target.bbox[1] + 0.005) return true;
  }
  return distance > 0;
}

/** Longest text-labelled element without a separator after its label still taken for a caption. */
export const MAX_LABELLED_TEXT = 120;

export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A caption the parser labelled as text or title: "Figure 3.2. Backups", "Table IV: Results", "图1说明",
 * "表 2 …" — not "Table 1 shows …". With a separator after its label (":", ".") a caption may be of any
 * length; without one only a short line is.
 */
export function looksLikeCaption(text: string): boolean {
  const label = parseCaptionLabel(text);
  if (!label || label.kind === 'code') return false;
  const trimmed = text.trim();
  const rest = trimmed.replace(
    /^(?:续表|續表|\S+?)\s*(?:(?:[A-Z][.\-–]?)?\d+(?:[.\-–]\d+)*[a-z]?|[IVXLC]{1,7}(?![\p{L}\d]))/u,
    '',
  );
  // "Figure 3: …", "Table IV. …": the separator makes it a caption, of any length.
  if (rest === '' || /^\s*[.:：．\-–—]/.test(rest)) return true;
  // CJK captions need no space: "图1说明", "表2数据" (body text cites a float mid-sentence: "如图1所示").
  const cjkTitle = CJK.test(trimmed.charAt(0)) && CJK.test(rest.charAt(0));
  if (trimmed.length > MAX_LABELLED_TEXT || !(/^\s/.test(rest) || cjkTitle)) return false;
  const sentences = /[。！？，][^\s]/.test(rest.trim().slice(0, -1)); // CJK body text citing the float
  // A run of three lower-case words after the number in text that ends as a sentence does: "Table 2.3 Options
  // lists the …." — not "表 2.2 Default safety cost levels", a title (whole words: "Basic" holds no "asic").
  const running = /(?:^|\s)\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+/u.test(rest) && /[.!?。！？]$/.test(trimmed);
  // "Table 2 shows …" is a sentence; "表 11.1 migrate_all.sh スクリプト…" is a caption naming a file.
  const lowerStart = /^\s+\p{Ll}/u.test(rest) && !CJK.test(rest);
  return !lowerStart && !sentences && !running;
}

/** The caption's label names another kind of float than the one the parser links it to ("Figure 3" → a table). */
export function contradictsKind(caption: Element, float: Element): boolean {
  const label = parseCaptionLabel(caption.text);
  if (!label || label.kind === 'code' || label.kind === 'equation') return false;
  return (label.kind === 'table') !== (float.type === 'table');
}

/**
 * With the source PDF (`--pdf`): the caption opens with its label in bold ("**Figure 3.** …"), or is bold
 * throughout. Only when its text matched its PDF lines well (`trustedPdf`): a weakly matched element's bold
 * opening may be another block's ("Figure 2." of the caption next to it).
 */
export function pdfBoldLabel(el: Element): boolean {
  const pdf = trustedPdf(el);
  const lead = pdf?.boldLead ?? (pdf?.bold ? el.text : undefined);
  return lead !== undefined && parseCaptionLabel(lead.trim()) !== undefined;
}
