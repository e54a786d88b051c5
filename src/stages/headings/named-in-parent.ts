// A heading its parent's title names: "北京大学学位论文原创性声明和使用授权说明" over "原创性声明" (and "学位论文使用授权说明"),
// "Results and Discussion" over "Results". Both keyed as the document's top sections (the smaller one by its size
// class alone, which noisy boxes make the chapters'), the second would stand beside the first; its whole text inside
// the first's, right after it on its page, makes it the first's part: one rank below the top (`named-in-parent`).
// Evidence: consecutive kept headings on one page, both keyed at the top numbering "decimal:N", the second unnumbered,
// no keyword, no contents level or outline depth of its own, its text (at least MIN_CHARS characters, whole words in
// alphabetic scripts) inside the first's and shorter. It takes the key "decimal:N+1". Precedence (levels.ts): after
// the other joins to the top key, on the keys they leave.
import type { Candidate } from './types.js';

/** Characters of the named part: one CJK word of two, or an alphabetic word of three. */
const MIN_CHARS = 2;

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.:：。,，;；]+$/u, '')
    .trim();

/** Whether `part` is inside `whole` (whole words where it is written in an alphabetic script), and shorter. */
export function namesPart(whole: string, part: string): boolean {
  const [w, p] = [norm(whole), norm(part)];
  if (p.length < MIN_CHARS || p.length >= w.length) return false;
  if (!/\p{L}/u.test(p)) return false;
  if (/[a-z]/.test(p)) {
    if (p.length < 3) return false;
    const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'u').test(w);
  }
  return w.includes(p);
}

export function joinNamedInParent(kept: Candidate[], topKey: string): void {
  const top = /^decimal:(\d+)$/.exec(topKey);
  if (!top) return;
  const below = `decimal:${Number(top[1]) + 1}`;
  for (let i = 1; i < kept.length; i++) {
    const [p, c] = [kept[i - 1], kept[i]];
    if (p.key !== topKey || c.key !== topKey || p.el.page !== c.el.page) continue;
    if (c.numbering || c.keyword || c.tocLevel !== undefined || c.el.hints?.outlineLevel !== undefined) continue;
    if (!namesPart(p.el.text, c.el.text)) continue;
    c.key = below;
    c.evidence = [...(c.evidence ?? []), 'headings.named-in-parent'];
  }
}
