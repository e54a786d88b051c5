// Capitals tell the top sections where their size does not (`caps-top-shared-size`): revtex sets its Roman
// sections in capitals ("II. ROTATING LOG FILES") and its lettered subsections in mixed case ("A. For
// Workstations"); a parser that boxes both alike (MinerU 2) puts them in one size class, whose key is that of its
// first numbered heading. When the letters come first (the parser lost "I. TIMEZONE"), an unnumbered section in
// capitals ("TIME SYNCHRONIZATION", a `\section*`) took the letters' key, and its subsections became its siblings.
// Evidence, all needed: two or more numbered top sections (appendix openers aside), most in capitals; no deeper
// numbered heading in capitals; the heading is unnumbered, no keyword, in capitals, and its size class holds
// numbered headings both of the top and of a deeper kind (so its size named no kind), its key that of one of them;
// the next numbered heading after it is of the deeper kind, one it holds (not a Vietnamese policy's contents heading
// "MỤC LỤC" right before "ĐIỀU 1").
// Precedence: after joinCapsTop (which takes headings no evidence keyed, `plain`); a heading keyed by its contents
// level, PDF outline depth, PDF font, level hint or body-size habit keeps its key (caps-over-letters.ts STRONGER).
import { APPENDIX, caseStyle } from './candidates.js';
import { STRONGER } from './caps-over-letters.js';
import type { Candidate } from './types.js';

const FEATURE = 'headings.caps-top-shared-size';

const caps = (c: Candidate) => caseStyle(c.el.text) === 'caps';

/** The unnumbered headings in capitals keyed by a size class the top and deeper numbered kinds share: top sections. */
export function joinCapsSharedSize(
  kept: Candidate[],
  topKey: string,
  numberedKeyOf: ReadonlyMap<string, string>,
): void {
  const numbered = kept.filter((c) => c.numbering && c.numbering.ladder !== 'article');
  const isTop = (c: Candidate) => (numberedKeyOf.get(c.key) ?? c.key) === topKey;
  const top = numbered.filter((c) => isTop(c) && !APPENDIX.test(c.el.text.trim()));
  const deeper = numbered.filter((c) => !isTop(c));
  if (top.length < 2 || top.filter(caps).length * 2 <= top.length || deeper.length === 0 || deeper.some(caps)) return;
  const topSizes = new Set(top.map((n) => n.sizeClass));
  const deeperSizeKeys = new Set(deeper.map((n) => `${n.sizeClass}|${n.key}`));
  // The numbered heading after each heading (one pass from the end: a linear walk).
  const nextNumbered: (Candidate | undefined)[] = new Array(kept.length);
  for (let i = kept.length - 1, next: Candidate | undefined; i >= 0; i--) {
    nextNumbered[i] = next;
    if (kept[i].numbering && kept[i].numbering!.ladder !== 'article') next = kept[i];
  }
  for (const [i, c] of kept.entries()) {
    if (c.numbering || c.keyword || !caps(c) || c.sizeClass === undefined || c.key === topKey) continue;
    // It holds the deeper numbered heading after it, as a top section does (not "MỤC LỤC", the contents, before "ĐIỀU 1").
    const next = nextNumbered[i];
    if (!next || isTop(next)) continue;
    if (c.tocLevel !== undefined || c.el.hints?.outlineLevel !== undefined || c.styleOf || c.styleKey) continue;
    if (c.evidence?.some((f) => STRONGER.includes(f))) continue;
    if (!topSizes.has(c.sizeClass) || !deeperSizeKeys.has(`${c.sizeClass}|${c.key}`)) continue;
    c.key = topKey;
    c.evidence = [...(c.evidence ?? []), FEATURE];
  }
}
