// The page-opening habit of chapters (book and report classes, ctexbook, Office reports): when every top
// numbered section opens its page ("第一章 概述" first on its page) and the deeper numbered headings mostly
// do not, an unnumbered heading with nothing else known (key `plain`: no size, level hint, contents level)
// that opens its page is one of the top sections — the `\chapter*` "注意事项" beside the numbered chapters —
// not a heading nested under the chapter before it (`page-opener-top`).
import type { Element } from '../../model/element.js';
import { minOf } from '../../util/arrays.js';
import type { Candidate } from './types.js';

const FEATURE = 'headings.page-opener-top';

/**
 * Ids of the headings that open their page: the first element on it that is not blank, with no running head
 * or other furniture above it (a chapter's opening page carries no running head; a section that happens to
 * stand first on a page sits under one).
 */
export function pageOpeners(elements: readonly Element[]): Set<number> {
  const out = new Set<number>();
  const seenPage = new Set<number>();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (seenPage.has(el.page) || !el.text.trim()) continue;
    seenPage.add(el.page);
    out.add(el.id);
  }
  return out;
}

/**
 * Whether the chapters open their pages: two or more top headings (numbered, or top keywords such as 前言 and
 * 致谢 beside one numbered chapter), every one opening its page, and fewer than half the deeper ones.
 */
function openingHabit(top: Candidate[], deeper: Candidate[], opens: ReadonlySet<number>): boolean {
  const opening = (c: Candidate) => opens.has(c.el.id);
  if (top.length < 2 || !top.every(opening)) return false;
  return deeper.length === 0 || deeper.filter(opening).length * 2 < deeper.length;
}

/**
 * Before keys are known (the size demotions, candidates.ts): the page openers, when the document's top numbered
 * headings (the first numbered heading's ladder, at its shallowest rank) have the habit; else an empty set.
 */
export function chapterPageOpeners(candidates: Candidate[], opens: ReadonlySet<number>): ReadonlySet<number> {
  const numbered = candidates.filter((c) => c.numbering && c.numbering.ladder !== 'article');
  if (numbered.length === 0) return new Set();
  const ladder = numbered[0].numbering!.ladder;
  const rank = minOf(numbered.filter((c) => c.numbering!.ladder === ladder).map((c) => c.numbering!.rank));
  const isTop = (c: Candidate) => c.numbering!.ladder === ladder && c.numbering!.rank === rank;
  const deeper = numbered.filter((c) => !isTop(c));
  const top = candidates.filter((c) => (c.numbering && isTop(c)) || c.keyword);
  return openingHabit(top, deeper, opens) ? opens : new Set();
}

export function joinPageOpeners(kept: Candidate[], topKey: string, opens: ReadonlySet<number>): void {
  const numbered = kept.filter((c) => c.numbering);
  const top = kept.filter((c) => c.key === topKey && (c.numbering || c.keyword));
  const deeper = numbered.filter((c) => c.key !== topKey);
  if (!openingHabit(top, deeper, opens)) return;
  for (const c of kept) {
    if (c.numbering || c.key !== 'plain' || !opens.has(c.el.id)) continue;
    c.key = topKey;
    if (!c.evidence?.includes(FEATURE)) c.evidence = [...(c.evidence ?? []), FEATURE];
  }
}
