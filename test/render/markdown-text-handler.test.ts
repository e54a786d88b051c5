// The fast text and paragraph handlers of document.md (src/render/markdown.ts) must write every text exactly as
// mdast-util-to-markdown's own handlers do: compared here on every escape-prone character at the start,
// middle and end of a text, next to other nodes, in the contexts our Markdown uses, and on the real texts
// of a committed MinerU fixture (test/fixtures/mineru, MIT; see PROVENANCE.md). The edge strings are hand-made.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { mathToMarkdown } from 'mdast-util-math';
import { toMarkdown } from 'mdast-util-to-markdown';
import { describe, expect, it } from 'vitest';
import { inlineNodes } from '../../src/render/inline.js';
import { MARKDOWN_HANDLERS } from '../../src/render/markdown.js';

const base = { extensions: [gfmTableToMarkdown(), mathToMarkdown()], bullet: '-' as const, rule: '-' as const };
const render = (root: Root, fast: boolean) => toMarkdown(root, fast ? { ...base, handlers: MARKDOWN_HANDLERS } : base);

const t = (value: string): PhrasingContent => ({ type: 'text', value });
const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
const math = (value: string) => ({ type: 'inlineMath', value }) as PhrasingContent;
/** The text in each context document.md puts text in, beside other nodes. */
function contexts(value: string): RootContent[] {
  return [
    { type: 'paragraph', children: [t(value)] },
    {
      type: 'paragraph',
      children: [{ type: 'inlineMath', value: 'x' } as PhrasingContent, t(value), { type: 'break' }],
    },
    // texts and line breaks only (plainLines): breaks between, first, last and doubled
    { type: 'paragraph', children: [t(value), { type: 'break' }, t(value), { type: 'break' }, t('next line')] },
    { type: 'paragraph', children: [{ type: 'break' }, t(value), { type: 'break' }] },
    { type: 'paragraph', children: [t('a'), { type: 'break' }, { type: 'break' }, t(value)] },
    { type: 'paragraph', children: [t(value), t(value)] },
    { type: 'paragraph', children: [{ type: 'emphasis', children: [t(value)] }, t(value)] },
    { type: 'paragraph', children: [{ type: 'strong', children: [t(value)] }] },
    { type: 'paragraph', children: [{ type: 'link', url: 'https://x.org/a b', title: 'q"', children: [t(value)] }] },
    // texts beside inline code and math (flatPhrasing): the code and math handlers' peeks give the text its `after`
    { type: 'paragraph', children: [t(value), code('a`b'), t(value)] },
    { type: 'paragraph', children: [code(' x '), t(value), math('$y'), { type: 'break' }, t(value), math('z')] },
    { type: 'heading', depth: 3, children: [math('x'), t(value), code('`'), { type: 'break' }, t(value)] },
    { type: 'heading', depth: 2, children: [t(value)] },
    { type: 'heading', depth: 1, children: [t(value), { type: 'break' }, t(value)] },
    { type: 'paragraph', children: [{ type: 'link', url: 'x', children: [t(value), { type: 'break' }, t('b')] }] },
    {
      type: 'list',
      ordered: false,
      children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [t(value)] }] }],
    },
    {
      type: 'list',
      ordered: true,
      children: [
        { type: 'listItem', children: [{ type: 'paragraph', children: [t(value), { type: 'break' }, t(value)] }] },
      ],
    },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [t(value), { type: 'break' }, t(value)] }] },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [t(value)] }] },
    {
      type: 'table',
      children: [
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [t(value)] },
            { type: 'tableCell', children: [t('b'), { type: 'break' }, t(value)] },
            { type: 'tableCell', children: [] },
            { type: 'tableCell', children: [t(value), math('x|y'), t(value), code('|')] },
          ],
        },
      ],
    },
  ];
}

/** Phrasings of texts, breaks, inline math and code only (the flat path) among the texts below: 200 measured. */
const FLAT_FLOOR = 180;

/** The texts of the committed slices' MinerU inputs (each slice's licences in its SOURCES.md or meta.json). */
function corpusTexts(): string[] {
  // the committed slices' MinerU content lists (corpus/ alone has 20 documents since the licence clean-up)
  const dirs = ['corpus', 'corpus-latex', 'corpus-office'].map((d) =>
    fileURLToPath(new URL(`../../${d}/`, import.meta.url)),
  );
  return dirs
    .flatMap((dir) => readdirSync(dir).map((doc) => join(dir, doc, 'mineru', 'content_list.json')))
    .filter((path) => existsSync(path))
    .flatMap((path) => (JSON.parse(readFileSync(path, 'utf8')) as Array<{ text?: string }>).map((e) => e.text ?? ''))
    .filter(Boolean);
}

function expectSame(values: string[]): void {
  for (const value of values) {
    for (const node of contexts(value)) {
      const root: Root = { type: 'root', children: [node] };
      expect(render(root, true), JSON.stringify(value)).toBe(render(root, false));
    }
  }
}

describe('document.md text handler', () => {
  it('writes every escape-prone character as the default handler does, wherever it stands', () => {
    const chars = [
      ...'\t\n\r !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\u007f\u00a0\u0000',
      '1.',
      '1)',
      '12.',
      '&amp;',
      '<a',
      '![',
      '](',
      '$$',
      '•',
      '◦',
      '→',
      '中',
      '\u0085',
      '\u2028',
      '\u3000',
      '\ufeff',
    ];
    const values: string[] = [];
    for (const c of chars) values.push(c, `${c}word`, `word${c}`, `wo${c}rd`, `a ${c} b`, `word ${c}`, `${c} word`);
    values.push('Plain prose, with commas; and (brackets) — and “quotes”.', 'Ünïcödé 中文 text', 'a  b', 'end. 1. x');
    expectSame(values);
  });

  it('writes random texts of escape-prone characters as the default handler does, in every context', () => {
    // fast-check, seeded: texts pieced from every character an unsafe pattern of the three extensions names,
    // blanks and line ends, digits before `.` and `)`, words, non-ASCII letters and symbols, entities and tags
    const pieces = [
      ...'\t\n\r !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~0123456789',
      'a',
      'word',
      'Word',
      ' ',
      '  ',
      '1.',
      '12)',
      '&amp;',
      '&#1;',
      '<a>',
      '</b>',
      '![',
      '](',
      '$$',
      '•',
      '中',
      'é',
      '\u00a0',
      '\u3000',
      '😀',
    ];
    let plain = 0;
    fc.assert(
      // three texts per document, in every context each: one serializer state for all (its caches shared)
      fc.property(
        fc.array(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }), { minLength: 3, maxLength: 3 }),
        (texts) => {
          const values = texts.map((parts) => parts.join(''));
          for (const value of values) if (/^[\p{L}]+$/u.test(value)) plain++;
          const root: Root = { type: 'root', children: values.flatMap(contexts) };
          expect(render(root, true), JSON.stringify(values)).toBe(render(root, false));
        },
      ),
      { numRuns: 300, seed: 23 },
    );
    // most texts hold some escape-prone character (the default handler's work, not the plain-text shortcut)
    expect(plain).toBeLessThan(120);
  });

  it('writes texts of words with dollars and hashes (the plain and dollar shortcuts) as the default handler does', () => {
    // fast-check, seeded: prose-like texts where `$` and `#` stand anywhere, beside digits, dots and bullets
    const pieces = ['a', 'word', 'É', '中', '•', ' ', '$', '$$', '#', '##', '1', '12', '.', ',', '-', '(', ')', ':'];
    let dollars = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }), { minLength: 3, maxLength: 3 }),
        (texts) => {
          const values = texts.map((parts) => parts.join(''));
          for (const value of values) if (/^(?:\p{L}|\$|•)/u.test(value) && value.includes('$')) dollars++;
          const root: Root = { type: 'root', children: values.flatMap(contexts) };
          expect(render(root, true), JSON.stringify(values)).toBe(render(root, false));
        },
      ),
      { numRuns: 300, seed: 5 },
    );
    expect(dollars).toBeGreaterThan(150);
  });

  it('writes the texts of a real MinerU output as the default handler does', () => {
    const path = fileURLToPath(
      new URL('../fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json', import.meta.url),
    );
    const items = JSON.parse(readFileSync(path, 'utf8')) as Array<{ text?: string }>;
    const texts = items.flatMap((e) => (e.text ? [e.text, ...e.text.split(/(?<=[.;:])\s+/)] : []));
    expect(texts.length).toBeGreaterThan(200);
    expectSame(texts);
  });

  it("writes the phrasing the parsers' Markdown becomes (math, code, emphasis, links) as the default does", () => {
    const path = fileURLToPath(
      new URL('../fixtures/mineru/api-pipeline3-naacl2024-long116_content_list.json', import.meta.url),
    );
    const items = JSON.parse(readFileSync(path, 'utf8')) as Array<{ text?: string }>;
    // hand-made texts with every inline node inlineNodes makes, then the fixture's texts read as Markdown
    const texts = [
      'a `x*y` and $x_1$ then *em* \\* [l](u) end',
      'code `a` b\nline two `c` and $$d$$ `e`',
      '`x` $y$ `z`',
      '$x$ 1. *not* a list',
      'a <b> `c` # d',
      ...items.flatMap((e) => (e.text ? [e.text] : [])),
      ...corpusTexts(),
    ];
    let flat = 0;
    for (const text of texts) {
      const children = inlineNodes(text, 'markdown');
      if (children.length < 2 && children[0]?.type === 'text') continue; // one text: the tests above
      if (children.every((c) => ['text', 'break', 'inlineMath', 'inlineCode'].includes(c.type))) flat++;
      for (const node of [
        { type: 'paragraph', children } as RootContent,
        { type: 'heading', depth: 2, children } as RootContent,
        { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children }] }] } as RootContent,
      ]) {
        const root: Root = { type: 'root', children: [node] };
        expect(render(root, true), JSON.stringify(text)).toBe(render(root, false));
      }
    }
    expect(flat).toBeGreaterThan(FLAT_FLOOR);
  });
});

describe('Markdown text read without the parser', () => {
  // Hand-made: `!` without `[` and `~` are no inline syntax here (no image, no strikethrough, fences off),
  // so such text is read as plain text, as the parser would read it.
  it('keeps `!` and `~` as written', () => {
    expect(inlineNodes('Wow! about ~5 km, ~~no strike~~ here', 'markdown')).toEqual([
      { type: 'text', value: 'Wow! about ~5 km, ~~no strike~~ here' },
    ]);
  });
  it('still parses an image or a link opened by `!` or `[`', () => {
    expect(inlineNodes('see ![a](b.png) ~x', 'markdown').map((n) => n.type)).toEqual(['text', 'image', 'text']);
  });
});
