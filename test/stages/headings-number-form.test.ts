// The document's way of writing its section numbers (src/stages/headings/number-form.ts, `number-form-habit`).
// Hand-made, after a fresh amsart paper as MinerU's content list gives it (session 20, head6): the typed sections
// write "1. Documentation Sources"; a footnote under a link, "2 Debian also provides tutorials for its users: f(x) =
// x + 1", typed text on a later page, was promoted as section 2 in all nine formats.
import { describe, expect, it } from 'vitest';
import { col, makeDoc } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'Before you can understand what is really going on when there is a problem, you need to know the tools.';
const NOTE = '2 Debian also provides tutorials for its users: f(x) = x + 1';

function paper(section: string, note: string) {
  return makeDoc([
    { page: 1, type: 'title', text: 'SOLVING PROBLEMS AND FINDING RELEVANT INFORMATION', bbox: col(0.1, 0.12) },
    { page: 1, type: 'text', text: BODY, bbox: col(0.15, 0.2) },
    { page: 1, type: 'title', text: section, bbox: [0.38, 0.25, 0.62, 0.27] },
    { page: 1, type: 'text', text: BODY, bbox: col(0.28, 0.5) },
    { page: 2, type: 'text', text: BODY, bbox: col(0.1, 0.2) },
    { page: 2, type: 'text', text: note, bbox: [0.23, 0.21, 0.68, 0.23] },
    { page: 2, type: 'text', text: BODY, bbox: col(0.24, 0.4) },
    { page: 2, type: 'title', text: 'Acknowledgments', bbox: [0.42, 0.45, 0.58, 0.47] },
    { page: 2, type: 'text', text: BODY, bbox: col(0.48, 0.52) },
  ]);
}

const levelOf = (doc: ReturnType<typeof paper>, weights: Record<string, number> = {}) => {
  const r = headingsOf(doc, { weights: { headings: weights } });
  return (text: string) => r.levels.get(doc.elements.findIndex((e) => e.text === text));
};

describe('a line whose number is written unlike the typed sections', () => {
  it('"2 …" beside "1. Documentation Sources" stays text', () => {
    const level = levelOf(paper('1. Documentation Sources', NOTE));
    expect(level('1. Documentation Sources')).toBe(2);
    expect(level(NOTE)).toBeUndefined();
  });

  it('"2. Tutorials" beside "1. Documentation Sources" is section 2', () => {
    const level = levelOf(paper('1. Documentation Sources', '2. Tutorials'));
    expect(level('2. Tutorials')).toBe(2);
  });

  it('"2 Tutorials" beside "1 Documentation Sources" (no points) is section 2', () => {
    const level = levelOf(paper('1 Documentation Sources', '2 Tutorials'));
    expect(level('2 Tutorials')).toBe(2);
  });

  it('off (weight 0), the footnote continues the numbers', () => {
    const level = levelOf(paper('1. Documentation Sources', NOTE), { 'number-form-habit': 0 });
    expect(level(NOTE)).toBe(2);
  });
});
