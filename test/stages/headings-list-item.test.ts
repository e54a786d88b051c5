// Hand-written documents imitating Unstructured's element JSON (no coordinates): a section heading the parser
// typed ListItem ("5.2 A light-weight Visual Table Extractor" after the Title "5.1 …", the dev gold set's
// layout-parser paper, test-samples/gold-dev), beside numbered list items that stay list items.
import { describe, expect, it } from 'vitest';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const para = (page: number, n: number): Spec => ({
  page,
  type: 'text',
  text: `Paragraph ${n}, a sentence long enough to be body text and nothing else, with a few more words at its end.`,
});

function paper(item: string): Spec[] {
  return [
    { page: 1, type: 'title', text: 'LayoutParser: A Unified Toolkit' },
    para(1, 1),
    { page: 1, type: 'title', text: '1 Introduction' },
    para(1, 2),
    { page: 1, type: 'list_item', text: '2 A rich repository of pre-trained models' },
    { page: 2, type: 'title', text: '5 Use Cases' },
    para(2, 3),
    { page: 2, type: 'title', text: '5.1 A Comprehensive Historical Document Digitization Pipeline' },
    para(2, 4),
    { page: 3, type: 'list_item', text: item },
    para(3, 5),
    { page: 4, type: 'title', text: '6 Conclusion' },
    para(4, 6),
  ];
}

describe('a section heading typed as a list item', () => {
  it('is a heading when its two-rank number continues the sections ("5.1" → "5.2")', () => {
    const doc = makeDoc(paper('5.2 A light-weight Visual Table Extractor'));
    const r = headingsOf(doc);
    const level = (i: number) => r.levels.get(doc.elements[i].id);
    expect(level(9)).toBe(level(7));
    expect(level(9)).toBe(3);
    // A list item numbered "2" after section "1" stays a list item.
    expect(level(4)).toBeUndefined();
  });

  it('is not when its number does not continue them', () => {
    const doc = makeDoc(paper('3.7 A light-weight Visual Table Extractor'));
    const r = headingsOf(doc);
    expect(r.levels.get(doc.elements[9].id)).toBeUndefined();
  });
});
