// Blocks the reading order puts between two halves of a paragraph that stand outside its flow (text-merge/flow.ts):
// the notes at the foot of a paper's first page (an author's address, a copyright notice) under a paragraph cut in
// mid-sentence. Hand-made pages in the shape of MinerU / dots.ocr output of the acmart corpus documents (boxes as
// page fractions).
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc } from '../helpers/doc.js';

type Spec = Parameters<typeof makeDoc>[0][number];

function merge(specs: Spec[]) {
  const doc = makeDoc(specs);
  const inp = input(doc);
  const { groups, decisions } = mergeTextFragments(inp, detectFurniture(inp));
  const text = (id: number) => doc.elements[id].text.slice(0, 12);
  return { groups: groups.map((g) => g.map(text)), decisions };
}

const BODY =
  'On the other hand, an automated installation using debian-installer can adapt to the specifics of each machine: ' +
  'it only installs standard Debian versions, with the base system and a set of pre-selected “tasks”; this precludes';
const REST =
  'installing a particular system with non-packaged applications. Fulfilling this particular need requires ' +
  'customizing the installer.';
// An address without its label: the geometry decides (labelled, "Author’s address: …" is a publisher's notice by its
// text, flow.ts, whatever the space above it — see the last test).
const ADDRESS = 'Ada Marsh, Department of Computer Science, Example University, Springfield, USA.';
const PERMISSION =
  'Permission to make digital or hard copies of all or part of this work for personal or classroom use is granted ' +
  'without fee. © 2024 Association for Computing Machinery. https://doi.org/10.1145/nnnnnnn.nnnnnnn';

function firstPage(address: string, gap: number): Spec[] {
  return [
    { page: 1, type: 'text', text: 'Each of these solutions has its pros and cons.', bbox: [0.1, 0.48, 0.96, 0.62] },
    { page: 1, type: 'text', text: BODY, bbox: [0.1, 0.622, 0.96, 0.716] },
    { page: 1, type: 'text', text: address, bbox: [0.1, 0.716 + gap, 0.94, 0.739] },
    { page: 1, type: 'text', text: PERMISSION, bbox: [0.1, 0.752, 0.96, 0.87] },
    { page: 2, type: 'text', text: REST, bbox: [0.1, 0.114, 0.96, 0.207] },
    { page: 2, type: 'text', text: 'We will only give a rough overview of FAI.', bbox: [0.1, 0.209, 0.96, 0.255] },
  ];
}

describe('notes at the foot of a page under a paragraph cut in mid-sentence', () => {
  it('the paragraph goes on past an author’s address and a copyright notice to the next page (acmart)', () => {
    const { groups, decisions } = merge(firstPage(ADDRESS, 0.011));
    expect(groups).toEqual([[BODY.slice(0, 12), REST.slice(0, 12)]]);
    const joined = decisions.find((d) => d.accepted);
    expect(joined?.features?.map((f) => f.id)).toContain('text-merge.around-footnote');
  });

  it('a block at the foot left open itself is the body’s: the paragraph stops there', () => {
    const open =
      'Description: If this option is true, a solution is displayed as a sequence of steps, for instance “wes-';
    const { groups } = merge(firstPage(open, 0.011));
    // The notice under it is still out of the flow: the open block at the foot goes on on the next page.
    expect(groups).toEqual([[open.slice(0, 12), REST.slice(0, 12)]]);
  });

  it('a block right under the paragraph, not set off, is the body’s too', () => {
    const { groups } = merge(firstPage(ADDRESS, 0.002));
    expect(groups).not.toContainEqual([BODY.slice(0, 12), REST.slice(0, 12)]);
  });

  it('but one author’s labelled address is a publisher’s notice by its text (session 24)', () => {
    const { groups, decisions } = merge(firstPage(`Author’s address: ${ADDRESS}`, 0.002));
    expect(groups).toEqual([[BODY.slice(0, 12), REST.slice(0, 12)]]);
    const joined = decisions.find((d) => d.accepted);
    expect(joined?.features?.map((f) => f.id)).toContain('text-merge.around-publisher-notice');
  });
});
