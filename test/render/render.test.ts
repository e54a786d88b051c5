// The renderers on their own, on small hand-made trees (no parser, no stage): document.md
// (src/render/markdown.ts), chunk text (src/render/block-markdown.ts), phrasing (src/render/inline.ts) and
// structure.json (src/render/structure.ts). Every expected value is written out by hand.
import { describe, expect, it } from 'vitest';
import type { DocumentRoot, FigureNode, ListNode, NodeData, SectionNode } from '../../src/model/tree.js';
import { blockMarkdown } from '../../src/render/block-markdown.js';
import { inlineNodes, oneLine } from '../../src/render/inline.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { buildStructure } from '../../src/render/structure.js';
import { makeDoc } from '../helpers/doc.js';

const data = (id: number, extra: Partial<NodeData> = {}): NodeData => ({
  id: `n${id}`,
  refs: [`/${id}`],
  spans: [{ page: 1, bbox: null }],
  ...extra,
});
const text = (value: string) => ({ type: 'text' as const, value });

const figure: FigureNode = {
  type: 'figure',
  kind: 'table',
  children: [
    {
      type: 'table',
      align: null,
      children: [
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [text('a')] },
            { type: 'tableCell', children: [text('b')] },
          ],
        },
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [text('1')] },
            { type: 'tableCell', children: [text('2')] },
          ],
        },
      ],
      data: data(3),
    },
    { type: 'caption', role: 'caption', children: [text('Table 1: Numbers')], data: data(4) },
  ],
  data: data(3, { label: 'Table 1' }),
};

const list: ListNode = {
  type: 'list',
  ordered: false,
  spread: false,
  children: ['1. first', '2. second'].map((t, i) => ({
    type: 'listItem' as const,
    spread: false,
    children: [{ type: 'paragraph' as const, children: [text(t)] }],
    data: data(5 + i),
  })),
  data: data(5),
};

const details: SectionNode = {
  type: 'section',
  depth: 2,
  children: [
    { type: 'heading', depth: 2, children: [text('Details')], data: data(8, { level: 2 }) },
    { type: 'paragraph', children: [text('**bold** and a\nbreak')], data: data(9, { markup: 'markdown' }) },
  ],
  data: data(8, { level: 2 }),
};

const tree: DocumentRoot = {
  type: 'root',
  data: { source: 'hand-made', format: 'test', pages: 1 },
  children: [
    {
      type: 'section',
      depth: 1,
      children: [
        { type: 'heading', depth: 1, children: [text('Intro')], data: data(0, { level: 1 }) },
        { type: 'paragraph', children: [text('Price: 5 * 3')], data: data(1) },
        figure,
        list,
        { type: 'math', value: 'x^2', data: data(7) },
        details,
      ],
      data: data(0, { level: 1 }),
    },
  ],
};

describe('document.md (renderMarkdown)', () => {
  it('renders sections, escapes plain text, keeps the parser’s Markdown, numbers a numbered list', () => {
    expect(renderMarkdown(tree)).toBe(
      [
        '# Intro',
        'Price: 5 \\* 3', // plain text: the star is a character, escaped
        '| a | b |\n| - | - |\n| 1 | 2 |',
        '*Table 1: Numbers*', // a caption is an emphasised paragraph beside its float
        '1. first\n2. second', // entries numbered one after the other: an ordered list, not "- 1\\."
        '$$\nx^2\n$$',
        '## Details',
        '**bold** and a\\\nbreak', // Markdown text parsed: emphasis kept, the line break a hard break
      ].join('\n\n') + '\n',
    );
  });
});

describe('chunk text (blockMarkdown)', () => {
  it('writes each node as the parser wrote it: no escapes, tables as GFM rows, captions after their float', () => {
    expect(blockMarkdown(details.children[0] as Parameters<typeof blockMarkdown>[0])).toBe('## Details');
    expect(blockMarkdown({ type: 'paragraph', children: [text('  Price: 5 * 3 ')], data: data(1) })).toBe(
      'Price: 5 * 3',
    );
    expect(blockMarkdown(figure)).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |\n\nTable 1: Numbers');
    expect(blockMarkdown(list)).toBe('- 1. first\n- 2. second');
    expect(blockMarkdown({ type: 'math', value: 'x^2', data: data(7) })).toBe('$$\nx^2\n$$');
    expect(blockMarkdown({ type: 'code', lang: 'py', value: 'print(1)\n\n', data: data(10) })).toBe(
      '```py\nprint(1)\n```',
    );
  });

  it('an HTML table (spanning cells) becomes GFM rows, its spanning first row the header', () => {
    const html =
      '<table><tr><td colspan="2">Both</td></tr><tr><td>x</td><td>y</td></tr><tr><td>1</td><td>2</td></tr></table>';
    // Row 1 spans: the row under it is a header row too.
    expect(blockMarkdown({ type: 'html', value: html, data: data(11, { html }) })).toBe(
      '| Both |\n| x | y |\n| --- | --- |\n| 1 | 2 |',
    );
  });
});

describe('phrasing (inlineNodes, oneLine)', () => {
  it('plain text is one text node, trimmed; `$` is a character', () => {
    expect(inlineNodes('  costs $5 and $10 ', 'plain')).toEqual([text('costs $5 and $10')]);
  });

  it('math text: `$…$` is inline math, a dollar before a digit is not', () => {
    expect(inlineNodes('area $a_i$ for $5', 'math')).toEqual([
      text('area '),
      { type: 'inlineMath', value: 'a_i' },
      text(' for $5'),
    ]);
  });

  it('Markdown text: its escapes are read once, emphasis is emphasis', () => {
    expect(inlineNodes('a \\* b and *c*', 'markdown')).toEqual([
      text('a * b and '),
      { type: 'emphasis', children: [text('c')] },
    ]);
  });

  it('oneLine turns breaks into spaces and joins the texts around them', () => {
    expect(oneLine([text('a'), { type: 'break' }, text('b')])).toEqual([text('a b')]);
  });
});

describe('structure.json (buildStructure)', () => {
  it('lists headings, merges, captions (not the nested ones) and furniture as refs, in reading order', () => {
    const doc = makeDoc(
      ['title', 'text', 'page_number', 'text', 'table', 'table_caption', 'image', 'image_caption'].map((type) => ({
        page: 1,
        type: type as never,
        text: 'x',
      })),
    );
    const structure = buildStructure({
      elements: doc.elements,
      furniture: { kinds: new Map([[2, 'page_number']]), decisions: [] },
      textMerges: { groups: [[3, 1]], decisions: [] },
      tableMerges: { groups: [], html: new Map(), decisions: [] },
      headings: { levels: new Map([[0, 1]]), demoted: new Set(), decisions: [] },
      captions: {
        links: [
          { caption: 7, target: 6, nested: true },
          { caption: 5, target: 4, nested: false },
        ],
        decisions: [],
      },
    });
    expect(structure).toEqual({
      version: 1,
      headings: [{ ref: '/0', level: 1 }],
      paragraphMerges: [['/1', '/3']],
      tableMerges: [],
      captions: [{ caption: '/5', target: '/4' }],
      furniture: ['/2'],
    });
  });
});
