// The page-opening habit of chapters (book and report classes, ctexbook, Office reports): when every top
// numbered section opens its page ("第一章 概述" first on its page) and the deeper numbered headings mostly
// do not, an unnumbered heading with nothing else known (key `plain`: no size, level hint, contents level)
// that opens its page is one of the top sections — the `\chapter*` "注意事项" beside the numbered chapters —
// not a heading nested under the chapter before it (`page-opener-top`).
import type { Element } from '../../model/element.js';
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
  for (const el of elements) {
    if (!el.text.trim() || seenPage.has(el.page)) continue;
    seenPage.add(el.page);
    out.add(el.id);
  }
  return out;
}

export function joinPageOpeners(kept: Candidate[], topKey: string, opens: ReadonlySet<number>): void {
  const numbered = kept.filter((c) => c.numbering);
  const top = numbered.filter((c) => c.key === topKey);
  const deeper = numbered.filter((c) => c.key !== topKey);
  const opening = (c: Candidate) => opens.has(c.el.id);
  if (top.length < 2 || !top.every(opening)) return;
  if (deeper.filter(opening).length * 2 >= deeper.length && deeper.length > 0) return;
  for (const c of kept) {
    if (c.numbering || c.key !== 'plain' || !opening(c)) continue;
    c.key = topKey;
    c.evidence = [...(c.evidence ?? []), FEATURE];
  }
}
