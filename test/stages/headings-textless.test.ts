// A layout-only input (MinerU's model.json read without OCR: boxes and types, formulas recognised, no text): its
// titles are its outline, not empty titles to demote (src/stages/headings/candidates.ts `textless`). Hand-made,
// modelled on the dev set's magicpdf-0.10-demo1_model (test-samples/gold-dev, session 28).
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const title = (page: number, y: number, h: number): Spec => ({
  page,
  type: 'title',
  text: '',
  bbox: [0.1, y, 0.6, y + h],
});
const block = (page: number, y: number, type: Spec['type'] = 'text', text = ''): Spec => ({
  page,
  type,
  text,
  bbox: [0.1, y, 0.9, y + 0.1],
});

describe('titles of a layout-only input', () => {
  it('are headings when no title or text block carries text', () => {
    const specs = [
      title(1, 0.05, 0.04),
      block(1, 0.12),
      title(1, 0.3, 0.02),
      block(1, 0.34),
      block(1, 0.5, 'equation', '$$ E = mc^2 $$'),
    ];
    const r = headingsOf(makeDoc(specs));
    expect(r.demoted.has(0)).toBe(false);
    expect(r.demoted.has(2)).toBe(false);
    expect(r.levels.get(0)).toBeDefined();
    expect(r.levels.get(2)).toBeDefined();
  });

  it('are empty titles, not headings, where the other blocks carry text', () => {
    const specs = [title(1, 0.05, 0.04), block(1, 0.12, 'text', 'The helper reads the settings of the package.')];
    expect(headingsOf(makeDoc(specs)).demoted.has(0)).toBe(true);
  });
});
