// furniture.discarded-head (src/stages/furniture/page-head.ts), on a hand-made page modelled on the real dev set's
// magic-pdf demo (middle.json): the journal's masthead over the first page — logo, journal line, cover — which MinerU
// discarded as blocks without text below the fixed top band.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const specs: Spec[] = [
  { page: 1, type: 'aside_text', bbox: [0.08, 0.1, 0.18, 0.18] }, // /0 logo, discarded
  { page: 1, type: 'aside_text', bbox: [0.34, 0.09, 0.65, 0.14] }, // /1 journal line, discarded
  { page: 1, type: 'aside_text', bbox: [0.72, 0.09, 0.91, 0.19] }, // /2 cover, discarded
  { page: 1, type: 'aside_text', bbox: [0.72, 0.2, 0.91, 0.21] }, // /3 an aside of the parser's own type
  { page: 1, type: 'title', text: 'The response of flow duration curves', bbox: [0.16, 0.23, 0.83, 0.25] },
  { page: 1, type: 'text', text: 'Abstract text of the paper.', bbox: [0.08, 0.3, 0.91, 0.7] },
  { page: 2, type: 'text', text: 'Body text.', bbox: [0.08, 0.1, 0.48, 0.5] },
  { page: 2, type: 'aside_text', bbox: [0.52, 0.15, 0.9, 0.2] }, // /7 discarded, beside the body, not over it
  { page: 2, type: 'aside_text', text: 'Journal of Hydrology', bbox: [0.3, 0.05, 0.7, 0.08] }, // /8 discarded, with words
];

function furniture(discarded: number[]): string[] {
  const doc = makeDoc(specs);
  for (const i of discarded) doc.elements[i].sourceType = 'discarded';
  const result = detectFurniture(input(doc));
  return doc.elements.filter((e) => result.kinds.has(e.id)).map((e) => e.ref);
}

describe('furniture.discarded-head', () => {
  it('takes the blocks the parser discarded without text over the page body, and no other block', () => {
    expect(furniture([0, 1, 2, 7, 8])).toEqual(['/0', '/1', '/2']);
  });

  it('control: the same blocks not discarded by the parser stay body', () => {
    expect(furniture([])).toEqual([]);
  });
});
