// document.md renders what the parsers wrote: math as math, their own Markdown escaped once, kept line
// breaks as breaks, one list item per entry, numbered notes as ordered lists, captions never as bullets.
// Each case runs on the committed fixture that shows it, or on a HAND-MADE input in a parser's shape
// (said at the case); expected values are read from the source file or written out by hand.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Nodes, Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { type AdapterInput, loadInput } from '../../src/io/load.js';
import type { TextMarkup } from '../../src/model/element.js';
import { stitchSync } from '../../src/pipeline.js';
import { inlineNodes } from '../../src/render/inline.js';
import { makeDoc } from '../helpers/doc.js';
import { parseMarkdown } from '../helpers/markdown-roundtrip.js';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const render = (path: string) => stitchSync(loadInput(fixture(path)), { summaries: false }).markdown();

function all(root: Nodes, type: string): Nodes[] {
  const out: Nodes[] = [];
  const visit = (n: Nodes) => {
    if (n.type === type) out.push(n);
    if ('children' in n) for (const c of n.children) visit(c);
  };
  visit(root);
  return out;
}
const values = (root: Nodes, type: string) => all(root, type).map((n) => (n as { value: string }).value);

/** document.md of one hand-made paragraph written in `markup`. */
function paragraphMd(text: string, markup: TextMarkup, type: 'text' | 'list_item' = 'text'): string {
  const doc = makeDoc([{ page: 1, type, text }]);
  doc.elements[0].markup = markup;
  return stitchSync(doc, { summaries: false }).markdown();
}

/** A HAND-MADE single-file input in some parser's JSON shape. */
const handMade = (json: unknown): AdapterInput => ({
  path: 'hand-made.json',
  isFolder: false,
  files: [{ path: 'hand-made.json', name: '', json }],
});

describe('inline math', () => {
  const contentList = 'mineru/api-pipeline3-naacl2024-long116_content_list.json';

  it('MinerU content_list `$…$` comes out as inlineMath, none as escaped dollars', () => {
    // Every `$…$` pair in the file's non-equation entries (texts, the table footnote), counted on the JSON.
    const source = readFileSync(fixture(contentList), 'utf8');
    const entries = JSON.parse(source) as Array<Record<string, unknown>>;
    const pairs = entries
      .filter((e) => e.type !== 'equation')
      .flatMap((e) => JSON.stringify(e).match(/\$[^$]+\$/g) ?? []);
    expect(pairs.length).toBe(17);
    const md = render(contentList);
    expect(md).not.toContain('\\$');
    const math = values(parseMarkdown(md), 'inlineMath');
    expect(math.length).toBe(pairs.length);
    expect(math).toContain('| \\psi \\rangle');
    expect(md).toContain('$L _ { i }$');
  });

  it('MinerU middle.json inline_equation spans are inlineMath, one per span', () => {
    const path = 'mineru/api-pipeline3-naacl2024-long116_middle.json';
    const json = JSON.parse(readFileSync(fixture(path), 'utf8'));
    let spans = 0;
    const count = (block: Record<string, unknown>) => {
      for (const line of (block.lines as Array<{ spans: Array<{ type: string }> }>) ?? [])
        spans += line.spans.filter((s) => s.type === 'inline_equation').length;
      for (const sub of (block.blocks as Array<Record<string, unknown>>) ?? []) count(sub);
    };
    for (const page of json.pdf_info) for (const block of page.para_blocks) count(block);
    expect(spans).toBe(17);
    expect(values(parseMarkdown(render(path)), 'inlineMath').length).toBe(spans);
  });

  it('dollars that are money stay text (`$5 and $10`), in plain-with-math and in Markdown text', () => {
    for (const markup of ['math', 'markdown'] as const) {
      for (const text of [
        'It costs $5 and $10 a day.',
        'Between $5-$10 per unit.',
        'A fee of $ 17,816 and $ 15,364.',
      ]) {
        const md = paragraphMd(text, markup);
        expect(values(parseMarkdown(md), 'inlineMath'), `${markup}: ${text}`).toEqual([]);
        expect(values(parseMarkdown(md), 'text').join(''), `${markup}: ${text}`).toBe(text);
      }
      const md = paragraphMd('Let $x_i$ be the input and $y$ the output, for $5.', markup);
      expect(values(parseMarkdown(md), 'inlineMath')).toEqual(['x_i', 'y']);
    }
  });

  it('plain text keeps every dollar literal', () => {
    const md = paragraphMd('the macro $x$ is not math here', 'plain');
    expect(values(parseMarkdown(md), 'inlineMath')).toEqual([]);
    expect(md).toContain('\\$x\\$');
  });

  it('Marker `<math>` in running text becomes inline math (HAND-MADE Marker JSON)', () => {
    const html =
      '<p block-type="TextInlineMath">cost <math display="inline">O(d_{model})</math> where <math display="inline">\\hat{y}_i </math>is the prediction.</p>';
    const json = markerDoc([{ block_type: 'TextInlineMath', html }]);
    const result = stitchSync(handMade(json), { summaries: false });
    expect(result.document.elements[0].text).toBe('cost $O(d_{model})$ where $\\hat{y}_i$ is the prediction.');
    expect(values(parseMarkdown(result.markdown()), 'inlineMath')).toEqual(['O(d_{model})', '\\hat{y}_i']);
  });
});

describe("the parser's own Markdown is not escaped again", () => {
  it('MinerU `\\*` and `<sup>` render once (HAND-MADE text in MinerU content_list style)', () => {
    const md = paragraphMd('注：\\*、\\*\\*分别表示在 $10 \\%$ 上显著，见<sup>1</sup>。', 'markdown');
    expect(md).toContain('注：\\*、\\*\\*分别表示在 $10 \\%$ 上显著，见<sup>1</sup>。');
    expect(md).not.toContain('\\\\');
    expect(md).not.toContain('\\<sup>');
    const root = parseMarkdown(md);
    expect(values(root, 'text').join('')).toBe('注：*、**分别表示在  上显著，见1。');
  });

  it('the fixture’s `<sup>∆</sup>` stays HTML, not `\\<sup>`', () => {
    const md = render('mineru/api-pipeline3-naacl2024-long116_content_list.json');
    expect(md).toContain('<sup>∆</sup>');
    expect(md).not.toContain('\\<sup>');
  });

  it('plain text is escaped where it would turn into markup', () => {
    const md = paragraphMd('*not emphasis* and <b>not html</b>', 'plain');
    expect(all(parseMarkdown(md), 'emphasis')).toEqual([]);
    expect(all(parseMarkdown(md), 'html')).toEqual([]);
    expect(values(parseMarkdown(md), 'text').join('')).toBe('*not emphasis* and <b>not html</b>');
  });
});

describe('kept line breaks', () => {
  it('dots.ocr address lines render as breaks, never as `&#xA;`', () => {
    const md = render('dots_ocr/docling-test-dots_simple.unterminated.json');
    expect(md).not.toMatch(/&#x/i);
    const root = parseMarkdown(md);
    const address = root.children.find(
      (n) => n.type === 'paragraph' && values(n, 'text').join('').includes('bpf@zurich.ibm.com'),
    ) as Paragraph | undefined;
    expect(address).toBeDefined();
    // GFM viewers autolink the e-mail address: a link's text counts as text.
    const kinds = (address as Paragraph).children.map((c) =>
      c.type === 'text' ? c.value : c.type === 'link' ? values(c, 'text').join('') : c.type,
    );
    // The source text: "IBM Research\nRueschlikon, Switzerland\nbpf@zurich.ibm.com\n\nIBM Research…".
    expect(kinds.slice(0, 6)).toEqual([
      'IBM Research',
      'break',
      'Rueschlikon, Switzerland',
      'break',
      'bpf@zurich.ibm.com',
      'break',
    ]);
  });

  it('MinerU hard breaks ("   \\n") are breaks, not `&#x20;` (HAND-MADE table of contents)', () => {
    const toc = 'Terms and Definitions ..... 1   \n1 Cell Performance ..... 3   \n1.1 Main Performance ..... 3';
    const md = paragraphMd(toc, 'markdown');
    expect(md).not.toContain('&#x');
    const para = parseMarkdown(md).children[0] as Paragraph;
    expect(para.children.map((c) => c.type)).toEqual(['text', 'break', 'text', 'break', 'text']);
  });

  it('a wrapped paragraph keeps its soft line ends (lines that fill the block)', () => {
    const text =
      'The concept of the word processor predates modern computers and has evolved through\nseveral technological milestones.';
    const root = parseMarkdown(paragraphMd(text, 'markdown'));
    expect(all(root, 'break')).toEqual([]);
  });

  it('plain-text line breaks (Textract "Name …\\nDate …") survive the round trip', () => {
    const root = parseMarkdown(paragraphMd('Name of package: Textractor\nDate : 08/14/2022', 'plain'));
    expect(all(root, 'break').length).toBe(1);
  });
});

describe('lists', () => {
  it('30 references in two MinerU list blocks render as 30 items', () => {
    for (const path of [
      'mineru/api-pipeline3-naacl2024-long116_content_list.json',
      'mineru/api-pipeline3-naacl2024-long116_content_list_v2.json',
    ]) {
      const md = render(path);
      const items = all(parseMarkdown(md), 'listItem');
      expect(items.length, path).toBe(30);
      expect(md).toContain('- Jerome R Busemeyer and Zheng Wang. 2015.');
    }
    // The count read from the source: the `list_items` of its two `list` entries.
    const json = JSON.parse(
      readFileSync(fixture('mineru/api-pipeline3-naacl2024-long116_content_list.json'), 'utf8'),
    ) as Array<{ type: string; list_items?: string[] }>;
    expect(json.filter((e) => e.type === 'list').map((e) => e.list_items?.length)).toEqual([25, 5]);
  });

  it('a dots.ocr List-item holding two bullets renders as two items, without the source `*`', () => {
    const md = render('dots_ocr/docling-test-dots_list.unterminated.json');
    expect(md).toContain('\n- Wang Laboratories: In the 1970s');
    expect(md).not.toMatch(/^- \\\*/m);
  });

  it('numbered notes are an ordered list with their own numbers, never `- 1\\.` (HAND-MADE Mistral page)', () => {
    const markdown = [
      'See overleaf for footnotes.',
      '1. As of March 1, 2016, the rate is a median.\n2. Weekly figures are averages.\n3. Annualized.',
      'Between the notes.',
      '7. Source: Bloomberg.\n8. Rate posted by banks.',
    ].join('\n\n');
    const json = {
      model: 'hand-made',
      pages: [{ index: 0, markdown, dimensions: { dpi: 72, width: 600, height: 800 } }],
    };
    const md = stitchSync(handMade(json), { summaries: false }).markdown();
    expect(md).not.toMatch(/^- \d/m);
    const lists = all(parseMarkdown(md), 'list') as Array<{ ordered?: boolean; start?: number; children: unknown[] }>;
    expect(lists.map((l) => [l.ordered, l.start, l.children.length])).toEqual([
      [true, 1, 3],
      [true, 7, 2],
    ]);
  });

  it('bracketed reference numbers and broken runs: `[1]`, `[2]`, an unnumbered entry, `[4]`', () => {
    const md = paragraphMd('[1] First.\n[2] Second.\nNo number here.\n[4] Fourth.', 'markdown', 'list_item');
    const lists = all(parseMarkdown(md), 'list') as Array<{ ordered?: boolean; start?: number; children: unknown[] }>;
    expect(lists.map((l) => [l.ordered, l.start ?? null, l.children.length])).toEqual([
      [true, 1, 2],
      [false, null, 1],
      [true, 4, 1],
    ]);
  });
});

describe('captions are never bullets', () => {
  it('a Marker ListItem that is a figure caption is typed a caption (HAND-MADE Marker JSON)', () => {
    const json = markerDoc([
      { block_type: 'Figure', html: '' },
      { block_type: 'ListItem', html: '<li block-type="ListItem">Figure 3: Illustration of token routing.</li>' },
      { block_type: 'ListItem', html: '<li block-type="ListItem">Figures are drawn to scale.</li>' },
    ]);
    const result = stitchSync(handMade(json), { summaries: false });
    expect(result.document.elements.map((e) => e.type)).toEqual(['image', 'image_caption', 'list_item']);
    const md = result.markdown();
    expect(md).not.toContain('- Figure 3');
    expect(md).toContain('*Figure 3: Illustration of token routing.*');
    expect(md).toContain('- Figures are drawn to scale.');
  });
});

describe('inlineNodes', () => {
  it('merges adjacent text and drops blanks around breaks', () => {
    expect(inlineNodes('a  \n  b', 'plain')).toEqual([
      { type: 'text', value: 'a' },
      { type: 'break' },
      { type: 'text', value: 'b' },
    ]);
  });

  it('keeps an escaped dollar and unclosed dollars as text', () => {
    expect(inlineNodes('\\$x$ and $y', 'markdown')).toEqual([{ type: 'text', value: '$x$ and $y' }]);
    expect(inlineNodes('price $3', 'math')).toEqual([{ type: 'text', value: 'price $3' }]);
  });
});

/** A HAND-MADE Marker 1.x JSON document: one 600×800 page holding `blocks` stacked top to bottom. */
function markerDoc(blocks: Array<{ block_type: string; html: string }>) {
  return {
    block_type: 'Document',
    children: [
      {
        block_type: 'Page',
        id: '/page/0/Page/0',
        bbox: [0, 0, 600, 800],
        html: '',
        children: blocks.map((b, i) => ({
          ...b,
          id: `/page/0/${b.block_type}/${i}`,
          bbox: [60, 60 + i * 100, 540, 140 + i * 100],
        })),
      },
    ],
  };
}
