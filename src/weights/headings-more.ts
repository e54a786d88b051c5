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
};

export const headingsMorePhrases: Readonly<Record<keyof HeadingsMoreWeights, string>> = {
  'ordinal-label':
    'a label before its own section number restates it ("02 6.2.", "第二章 6.2."), as every such label of the document does: the section number places the heading',
  'demoted-ordinal-label':
    'a chapter label alone ("第二章") right over a heading with a section number of its own that is not that chapter\'s ("4.2.", "B.1."): a template\'s ordinal, not a heading',
  'same-parser-level':
    'no size tells the two headings apart and the parser gives them one level, its levels varying and agreeing with the numbering: siblings',
};
