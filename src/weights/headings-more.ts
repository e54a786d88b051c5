// More weights of the headings stage, kept apart because src/weights/headings.ts is at its 500 lines: the index
// (./index.ts) joins this shape to the headings schema, these defaults to its defaults and these phrases to its
// phrases, so `--weights`, `npm run fit` and the docs table (src/weights/doc.ts reads featureTables) see one table.
// Session 27 (head13): office reports' chapter ordinals, equal parser levels (the heading corpora's train split).
import { z } from 'zod';
import type { HeadingsWeights } from './headings.js';

const weight = z.number();

export const headingsMoreShape = {
  /** A template's ordinal before a section's own number that restates it ("02 6.2. …", "第二章6.2. …"). */
  'ordinal-label': weight,
  /** A chapter label alone over a heading numbered in another chapter's scheme ("第二章" over "4.2. …"). */
  'demoted-ordinal-label': weight,
  /** No size known for one of two headings and the parser gives both one level (its levels varying): siblings. */
  'same-parser-level': weight,
  /** One line of text as tall as a class of typed headings (a numbered one among them) set larger than the body. */
  'promoted-heading-size': weight,
  /** An unnumbered title at the very size of two or more numbered headings of one kind, set apart from the body. */
  'size-of-numbered-kind': weight,
  /** A numbered clause whose sibling before it is a kept heading stays a heading, whatever the sibling after it. */
  'clause-after-heading': weight,
  /** The parser's trusted level of the section before keeps an unnumbered heading out of the numbering it stands in. */
  'hint-over-inside': weight,
  /** A lone numbered list item in the capitals of every typed heading of its rank may continue the heading before it. */
  'lone-item-caps': weight,
  /** A numbered sentence in the run right under a table: the table's note. */
  'demoted-table-note': weight,
};

export type HeadingsMoreWeights = { [K in keyof typeof headingsMoreShape]: number };

/** The whole headings table the stage reads: ./headings.ts and these. */
export type AllHeadingsWeights = HeadingsWeights & HeadingsMoreWeights;

export const defaultHeadingsMoreWeights: HeadingsMoreWeights = {
  // Hand-set as number-apart (not fitted; session 27, office reports under every parser: "02 6.2. Snapshot …" beside
  // "6.1. …" and "6.1.1. …"). Adds to the level's confidence (headings/ordinal-label.ts); 0 or less: off, such a
  // label numbers a series of its own (text/numbering.ts, ladder 'series').
  'ordinal-label': 0.3,
  // Hand-set as demoted-number-apart (not fitted; session 27, office reports and legal texts given line by line:
  // "第二章" over "4.2. 大致流程", "第三章" over "B.1.2. …"): 0.85; 0 or less: off (headings/ordinal-label.ts).
  'demoted-ordinal-label': 1.735,
  // Hand-set as the parser-level weights (1.1; not fitted; session 27, Mistral's Markdown on the heading corpora: "## 1
  // Xen" then "## LXC", an unnumbered `\section*` nested under the numbered section by first appearance). Its confidence
  // as siblings (headings/walk.ts); 0 or less: off.
  'same-parser-level': 1.1,
  // Hand-set as promoted-numbered-text (not fitted; session 28, head14: PaddleOCR's "8 New upstream release" typed text
  // at the size of the typed sections, heading corpora). Its confidence as a heading (headings/size-promote.ts); 0 or
  // less: off.
  'promoted-heading-size': 0.3,
  // Hand-set as body-size-habit's keep (not fitted; session 28, head14: article's `\subsection*` "uupdate + tarball" at
  // the size of "8.1 gbp", 1.1 × the body line). Its confidence as a heading (headings/kind-size.ts); 0 or less: off.
  'size-of-numbered-kind': 0.3,
  // Hand-set (not fitted; session 28, head14: the dev insurance rules under DeepSeek-OCR, "6.3. Điều khoản loại trừ …:"
  // after the typed "6.2. …:", dropped for its sentence sibling "6.4. Khi …"), as promoted-numbered-text. Adds to the
  // heading's confidence (headings/clause-items.ts); 0 or less: off.
  'clause-after-heading': 0.3,
  // Hand-set (not fitted; session 28, head14: a fresh elsarticle paper under Docling, Marker, Azure DI …, the
  // `\section*` "Monitoring Activity" between "1." and "1.1." at the parser's level of "1."). A switch
  // (headings/inside-numbering.ts): 0 or less: off.
  'hint-over-inside': 1,
  // Hand-set (not fitted; session 28, head14: a fresh amsart manual page under Azure DI, "5. HELPER PACKAGES" a list
  // paragraph after the typed "4. EXAMPLES"). A switch (headings/capitals.ts, promote.ts): 0 or less: off.
  'lone-item-caps': 1,
  // Hand-set as demoted-figure-title (not fitted; session 29, cap15: office-kinds datasheets under Textract, "1. Guaranteed
  // by design, not tested in production." a section header under its table): 0.85; 0 or less: off (headings/table-note.ts).
  'demoted-table-note': 1.735,
};

export const headingsMorePhrases: Readonly<Record<keyof HeadingsMoreWeights, string>> = {
  'ordinal-label':
    'a label before its own section number restates it ("02 6.2.", "第二章 6.2."), as every such label of the document does: the section number places the heading',
  'demoted-ordinal-label':
    'a chapter label alone ("第二章") right over a heading with a section number of its own that is not that chapter\'s ("4.2.", "B.1."): a template\'s ordinal, not a heading',
  'same-parser-level':
    'no size tells the two headings apart and the parser gives them one level, its levels varying and agreeing with the numbering: siblings',
  'promoted-heading-size':
    'one line of text as tall as the typed headings of a size class set larger than the body text (a numbered one among them): a heading the parser typed as text',
  'size-of-numbered-kind':
    'an unnumbered title set at the very size of two or more numbered headings of one kind, a size apart from the body text: a heading of that kind, not a bold lead-in',
  'clause-after-heading':
    'a numbered clause ending as clauses do whose sibling before it is a heading the document keeps: a heading among headings, though the sibling after it is a paragraph',
  'hint-over-inside':
    'the parser gives an unnumbered heading the level of the numbered section before it and not of the next heading (its levels trusted): a top section, not inside the numbering',
  'lone-item-caps':
    'a lone numbered list item in the capitals every typed heading of its rank is set in, continuing the heading before it: a heading the parser gave as a list',
  'demoted-table-note':
    "a numbered sentence in the run right under a table, set right under it: the table's note, not a heading",
};
