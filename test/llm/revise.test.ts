// The stages' revise functions re-decide with outside answers by the stages' own rules: a table the
// answers form is built exactly as the table-merge stage builds it, paragraphs stay chains, a
// heading answered "none" is demoted, and caption answers carry the body references with them.
import { describe, expect, it } from 'vitest';
import type { EngineOptions } from '../../src/options.js';
import { linkCaptions, linkReferences } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { assignHeadingLevels } from '../../src/stages/headings.js';
import { reviseCaptions } from '../../src/stages/revise/captions.js';
import { reviseHeadingLevels } from '../../src/stages/revise/headings.js';
import { reviseTableMerges } from '../../src/stages/revise/table-merge.js';
import { reviseTextMerges } from '../../src/stages/revise/text-merge.js';
import { mergeTables } from '../../src/stages/table-merge.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { findTableOfContents } from '../../src/stages/toc.js';
import { parseTable, rowTexts } from '../../src/table/html.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';

const header = '<tr><th>Cell</th><th>Capacity</th><th>Voltage</th></tr>';
const rows = (from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `<tr><td>C${from + i}</td><td>${100 + from + i}Ah</td><td>3.2V</td></tr>`,
  ).join('');

/** The table stage run with its threshold moved, so it merges (−100) or keeps apart (+100) every candidate. */
function tables(specs: Spec[], threshold: number) {
  const i = input(makeDoc(specs));
  const options: EngineOptions = { ...i.options, tableMerge: { ...i.options.tableMerge, threshold } };
  const furniture = detectFurniture({ ...i, options });
  return { i: { ...i, options }, furniture, result: mergeTables({ ...i, options }, furniture) };
}

const cutRow: Spec[] = [
  {
    page: 1,
    type: 'table',
    html: `<table>${header}<tr><td>C1</td><td>Nominal capacity at</td><td>3.2V</td></tr></table>`,
    bbox: col(0.5, 0.92),
  },
  {
    page: 2,
    type: 'table',
    html: `<table>${header}<tr><td></td><td>0.5C discharge</td><td></td></tr>${rows(2, 3)}</table>`,
    bbox: col(0.08, 0.3),
  },
];

/** Two one-column note boxes, each opening with the same title row. */
const twoBoxes: Spec[] = [
  {
    page: 1,
    type: 'table',
    html: '<table><tr><td>Tip</td></tr><tr><td>Quote the arguments.</td></tr></table>',
    bbox: col(0.6, 0.92),
  },
  {
    page: 2,
    type: 'table',
    html: '<table><tr><td>Tip</td></tr><tr><td>Use a clean chroot.</td></tr></table>',
    bbox: col(0.08, 0.2),
  },
];

describe('reviseTableMerges', () => {
  for (const [name, specs] of [
    ['a row cut by the break', cutRow],
    ['a one-column box repeating its title row', twoBoxes],
  ] as const) {
    it(`builds the table the stage builds itself (${name})`, () => {
      const merged = tables([...specs], -100);
      const apart = tables([...specs], 100);
      expect(merged.result.groups).toEqual([[0, 1]]);
      expect(apart.result.groups).toEqual([]);
      const revised = reviseTableMerges(apart.i, apart.furniture, apart.result, [{ index: 0, merge: true }]);
      expect(revised.groups).toEqual([[0, 1]]);
      expect(revised.html.get(0)).toBe(merged.result.html.get(0));
      expect(revised.decisions[0].accepted).toBe(true);
      expect(revised.decisions[0].ruleId).toBe('table-merge.separate');
    });
  }

  it('re-joins the cut row by the stage rule, and leaves it apart when the answer says so', () => {
    const apart = tables(cutRow, 100);
    const joined = reviseTableMerges(apart.i, apart.furniture, apart.result, [{ index: 0, merge: true }]);
    expect(parseTable(joined.html.get(0)!).rows.map((r) => rowTexts(r)[1])).toEqual([
      'Capacity',
      'Nominal capacity at 0.5C discharge',
      '102Ah',
      '103Ah',
    ]);
    const notJoined = reviseTableMerges(apart.i, apart.furniture, apart.result, [
      { index: 0, merge: true, joinCutRow: false },
    ]);
    expect(parseTable(notJoined.html.get(0)!).rows).toHaveLength(5);
  });

  it('splits a group the stage formed when the answer says two tables', () => {
    const merged = tables(cutRow, -100);
    const revised = reviseTableMerges(merged.i, merged.furniture, merged.result, [{ index: 0, merge: false }]);
    expect(revised.groups).toEqual([]);
    expect(revised.html.size).toBe(0);
    expect(revised.decisions[0].accepted).toBe(false);
  });
});

describe('reviseTextMerges', () => {
  const specs: Spec[] = [
    { page: 1, type: 'text', text: 'The model reads the long text of the page and then', bbox: col(0.2, 0.92) },
    { page: 2, type: 'text', text: 'continues on the next page in lower case, and goes', bbox: col(0.08, 0.92) },
    { page: 3, type: 'text', text: 'on over a third page before it ends.', bbox: col(0.08, 0.3) },
  ];
  const stage = () => {
    const i = input(makeDoc(specs));
    return mergeTextFragments(i, detectFurniture(i));
  };

  it('merges and splits pairs as answered, groups staying chains', () => {
    const result = stage();
    expect(result.groups).toEqual([[0, 1, 2]]);
    const split = reviseTextMerges(result, [{ index: 1, merge: false }]);
    expect(split.result.groups).toEqual([[0, 1]]);
    expect(split.result.decisions[1].accepted).toBe(false);
  });

  it('refuses an answer giving a fragment a second successor beside a pair kept as decided', () => {
    const result = stage();
    const d = result.decisions[0];
    // A candidate 0 → 2 next to the kept 0 → 1.
    const extra = { ...d, ids: [0, 2], refs: ['/0', '/2'], accepted: false };
    const answer = { index: 2, merge: true };
    const revised = reviseTextMerges({ ...result, decisions: [...result.decisions, extra] }, [answer]);
    expect(revised.refused.has(answer)).toBe(true);
    expect(revised.result.groups).toEqual([[0, 1, 2]]);
  });

  it('adds a pair no stage considered only where both fragments are free', () => {
    const result = stage();
    const split = reviseTextMerges(
      result,
      [{ index: 1, merge: false }],
      [
        { pair: [0, 2], decision: { ...result.decisions[0], ids: [0, 2], ruleId: 'llm.continuation' } },
        { pair: [1, 2], decision: { ...result.decisions[0], ids: [1, 2], ruleId: 'llm.continuation' } },
      ],
    );
    expect(split.added.map((a) => a.pair)).toEqual([[1, 2]]);
    expect(split.result.groups).toEqual([[0, 1, 2]]);
    expect(split.result.decisions.at(-1)?.ruleId).toBe('llm.continuation');
  });
});

describe('reviseHeadingLevels', () => {
  it('sets a level, or demotes a title answered "not a heading"', () => {
    const doc = makeDoc([
      { page: 1, type: 'title', text: '1 Introduction', bbox: col(0.1, 0.13) },
      { page: 1, type: 'text', text: 'Body text of the section, long enough to be a paragraph.', bbox: col(0.2, 0.4) },
      { page: 1, type: 'title', text: '1.1 Details', bbox: col(0.5, 0.52) },
    ]);
    const i = input(doc);
    const furniture = detectFurniture(i);
    const text = mergeTextFragments(i, furniture);
    const result = assignHeadingLevels(i, furniture, text, findTableOfContents(i, furniture));
    const index = (id: number) => result.decisions.findIndex((d) => d.ids[0] === id);
    const revised = reviseHeadingLevels(result, [
      { index: index(0), level: 3 },
      { index: index(2), level: -1 },
    ]);
    expect(revised.levels.get(0)).toBe(3);
    expect(revised.levels.has(2)).toBe(false);
    expect(revised.demoted.has(2)).toBe(true);
    expect(revised.decisions[index(2)].accepted).toBe(false);
    expect(result.levels.has(2)).toBe(true);
  });
});

describe('reviseCaptions', () => {
  it('moves a caption to the answered float, and the body reference follows by the stage rule', () => {
    const doc = makeDoc([
      { page: 1, type: 'text', text: 'As Figure 1 shows, the cells age.', bbox: col(0.05, 0.1) },
      { page: 1, type: 'image', bbox: col(0.12, 0.3) },
      { page: 1, type: 'image_caption', text: 'Figure 1: Ageing.', bbox: col(0.31, 0.33) },
      { page: 1, type: 'image', bbox: col(0.4, 0.6) },
    ]);
    const i = input(doc);
    const captions = linkCaptions(i, detectFurniture(i));
    const references = linkReferences(i, captions);
    expect(captions.links).toContainEqual({ caption: 2, target: 1, nested: false });
    expect(references.links.map((l) => l.to)).toEqual([1]);
    const index = captions.decisions.findIndex((d) => d.ids[0] === 2);
    const revised = reviseCaptions(i, captions, references, [{ index, target: 3 }]);
    expect(revised.captions.links).toEqual([{ caption: 2, target: 3, nested: false }]);
    expect(revised.references.links.map((l) => l.to)).toEqual([3]);
    const none = reviseCaptions(i, captions, references, [{ index, target: null }]);
    expect(none.captions.links).toEqual([]);
    expect(none.references.links).toEqual([]);
    expect(none.captions.decisions[index].accepted).toBe(false);
  });
});
