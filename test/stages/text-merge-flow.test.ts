// What stands between or beside two fragments and ends a paragraph's flow: a table cut over three pages (in the
// flow, not a float), an option name opening its description, a bullet on the line it marks. Train documents of
// the full LaTeX corpus (test/corpus-train/) and one hand-made page in the shape of a two-column paper.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import type { Structure } from '../../src/model/structure.js';
import { stitchSync } from '../../src/pipeline.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc } from '../helpers/doc.js';
import { mergeLinks } from '../helpers/merge-links.js';

const file = (path: string) => fileURLToPath(new URL(`../corpus-train/${path}`, import.meta.url));

function run(dir: string) {
  const result = stitchSync(loadInput(file(`${dir}/content_list.json`)), { summaries: false });
  const gold: Structure = JSON.parse(readFileSync(file(`${dir}/gold.structure.json`), 'utf8'));
  const decisionOf = (pair: string) =>
    result.decisions.find((d) => d.stage === 'text-merge' && d.place.refs?.join('|') === pair);
  return {
    result,
    expected: mergeLinks(gold.paragraphMerges),
    predicted: mergeLinks(result.structure.paragraphMerges),
    decisionOf,
  };
}

describe('a table cut over three pages stands in the flow', () => {
  it('the formula line before it does not run on into the listing after it (MinerU, report class)', () => {
    const { result, expected, predicted, decisionOf } = run('latex-report-debmake-en-ch05/mineru');
    // "… as simple as [13]: k = 2" | (a table over pages 16–18) | "Simple debian/rules:"
    const table = result.document.elements.filter((e) => e.type === 'table' && Number(e.ref.slice(1)) > 205);
    expect(new Set(table.slice(0, 3).map((e) => e.page)).size).toBe(3);
    expect(expected.has('/205|/219')).toBe(false);
    expect(predicted.has('/205|/219')).toBe(false);
    expect(decisionOf('/205|/219')).toBeUndefined();
    expect([...predicted].filter((l) => !expected.has(l))).toEqual([]);
  });
});

describe('an option name opening its description starts an entry', () => {
  it('"-t, –tar run the “tar” command …" is not the rest of the line before it (MinerU, jlreq)', () => {
    const { expected, predicted, decisionOf } = run('latex-jlreq-debmake-ja-apa/mineru');
    expect(expected.has('/42|/45')).toBe(false);
    expect(predicted.has('/42|/45')).toBe(false);
    // The note "1） The default is …" (/42) at the page's foot is out of the flow: the paragraph before it is judged.
    expect(decisionOf('/42|/45')).toBeUndefined();
    expect(decisionOf('/41|/45')?.features?.map((f) => f.id)).toEqual(
      expect.arrayContaining(['text-merge.around-footnote', 'text-merge.option-or-term']),
    );
    expect(predicted.has('/41|/45')).toBe(false);
    expect([...predicted].filter((l) => !expected.has(l))).toEqual([]);
  });
});

describe('a lone bullet', () => {
  it('at the foot of a column, away from any line, is cut from its item on the next page (MinerU, acmart)', () => {
    const { expected, predicted, decisionOf } = run('latex-acmart-debmake-en-ch05/mineru');
    expect(expected.has('/217|/221')).toBe(true);
    expect(predicted.has('/217|/221')).toBe(true);
    expect(decisionOf('/217|/221')?.features?.map((f) => f.id)).toContain('text-merge.lone-bullet');
  });

  it('just left of a line it shares is that line’s marker, read after it, and no fragment of its own', () => {
    // The shape of the page foot of a two-column paper in the test split: an item's line with its bullet, which
    // the parser put after the line; the next page opens with a table and a sentence in the left column.
    const doc = makeDoc([
      { page: 3, type: 'text', text: 'The command for a Python module:', bbox: [0.52, 0.84, 0.912, 0.856] },
      { page: 3, type: 'list_item', text: 'debmake -s -d -b":python3" -i debuild', bbox: [0.559, 0.883, 0.807, 0.896] },
      { page: 3, type: 'text', text: '∙', bbox: [0.545, 0.883, 0.553, 0.896] },
      { page: 4, type: 'table', text: 'Table 1: Glossary of terms', bbox: [0.091, 0.159, 0.481, 0.484] },
      {
        page: 4,
        type: 'text',
        text: 'For a typical Python (version 3) module in the archive:',
        bbox: [0.088, 0.511, 0.483, 0.538],
      },
    ]);
    const merges = mergeTextFragments(input(doc), { kinds: new Map(), decisions: [] });
    const pairs = merges.decisions.map((d) => d.place.refs?.join('|'));
    expect(pairs).not.toContain('/2|/4');
    expect(pairs).toContain('/1|/4');
    expect(merges.groups.flat()).not.toContain(2);
  });
});

describe('a number after a word no sentence ends with', () => {
  it('is the sentence’s own ("… the maximum weight to" | "1. In addition, …"), not a list’s first marker', () => {
    // The shape of a hand-checked MinerU sample (a two-column AAAI paper): the break falls inside "to 1.".
    const doc = makeDoc([
      {
        page: 3,
        type: 'text',
        text: 'For edges that reflect a direct treatment relationship, we set the maximum weight to',
        bbox: [0.08, 0.82, 0.48, 0.92],
      },
      {
        page: 3,
        type: 'text',
        text: '1. In addition, we introduce learnable weights to fine-tune the importance of each relation.',
        bbox: [0.52, 0.08, 0.92, 0.16],
      },
    ]);
    const merges = mergeTextFragments(input(doc), { kinds: new Map(), decisions: [] });
    const d = merges.decisions.find((x) => x.place.refs?.join('|') === '/0|/1');
    expect(d?.features?.map((f) => f.id)).toContain('text-merge.dangling-word');
    expect(d?.features?.map((f) => f.id)).not.toContain('text-merge.list-marker');
    expect(merges.groups).toEqual([[0, 1]]);
  });
});

describe('a question ending with an answer blank', () => {
  it('is no code block running on into the next question, however the two look', () => {
    // The shape of a generated form (Office corpus, dev document of the aptitude manual): numbered questions
    // cut short with a blank, a table between them over the page break.
    const doc = makeDoc([
      { page: 3, type: 'text', text: '9 The safety cost componen ____', bbox: [0.139, 0.47, 0.507, 0.485] },
      { page: 3, type: 'text', text: '10 By default, aptitude ini ____', bbox: [0.139, 0.643, 0.49, 0.659] },
      // biome-ignore lint/suspicious/noApproximativeNumericConstant: a box coordinate of the document, not ln 2
      { page: 3, type: 'table_caption', text: '表 2.2 Default safety cost levels', bbox: [0.139, 0.677, 0.384, 0.693] },
      { page: 3, type: 'table', text: 'Cost level\t説明', bbox: [0.136, 0.701, 0.856, 0.855] },
      { page: 4, type: 'text', text: '11 If a solution qualifies ____', bbox: [0.139, 0.493, 0.478, 0.509] },
    ]);
    const merges = mergeTextFragments(input(doc), { kinds: new Map(), decisions: [] });
    const d = merges.decisions.find((x) => x.place.refs?.join('|') === '/1|/4');
    const features = d?.features?.map((f) => f.id) ?? [];
    expect(features).toContain('text-merge.answer-blank');
    expect(features).not.toContain('text-merge.code-block-runs-on');
    expect(merges.groups).toEqual([]);
  });
});

describe('page-head matter across the gutter', () => {
  // The shape of page 1 of a two-column ctexart paper (full LaTeX corpus, train, every format with boxes): the
  // authors' affiliation sits under the title across both columns, and the parser reads it after the left column,
  // between a paragraph cut at the column's foot and its rest at the head of the right column.
  const page = (affiliation: [number, number, number, number]) =>
    makeDoc([
      { page: 1, type: 'title', text: '1 文档资源', bbox: [0.226, 0.767, 0.383, 0.791] },
      {
        page: 1,
        type: 'text',
        text: '在你能搞懂引发问题的原因之前，你需要从原理上明白程序及其所包含的子程序所',
        bbox: [0.118, 0.812, 0.491, 0.852],
      },
      { page: 1, type: 'text', text: '赵敏示例大学计算机科学系', bbox: affiliation },
      {
        page: 1,
        type: 'text',
        text: '扮演的角色。为此，最好的方法是参考程序的文档；但这些文档往往数量巨大且分散，因此你也需要知道如何找到这些文档。',
        bbox: [0.508, 0.39, 0.895, 0.454],
      },
    ]);

  it('is out of the flow: the paragraph runs on past it into the next column', () => {
    const merges = mergeTextFragments(input(page([0.444, 0.266, 0.678, 0.315])), { kinds: new Map(), decisions: [] });
    const d = merges.decisions.find((x) => x.place.refs?.join('|') === '/1|/3');
    expect(d?.features?.map((f) => f.id)).toContain('text-merge.around-out-of-place');
    expect(merges.groups).toEqual([[1, 3]]);
  });

  it('but a short block inside the right column above the next fragment is that column’s start', () => {
    const merges = mergeTextFragments(input(page([0.508, 0.34, 0.7, 0.36])), { kinds: new Map(), decisions: [] });
    expect(merges.decisions.find((x) => x.place.refs?.join('|') === '/1|/3')).toBeUndefined();
    expect(merges.groups.flat()).not.toContain(3);
  });
});
