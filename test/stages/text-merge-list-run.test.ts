// A numbered list running to its page's foot is not a page's footnotes (text-merge/list-run.ts), after the dev set's
// Switch Transformers paper (Marker): page 26 ends with items "4." and "5. … where our" of a list that goes on over
// the page ("layer replaces …", then "6. …"). Hand-made pages in our own words, with the sample's boxes. Control:
// an item whose number does not follow the one before is read as before (a note at the page's foot).
import { describe, expect, it } from 'vitest';
import { continuesNumberedList } from '../../src/stages/text-merge/list-run.js';
import { col, type Spec } from '../helpers/doc.js';
import { mergeSpecs } from '../helpers/merge-links.js';

const item = (text: string, y1: number, y2: number, page = 1): Spec => ({
  page,
  type: 'list_item',
  text,
  bbox: [0.167, y1, 0.854, y2],
});

const LIST: Spec[] = [
  {
    page: 1,
    type: 'text',
    text: 'The open problems we see are listed below, each with what we tried.',
    bbox: col(0.3, 0.354),
  },
  item('1. A first challenge is keeping the training of the largest models stable over long runs.', 0.375, 0.475),
  item(
    '2. Better pre-training quality tends to give better results on the downstream tasks we measured.',
    0.492,
    0.626,
  ),
  item('3. A study of how the design should change with the scale of the model and the data.', 0.643, 0.726),
  item(
    '4. Our method belongs to the family of adaptive computation methods, with a fixed choice per token.',
    0.743,
    0.825,
  ),
];

describe('the items of a list at the foot of its page (list-run.ts)', () => {
  it('the last item goes on into the text at the head of the next page', () => {
    const specs: Spec[] = [
      ...LIST,
      item(
        '5. Looking at expert layers outside the feed-forward layer. First results show that the expert',
        0.842,
        0.891,
      ),
      {
        page: 2,
        type: 'text',
        text: 'layer can also replace the projection matrices, though training was less stable.',
        bbox: col(0.117, 0.149),
      },
      item('6. Trying the method on other modalities than text, which we have not done so far.', 0.164, 0.213, 2),
    ];
    const { joined } = mergeSpecs(specs);
    expect(joined(5, 6)).toBe(true);
    expect(joined(3, 6)).toBe(false);
  });

  it('control: an item whose number does not follow is read as a note at the foot, as before', () => {
    const specs: Spec[] = [
      ...LIST,
      item(
        '7. Looking at expert layers outside the feed-forward layer. First results show that the expert',
        0.842,
        0.891,
      ),
      {
        page: 2,
        type: 'text',
        text: 'layer can also replace the projection matrices, though training was less stable.',
        bbox: col(0.117, 0.149),
      },
    ];
    expect(mergeSpecs(specs).joined(5, 6)).toBe(false);
  });

  it('reads a run only from list items whose numbers follow in one form', () => {
    const li = (text: string) => ({ type: 'list_item', text }) as never;
    expect(continuesNumberedList(li('4. Next'), li('3. This'))).toBe(true);
    expect(continuesNumberedList(li('(4) Next'), li('(3) This'))).toBe(true);
    expect(continuesNumberedList(li('5. Next'), li('3. This'))).toBe(false);
    expect(continuesNumberedList(li('4) Next'), li('3. This'))).toBe(false);
    expect(continuesNumberedList({ type: 'text', text: '4. Next' } as never, li('3. This'))).toBe(false);
  });
});
