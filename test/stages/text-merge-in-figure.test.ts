// Hand-written pages imitating Docling's output of a two-column paper (the dev gold set's DocLayNet paper,
// test-samples/gold-dev/docling/2206.01062): a paragraph cut at the foot of the left column goes on in the right
// column under a figure, and the parser read a line printed inside the figure (a page identifier) as a text block
// of its own, after the picture.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { figureTexts } from '../../src/stages/text-merge/in-figure.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, left, makeDoc, right, type Spec } from '../helpers/doc.js';

const hash = '05237a14f2524e3f53c8454b074409d05078038a6a36b770fcc8ec7e540deae0';

function page(inside: boolean): Spec[] {
  return [
    {
      page: 1,
      type: 'text',
      text: 'The annotation campaign had four phases, each with its own guideline.',
      bbox: left(0.1, 0.3),
    },
    {
      page: 1,
      type: 'text',
      text: 'Phase 3: Training. After a first trial with a small group of people, we realised that providing the annotators with examples was not enough. Practice iterations',
      bbox: left(0.72, 0.89),
    },
    { page: 1, type: 'image', text: '', bbox: [0.52, 0.1, 0.91, 0.58] },
    // Inside the picture's box (its bottom edge), or a line of its own under the caption.
    { page: 1, type: 'text', text: hash, bbox: inside ? [0.65, 0.579, 0.78, 0.581] : [0.52, 0.64, 0.91, 0.66] },
    {
      page: 1,
      type: 'image_caption',
      text: 'Figure 4: Examples of plausible annotation alternatives.',
      bbox: right(0.6, 0.63),
    },
    {
      page: 1,
      type: 'text',
      text: 'were carried out over a timeframe of 12 weeks, after which 8 of the 40 annotators did not pass the bar.',
      bbox: right(0.66, 0.69),
    },
  ];
}

function links(specs: Spec[]) {
  const inp = input(makeDoc(specs));
  const r = mergeTextFragments(inp, detectFurniture(inp));
  return new Set(r.groups.flatMap((g) => g.slice(1).map((b, i) => `${g[i]}|${b}`)));
}

describe('text the parser read out of a picture (text-merge/in-figure.ts)', () => {
  it('is the figure’s part: the paragraph runs on past it to the right column', () => {
    const doc = makeDoc(page(true));
    expect([...figureTexts(doc.elements)]).toEqual([3]);
    const l = links(page(true));
    expect(l.has('1|5')).toBe(true);
    expect(l.has('1|3') || l.has('3|5')).toBe(false);
  });

  it('a text block under the picture, outside its box, is not the figure’s', () => {
    expect([...figureTexts(makeDoc(page(false)).elements)]).toEqual([]);
  });
});
