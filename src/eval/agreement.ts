// Cross-format agreement (issue #13): the same document written in several parser formats (MinerU
// content_list, dots.ocr, middle.json, hOCR …) should come out with the same outline. For every document
// and every pair of its formats, the heading-tree TEDS between the two outlines, where a heading is
// labelled by its text (NFKC, case-folded, letters and digits only) instead of its ref, since refs differ
// between formats. 1 = the same headings, in the same order, at the same nesting.
// A document's agreement is the mean over its pairs; the corpus mean is the mean over documents that have
// at least two formats. Run on the predictions (docstitch's outline in format A vs in format B) and on
// the gold (which must agree: a gold disagreement is a generator defect).
import { headingTree } from './metrics.js';
import { type OrderedTree, treeEditDistance } from './ted.js';

export interface OutlineHeading {
  text: string;
  level: number;
}

/** One document's outline as read from one format. */
export interface Outline {
  /** Document key, the same for every format of one document. */
  doc: string;
  format: string;
  headings: OutlineHeading[];
}

export interface DocumentAgreement {
  doc: string;
  pairs: { a: string; b: string; teds: number }[];
  /** Mean TEDS over the pairs. */
  teds: number;
}

export interface Agreement {
  documents: DocumentAgreement[];
  /** Mean over documents; undefined when no document has two formats. */
  mean: number | undefined;
}

/** The label a heading's text gets: NFKC, lower case, letters and digits only. */
export function headingLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function tree(headings: OutlineHeading[]): OrderedTree {
  // headingTree labels nodes by ref: give it the text labels as refs
  return headingTree(headings.map((h) => ({ ref: headingLabel(h.text), level: h.level })));
}

/** TEDS between two outlines: 1 − TED / max(size), 1 when both are empty. */
export function outlineTeds(a: OutlineHeading[], b: OutlineHeading[]): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 1;
  return Math.max(0, 1 - treeEditDistance(tree(a), tree(b)) / n);
}

/** Agreement of every document's formats, documents in the order first seen, formats pairwise in order. */
export function crossFormatAgreement(outlines: readonly Outline[]): Agreement {
  const byDoc = new Map<string, Outline[]>();
  for (const o of outlines) byDoc.set(o.doc, [...(byDoc.get(o.doc) ?? []), o]);
  const documents: DocumentAgreement[] = [];
  for (const [doc, list] of byDoc) {
    if (list.length < 2) continue;
    const pairs: DocumentAgreement['pairs'] = [];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        pairs.push({ a: list[i].format, b: list[j].format, teds: outlineTeds(list[i].headings, list[j].headings) });
    documents.push({ doc, pairs, teds: pairs.reduce((s, p) => s + p.teds, 0) / pairs.length });
  }
  const mean = documents.length ? documents.reduce((s, d) => s + d.teds, 0) / documents.length : undefined;
  return { documents, mean };
}

/** An outline from a structure's headings and the input's element texts by ref. */
export function outlineOf(
  headings: ReadonlyArray<{ ref: string; level: number }>,
  texts: ReadonlyMap<string, string>,
): OutlineHeading[] {
  return headings.map((h) => ({ text: texts.get(h.ref) ?? '', level: h.level }));
}
