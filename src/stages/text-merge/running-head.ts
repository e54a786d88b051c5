// A page's running head typed as text, read at the head of the page where a paragraph left open goes on (Mistral and
// Unstructured on the LaTeX book class: "… In its default" | "2.1. FOR WORKSTATIONS" | "configuration, the server will
// …"). The furniture stage does not drop it: the line changes with each section, so it repeats on few pages.
// Evidence (text and place in the reading order, so formats without boxes have it): the line, typed as text, is the first body text of
// its page, a page after the open fragment's, and the text after it on that page goes on; it is short, one line, with
// every letter in upper case (a word of four letters at least), opened or not by a section number or a chapter label;
// with a box, it stands in the page's head band. The paragraph goes on past it: lower case after it, or the open
// fragment left on a comma, a hyphen or a word no sentence ends with. Precedence: asked by ./flow.ts after its note and
// page-number rules, and only where the open fragment does not end a sentence (a section heading of that shape opens a
// section, whose first text starts a sentence of its own).
import type { Element } from '../../model/element.js';
import { startsLowercase } from '../../text/chars.js';
import { DANGLING_WORD } from './text-kind.js';

/** A running head is short. */
const HEAD_CHARS = 80;
/** With a box, a running head stands above this share of the page. */
const HEAD_BAND = 0.15;

/** One line in upper case ("2.1. FOR WORKSTATIONS", "CHAPTER 5. HELP RESOURCES"), no sentence's end after it. */
export function isUpperCaseHeadLine(text: string): boolean {
  const t = text.trim();
  if (t.length > HEAD_CHARS || t.includes('\n') || /[.!?,;。！？，；]$/u.test(t)) return false;
  return !/\p{Ll}/u.test(t) && /\p{Lu}{4}/u.test(t);
}

/** `el` is a running head between the open fragment and `next`, which goes on with it on `el`'s page. */
export function runningHeadBetween(el: Element, open: Element, next: Element, firstOnPage: boolean): boolean {
  // A line the parser typed as a title is a heading by its word ("3 DESCRIPTION" over "debmake helps to build …").
  if (el.type !== 'text' || !firstOnPage || el.page <= open.page || next.page !== el.page) return false;
  if (el.bbox && el.bbox[1] > HEAD_BAND) return false;
  if (!isUpperCaseHeadLine(el.text)) return false;
  const openText = open.text.trimEnd();
  return startsLowercase(next.text) || /[,-]$/.test(openText) || DANGLING_WORD.test(openText);
}
