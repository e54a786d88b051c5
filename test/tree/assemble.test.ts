// assemble() on its own: hand-made elements and hand-made stage results (no stage runs), the expected tree
// and dropped list written out by hand from the rules in src/tree/assemble.ts's header.
import { describe, expect, it } from 'vitest';
import { decision } from '../../src/model/decision.js';
import type { Element } from '../../src/model/element.js';
import type { StageResults } from '../../src/stages/types.js';
import { type AssembleInput, assemble } from '../../src/tree/assemble.js';
import { makeDoc, type Spec } from '../helpers/doc.js';

const TABLE = '<table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>';

const specs: Spec[] = [
  { page: 1, type: 'title', text: '1 Introduction' }, // 0: heading, level 1
  { page: 1, type: 'text', text: 'The first half of a sen-' }, // 1: merged with 3
  { page: 1, type: 'page_number', text: '1' }, // 2: furniture
  { page: 2, type: 'text', text: 'tence continues here.' }, // 3
  { page: 2, type: 'table', html: TABLE }, // 4: float
  { page: 2, type: 'table_caption', text: 'Table 1: Numbers' }, // 5: its caption, after it
  { page: 2, type: 'title', text: '1.1 Details' }, // 6: heading, level 2
  { page: 2, type: 'list_item', text: '• one' }, // 7: two items, one list
  { page: 2, type: 'list_item', text: '• two' }, // 8
  { page: 2, type: 'text', text: '  ' }, // 9: empty
];

function stages(elements: readonly Element[], overrides: Partial<StageResults> = {}): StageResults {
  return {
    furniture: {
      kinds: new Map([[2, 'page_number']]),
      decisions: [decision('furniture', 'furniture.page-number', 'a page number', 0.9, [elements[2]])],
    },
    textMerges: { groups: [[1, 3]], decisions: [] },
    tableMerges: { groups: [], html: new Map(), decisions: [] },
    headings: {
      levels: new Map([
        [0, 1],
        [6, 2],
      ]),
      demoted: new Set(),
      decisions: [],
    },
    captions: { links: [{ caption: 5, target: 4, nested: false }], decisions: [] },
    references: { links: [], decisions: [] },
    ...overrides,
  };
}

function run(overrides: Partial<StageResults> = {}) {
  const doc = makeDoc(specs);
  const input: AssembleInput = {
    source: 'hand-made',
    format: 'test',
    pageCount: 2,
    elements: doc.elements,
    ...stages(doc.elements, overrides),
  };
  return assemble(input);
}

const span = (page: number) => ({ page, bbox: null });
const text = (value: string) => ({ type: 'text', value });

describe('assemble', () => {
  it('nests sections by level, places a merged paragraph once, keeps the caption in its float, merges list items', () => {
    const { tree } = run();
    expect(tree.data).toEqual({ source: 'hand-made', format: 'test', pages: 2 });
    expect(tree.children).toEqual([
      {
        type: 'section',
        depth: 1,
        data: { id: 'n0', refs: ['/0'], spans: [span(1)], level: 1 },
        children: [
          {
            type: 'heading',
            depth: 1,
            children: [text('1 Introduction')],
            data: { id: 'n0', refs: ['/0'], spans: [span(1)], level: 1 },
          },
          {
            // the hyphen at the page break is joined away
            type: 'paragraph',
            children: [text('The first half of a sentence continues here.')],
            data: { id: 'n1', refs: ['/1', '/3'], spans: [span(1), span(2)] },
          },
          {
            type: 'figure',
            kind: 'table',
            children: [
              {
                type: 'table',
                align: null,
                children: [
                  { type: 'tableRow', children: [cell('a'), cell('b')] },
                  { type: 'tableRow', children: [cell('1'), cell('2')] },
                ],
                data: { id: 'n4', refs: ['/4'], spans: [span(2)], html: TABLE },
              },
              {
                type: 'caption',
                role: 'caption',
                children: [text('Table 1: Numbers')],
                data: { id: 'n5', refs: ['/5'], spans: [span(2)], kind: 'table_caption' },
              },
            ],
            data: { id: 'n4', refs: ['/4', '/5'], spans: [span(2), span(2)], label: 'Table 1' },
          },
          {
            type: 'section',
            depth: 2,
            data: { id: 'n6', refs: ['/6'], spans: [span(2)], level: 2 },
            children: [
              {
                type: 'heading',
                depth: 2,
                children: [text('1.1 Details')],
                data: { id: 'n6', refs: ['/6'], spans: [span(2)], level: 2 },
              },
              {
                type: 'list',
                ordered: false,
                spread: false,
                children: [item('one', 7, 2), item('two', 8, 2)],
                data: { id: 'n7', refs: ['/7', '/8'], spans: [span(2), span(2)] },
              },
            ],
          },
        ],
      },
    ]);
  });

  it('drops furniture (with the furniture rule) and empty elements, each in the Message shape', () => {
    const { dropped } = run();
    expect(dropped).toEqual([
      {
        ruleId: 'furniture.page-number',
        reason: 'page furniture (page_number)',
        place: { refs: ['/2'], page: 1 },
        severity: 'info',
        text: '1',
      },
      {
        ruleId: 'assemble.empty',
        reason: 'empty text element (no text or content)',
        place: { refs: ['/9'], page: 2 },
        severity: 'info',
      },
    ]);
  });

  it('an empty caption stays out of its float and is dropped, so it is not lost', () => {
    const doc = makeDoc(specs);
    doc.elements[5].text = ' ';
    const { tree, dropped } = assemble({
      source: 'hand-made',
      format: 'test',
      pageCount: 2,
      elements: doc.elements,
      ...stages(doc.elements),
    });
    const section = tree.children[0];
    const figure = section.type === 'section' ? section.children.find((c) => c.type === 'figure') : undefined;
    expect(figure?.children.map((c) => c.type)).toEqual(['table']);
    expect(dropped.map((d) => [d.ruleId, d.place.refs[0]])).toEqual([
      ['furniture.page-number', '/2'],
      ['assemble.empty', '/5'],
      ['assemble.empty', '/9'],
    ]);
  });

  it('without headings the blocks sit at the root, and without a merge each fragment is its own paragraph', () => {
    const { tree } = run({
      headings: { levels: new Map(), demoted: new Set(), decisions: [] },
      textMerges: { groups: [], decisions: [] },
    });
    expect(tree.children.map((c) => [c.type, c.data.id])).toEqual([
      ['paragraph', 'n0'], // the title, not judged a heading: a paragraph that keeps its kind
      ['paragraph', 'n1'],
      ['paragraph', 'n3'],
      ['figure', 'n4'],
      ['paragraph', 'n6'],
      ['list', 'n7'],
    ]);
    expect(tree.children[0]).toMatchObject({ data: { kind: 'title' } });
  });
});

function cell(value: string) {
  return { type: 'tableCell', children: [text(value)] };
}

function item(value: string, id: number, page: number) {
  return {
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: [text(value)] }],
    data: { id: `n${id}`, refs: [`/${id}`], spans: [span(page)] },
  };
}
