// document.md on the real samples that showed each rendering bug (read in place from ../shared/samples;
// their licences keep them out of test/fixtures). Expected values are counted on the source files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { stitchSync } from '../src/pipeline.js';
import { parseMarkdown } from '../test/helpers/markdown-roundtrip.js';

const sample = (path: string) => fileURLToPath(new URL(`../../shared/samples/${path}`, import.meta.url));
const render = (path: string) => stitchSync(sample(path), { summaries: false }).markdown();

function all(root: Nodes, type: string): Nodes[] {
  const out: Nodes[] = [];
  const visit = (n: Nodes) => {
    if (n.type === type) out.push(n);
    if ('children' in n) for (const c of n.children) visit(c);
  };
  visit(root);
  return out;
}

describe('document.md on the samples that broke it', () => {
  it('MinerU zh-thesis: its own `\\*` escapes are written once', () => {
    const source = readFileSync(sample('mineru/pipeline-zh-thesis_content_list.json'), 'utf8');
    expect(source).toContain('注：\\\\*、\\\\*\\\\*、\\\\*\\\\*\\\\*'); // JSON-escaped `注：\*、\*\*、\*\*\*`
    const md = render('mineru/pipeline-zh-thesis_content_list.json');
    expect(md).toContain('注：\\*、\\*\\*、\\*\\*\\*');
    expect(md).not.toContain('\\\\\\*');
    expect(md).not.toContain('\\$');
  });

  it('MinerU aaai26: reference lines with MinerU hard breaks render as breaks, no `&#x20;`', () => {
    const md = render('mineru/pipeline-aaai26-paper_content_list.json');
    expect(md).not.toContain('&#x20;');
    const source = JSON.parse(readFileSync(sample('mineru/pipeline-aaai26-paper_content_list.json'), 'utf8')) as Array<{
      type: string;
      text?: string;
    }>;
    const hardBreaks = source
      .filter((e) => e.type === 'text')
      .reduce((n, e) => n + (e.text?.match(/ {2,}\n/g)?.length ?? 0), 0);
    expect(hardBreaks).toBeGreaterThan(10);
    expect(all(parseMarkdown(md), 'break').length).toBeGreaterThanOrEqual(hardBreaks);
  });

  it('MinerU svolt datasheet: the table of contents keeps one entry per line', () => {
    const md = render('mineru/pipeline-svolt-datasheet_content_list.json');
    expect(md).toMatch(/Terms and Definitions[ .]*1\\\n1 样品电性能指标/);
  });

  it('Mistral fed-h15: the 16 numbered footnotes are an ordered list 1–16, no `- 1\\.`', () => {
    const md = render('mistral_ocr/fed-h15-3p_mistral-ocr-2512.json');
    expect(md).not.toMatch(/^- \d+\\\./m);
    const lists = all(parseMarkdown(md), 'list') as Array<{ ordered?: boolean; start?: number; children: unknown[] }>;
    expect(lists.filter((l) => l.ordered).map((l) => [l.start, l.children.length])).toContainEqual([1, 16]);
  });

  it('Mistral balance sheet: dollar amounts stay text, the bracketed notes are numbered', () => {
    const md = render('mistral_ocr/sec-brk-balance-3p_mistral-ocr-4-0.json');
    const root = parseMarkdown(md);
    expect(all(root, 'inlineMath')).toEqual([]);
    expect(md).toContain('\\$13.0 billion');
    const lists = all(root, 'list') as Array<{ ordered?: boolean; start?: number; children: unknown[] }>;
    expect(lists.map((l) => [l.ordered, l.start, l.children.length])).toContainEqual([true, 1, 3]);
  });

  it('Marker switch_trans: no caption is a bullet, `<math>` and `$d_{model}$` are inline math', () => {
    const md = render('marker/switch_trans.json');
    expect(md).not.toMatch(/^- (Figure|Table) \d+:/m);
    expect(md).toContain('*Figure 3: Illustration of token routing dynamics.');
    const math = all(parseMarkdown(md), 'inlineMath').map((n) => (n as { value: string }).value);
    expect(math).toContain('d_{model}');
    expect(math).toContain('O(d_{model} \\times \\text{num experts})');
    expect(md).not.toContain('\\$');
  });
});
