// The PDF's page labels as page-number evidence (furniture.pdf-page-label): labels.pdf (written by
// scripts/pdf/make-fixtures.ts, our own data) labels its pages i–iii then A-1…A-3 and prints those labels at
// the foot, plus a mid-page "ii" (a body enumerator) and a foot line that is not its label ("Draft");
// labels-none.pdf is the same PDF without /PageLabels.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPageLabel } from '../../src/pdf/align.js';
import { readPdf } from '../../src/pdf/read.js';
import { stitch } from '../../src/stitch.js';

const dir = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));

describe('page labels', () => {
  it('are read from the PDF', async () => {
    expect((await readPdf(`${dir}labels.pdf`)).pageLabels).toEqual(['i', 'ii', 'iii', 'A-1', 'A-2', 'A-3']);
    expect((await readPdf(`${dir}labels-none.pdf`)).pageLabels).toBeUndefined();
  });

  it('a text is a label when it reads the same, dashes around it and case aside', () => {
    expect(isPageLabel('- iv -', 'iv')).toBe(true);
    expect(isPageLabel('IV', 'iv')).toBe(true);
    expect(isPageLabel('A-3', 'A-3')).toBe(true);
    expect(isPageLabel('A-3', 'A-4')).toBe(false);
    expect(isPageLabel('3', 'A-3')).toBe(false);
    expect(isPageLabel('', '')).toBe(false);
  });

  it('a foot line equal to its page label is a page number, by the label', async () => {
    const r = await stitch(`${dir}labels.pdf`);
    const feet = ['i', 'ii', 'A-1', 'A-2', 'A-3'];
    for (const text of feet) {
      const el = r.document.elements.find((e) => e.text === text && (e.bbox?.[1] ?? 0) > 0.9);
      expect(el, text).toBeDefined();
      expect(el?.hints?.pdf?.pageLabel).toBe(text);
      expect(r.stages.furniture.kinds.get(el!.id)).toBe('page_number');
      const d = r.decisions.find((x) => x.ids.includes(el!.id) && x.stage === 'furniture');
      expect(d?.ruleId).toBe('furniture.pdf-page-label');
      expect(d?.features?.map((f) => f.id)).toContain('furniture.pdf-page-label');
      expect(d?.confidence).toBeGreaterThan(0.95);
    }
    // "ii" in the body of page 2 carries the label but is not furniture; "Draft" is not its page's label
    const body = r.document.elements.find((e) => e.text === 'ii' && e.page === 2 && (e.bbox?.[1] ?? 1) < 0.5);
    expect(body?.hints?.pdf?.pageLabel).toBe('ii');
    expect(r.stages.furniture.kinds.has(body!.id)).toBe(false);
    const draft = r.document.elements.find((e) => e.text === 'Draft');
    expect(draft?.hints?.pdf?.pageLabel).toBeUndefined();
  });

  it('without labels, the appendix numbers are only a repeated footer', async () => {
    const r = await stitch(`${dir}labels-none.pdf`);
    const a1 = r.document.elements.find((e) => e.text === 'A-1');
    expect(a1?.hints?.pdf?.pageLabel).toBeUndefined();
    expect(r.stages.furniture.kinds.get(a1!.id)).toBe('footer');
    expect(r.decisions.some((d) => d.ruleId === 'furniture.pdf-page-label')).toBe(false);
  });
});
