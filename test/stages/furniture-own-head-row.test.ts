// A table's own header row read as a line of text before its first piece is the table's (body); the same words
// before each later piece are the page's repeats (furniture). Hand-made as Mistral OCR gives the float-habits
// LaTeX documents: no boxes, the head row a paragraph of its own over each piece of a table running over pages.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const HEAD = 'Escape Name Default size Expandable Description';

function doc(headOnPages: number[]): ReturnType<typeof makeDoc> {
  const specs: Spec[] = [];
  for (let p = 1; p <= 12; p++) {
    if (headOnPages.includes(p)) {
      specs.push({ page: p, type: 'text', text: HEAD });
      specs.push({ page: p, type: 'table', text: `%${p}\tName ${p}\t1\tNo\tWhat escape ${p} outputs` });
    } else {
      specs.push({
        page: p,
        type: 'text',
        text: `Body paragraph of page ${p}, long enough to be a paragraph of its own.`,
      });
    }
    specs.push({ page: p, type: 'text', text: `Closing paragraph of page ${p}, long enough to be body text too.` });
  }
  return makeDoc(specs);
}

describe("a table's own header row read out before its first piece", () => {
  it('keeps the first in the body and drops the repeats over the later pieces', () => {
    const d = doc([3, 4, 5, 6, 11]);
    const { kinds } = detectFurniture(input(d));
    const heads = d.elements.filter((e) => e.text === HEAD);
    expect(heads.map((e) => kinds.has(e.id))).toEqual([false, true, true, true, true]);
  });

  it('drops the first too when an earlier table carries the row (it is a repeat there)', () => {
    const d = doc([4, 5, 6, 11]);
    const specs: Spec[] = d.elements.map((e) => ({ page: e.page, type: e.type, text: e.text }));
    specs.splice(4, 0, {
      page: 3,
      type: 'table',
      text: 'Escape\tName\tDefault size\tExpandable\tDescription\n%%\t%\t1\tNo\tA literal',
    });
    const withTable = makeDoc(specs);
    const { kinds } = detectFurniture(input(withTable));
    const heads = withTable.elements.filter((e) => e.text === HEAD);
    expect(heads.every((e) => kinds.has(e.id))).toBe(true);
  });
});
