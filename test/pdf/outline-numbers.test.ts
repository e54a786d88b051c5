// The source PDF's outline matched to heading elements (src/pdf/outline.ts matchOutline), on a real document of the
// Office corpus with a parser's output (see the fixtures' README).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stitch } from '../../src/stitch.js';

const dir = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
type Result = Awaited<ReturnType<typeof stitch>>;
function levelOf(r: Result, text: string): number | undefined {
  const el = r.document.elements.find((e) => e.text === text);
  return r.structure.headings.find((h) => h.ref === el?.ref)?.level;
}

describe('outline entries alike but for their numbers', () => {
  // An Office legal text (test/fixtures/pdf/corpus-office-legal-en.pdf, train, PaddleOCR res.json): its outline
  // lists "Article 1" (depth 2, a text element in the parser's output) and "Article 2" (depth 3). The entry
  // "Article 1", finding no heading of its text, took the heading "Article 2" by bigram similarity and gave
  // it depth 2. Gold (paddle/gold.structure.json): /0/parsing_res_list/5 "Article 2" at level 3.
  it('are two headings: "Article 2" takes its own entry', async () => {
    const r = await stitch(`${dir}corpus-office-legal-en.paddle.json`, { pdf: `${dir}corpus-office-legal-en.pdf` });
    const el = r.document.elements.find((e) => e.ref === '/0/parsing_res_list/5');
    expect(el?.text).toBe('Article 2');
    expect(el?.hints?.outlineLevel).toBe(3);
    expect(levelOf(r, 'Article 2')).toBe(3);
    expect(r.warnings.some((w) => w.ruleId === 'pdf.outline-unmatched' && w.reason.includes('"Article 1"'))).toBe(true);
  }, 120_000);
});

describe('an outline entry whose text is a text element of the parser', () => {
  // "Article 1" (depth 2) is typed as text by PaddleOCR; the headings stage promotes it (numbered as the articles
  // are). It keeps the entry's depth as a hint, so promoted it is ranked by the outline like its siblings —
  // a promoted "Article 9" had nested the outline's "Article 10" … under it (office-legal handbook ldap, train).
  it('keeps its depth as a hint, stays the text element it is, and is still reported', async () => {
    const r = await stitch(`${dir}corpus-office-legal-en.paddle.json`, { pdf: `${dir}corpus-office-legal-en.pdf` });
    const el = r.document.elements.find((e) => e.text === 'Article 1');
    expect(el?.type).toBe('text');
    expect(el?.hints?.outlineLevel).toBe(2);
    expect(levelOf(r, 'Article 1')).toBe(2);
    expect(r.warnings.some((w) => w.ruleId === 'pdf.outline-unmatched' && w.reason.includes('"Article 1"'))).toBe(true);
  }, 120_000);
});
