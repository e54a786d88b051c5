// What the whole document says about how to read a break, asked once per document for the text-merge stage
// (src/stages/text-merge.ts): paragraph indents, tokenised stops, kept line breaks, sparse pages, names used
// mid-sentence, terms standing alone.
import { TEXT_LIKE } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { bodyIndents, indentsParagraphs, oneLineParagraphsFlush } from './layout.js';
import { TERM_ALONE } from './patterns.js';
import { namesUsedMidSentence } from './text-kind.js';

/** What the whole document says about how to read a break: its habits, asked once. */
export interface DocumentTraits {
  indentOf: (el: Element) => number | undefined;
  /** A one-line block whose box stands at the document's paragraph indent. */
  oneLineIndented: (el: Element) => boolean;
  paragraphsIndented: boolean | undefined;
  spacedStops: boolean;
  lineBreaksKept: boolean;
  /** Without boxes: the page holds only a few short lines of text and nothing else, so no full page ends there. */
  sparsePage: (page: number) => boolean;
  /**
   * A page between the two holds no body block at all (a book's blank verso before a chapter, its page number or
   * running head aside): no paragraph runs over a blank page.
   */
  blankPageBetween: (from: number, to: number) => boolean;
  /** Built on first need: most breaks never ask whether a capitalised word is a name. */
  namesMidSentence: () => Set<string>;
  /** Terms stand alone as blocks of their own ("update", "safe-upgrade", "search": a command list's entries). */
  termsAlone: boolean;
}

export function documentTraits(body: Element[], bodyByPage: Map<number, Element[]>): DocumentTraits {
  const texts = body.filter((e) => TEXT_LIKE.has(e.type));
  const paragraphsIndented = indentsParagraphs(texts);
  const { indentOf, oneLineIndented } = oneLineParagraphsFlush(bodyIndents(body, bodyByPage), body, paragraphsIndented);
  // Tokenised text ("the Decoder ." / "cells , and") puts spaces before punctuation all through.
  const spaced = texts.filter((e) => / [.,;:](?:\s|$)/.test(e.text)).length;
  const long = texts.filter((e) => e.text.length > 40);
  let names: Set<string> | undefined;
  return {
    indentOf,
    oneLineIndented,
    paragraphsIndented,
    spacedStops: spaced >= Math.max(2, texts.length * 0.05),
    lineBreaksKept: long.length >= 5 && long.filter((e) => e.text.trim().includes('\n')).length > long.length / 2,
    namesMidSentence: () => (names ??= namesUsedMidSentence(texts.map((e) => e.text))),
    sparsePage: (page) => sparsePage(bodyByPage.get(page) ?? []),
    blankPageBetween: (from, to) => to - from >= 2 && to - from <= 3 && !bodyByPage.has(from + 1),
    termsAlone: texts.filter((e) => TERM_ALONE.test(e.text.trim())).length >= TERMS_ALONE,
  };
}

/** Three blocks of one lower-case word alone make a habit of the document: its terms stand apart from what follows. */
const TERMS_ALONE = 3;

/** Text this short on a page without boxes, floats or listings did not fill it. */
const SPARSE_PAGE_CHARS = 120;

function sparsePage(onPage: readonly Element[]): boolean {
  if (
    onPage.length === 0 ||
    onPage.some((e) => e.bbox || (!TEXT_LIKE.has(e.type) && !/^(?:title|header|footer|page_number)$/.test(e.type)))
  )
    return false;
  const text = onPage.filter((e) => TEXT_LIKE.has(e.type)).reduce((n, e) => n + e.text.trim().length, 0);
  return text < SPARSE_PAGE_CHARS;
}
