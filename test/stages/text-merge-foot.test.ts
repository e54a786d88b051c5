// Blocks the reading order puts between two halves of a paragraph that stand outside its flow (text-merge/flow.ts):
// the notes at the foot of a paper's first page (an author's address, a copyright notice) under a paragraph cut in
// mid-sentence, and an affiliation line set across the gutter above the next column. Hand-made pages in the shape
// of MinerU / dots.ocr output of the acmart and ctexart corpus documents (boxes as page fractions).
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
const ADDRESS = 'Author’s address: Ada Marsh, Department of Computer Science, Example University, Springfield, USA.';
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
});

describe('a line above both columns', () => {
  const open = '在你能搞懂引发问题的原因之前，你需要从原理上明白程序及其所包含的子程序所';
  const rest =
    '扮演的角色。为此，最好的方法是参考程序的文档；但这些文档往往数量巨大且分散，因此你也需要知道如何找到这些文档。';
  const page = (affiliation: Spec['bbox']): Spec[] => [
    { page: 1, type: 'text', text: '赵敏', bbox: [0.45, 0.22, 0.55, 0.24] },
    { page: 1, type: 'text', text: '本章介绍如何在出现问题时找到答案。', bbox: [0.118, 0.7, 0.491, 0.76] },
    { page: 1, type: 'title', text: '1 文档资源', bbox: [0.226, 0.767, 0.383, 0.791] },
    { page: 1, type: 'text', text: open, bbox: [0.118, 0.812, 0.491, 0.852] },
    { page: 1, type: 'text', text: '赵敏示例大学计算机科学系', bbox: affiliation },
    { page: 1, type: 'text', text: rest, bbox: [0.508, 0.39, 0.895, 0.454] },
    { page: 1, type: 'title', text: '1.1 手册页面', bbox: [0.508, 0.489, 0.658, 0.509] },
  ];

  it('an affiliation line across the gutter, read after the left column, does not end the paragraph (ctexart)', () => {
    const { groups } = merge(page([0.444, 0.266, 0.678, 0.315]));
    expect(groups).toEqual([[open.slice(0, 12), rest.slice(0, 12)]]);
  });

  it('a line at the head of the right column is in its flow: the paragraph ends before it', () => {
    const { groups } = merge(page([0.508, 0.266, 0.678, 0.315]));
    expect(groups).toEqual([]);
  });
});

describe('a listing cut at a column’s foot, the title’s lines above the next column', () => {
  const head = 'Name Type {\nRow row;\nColumn column;\nWidth width;';
  const tail = 'Height height;\nadditional options...\n};';
  const page = (affiliation: string): Spec[] => [
    { page: 1, type: 'title', text: 'Customizing the display layout', bbox: [0.29, 0.186, 0.71, 0.215] },
    {
      page: 1,
      type: 'text',
      text: 'The layout consists of a list of display elements:',
      bbox: [0.121, 0.695, 0.482, 0.784],
    },
    { page: 1, type: 'text', text: head, bbox: [0.121, 0.8, 0.268, 0.874] },
    { page: 1, type: 'text', text: affiliation, bbox: [0.475, 0.241, 0.677, 0.284] },
    { page: 1, type: 'text', text: tail, bbox: [0.518, 0.358, 0.731, 0.432] },
    { page: 1, type: 'text', text: 'This creates a display element named Name.', bbox: [0.518, 0.452, 0.879, 0.638] },
    { page: 1, type: 'text', text: '2022', bbox: [0.477, 0.3, 0.523, 0.32] },
  ];

  it('an affiliation and a date across the gutter neither stop the listing nor start the column (jlreq, ltjsarticle)', () => {
    const { groups, decisions } = merge(page('伊藤 さくら例示大学 情報科学科'));
    expect(groups).toEqual([[head.slice(0, 12), tail.slice(0, 12)]]);
    expect(decisions.find((d) => d.accepted)?.features?.map((f) => f.id)).toContain('text-merge.code-block-runs-on');
  });

  it('a line there that ends a sentence is body text: the listing is not joined across it', () => {
    const { groups } = merge(page('See the list below.'));
    expect(groups).not.toContainEqual([head.slice(0, 12), tail.slice(0, 12)]);
  });
});
