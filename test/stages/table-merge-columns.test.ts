// A long table whose fragments a recogniser drew with a column more or fewer (two columns read as one on one page,
// a column split at a gap on another), and a header row repeated as one cell: still one table
// (src/stages/table-merge/columns.ts). Modelled on the corpus's `--table-habits` cases (scripts/corpus/table-habits.ts).
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { sameRowRedrawn } from '../../src/stages/table-merge/columns.js';
import { mergeTables } from '../../src/stages/table-merge.js';
import type { TableMergeWeights } from '../../src/weights/table-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const tr = (cells: string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
const table = (...rows: string[]) => `<table>${rows.join('')}</table>`;
const head3 = tr(['Cost level', 'Description', 'Configuration option'], 'th');
const row3 = (n: number) => tr([`${n},000`, `Solutions that change ${n} packages.`, `Resolver::Level-${n}`]);
const row2 = (n: number) => tr([`${n},000 Solutions that change ${n} packages.`, `Resolver::Level-${n}`]);
const row4 = (n: number) => tr([`${n},000`, 'Solutions', `that change ${n} packages.`, `Resolver::Level-${n}`]);

function run(htmls: string[], weights: Partial<TableMergeWeights> = {}) {
  const specs: Spec[] = [
    { page: 1, type: 'text', text: 'The resolver weighs each solution by these levels.', bbox: [0.1, 0.1, 0.9, 0.14] },
    ...htmls.map(
      (html, k): Spec => ({
        page: k + 1,
        type: 'table',
        html,
        bbox: [0.1, k === 0 ? 0.2 : 0.06, 0.9, 0.95],
      }),
    ),
    { page: htmls.length, type: 'text', text: 'Body text after the table.', bbox: [0.1, 0.96, 0.9, 0.98] },
  ];
  const i = input(makeDoc(specs));
  const base = i.options.weights.tableMerge;
  return mergeTables(
    { ...i, options: { ...i.options, weights: { ...i.options.weights, tableMerge: { ...base, ...weights } } } },
    detectFurniture(i),
  );
}

const features = (r: ReturnType<typeof run>, k: number) => r.decisions[k].features?.map((f) => f.id) ?? [];

describe('fragments drawn with a column more or fewer (table-merge.columns-off-by-one)', () => {
  it('joins a continuation read with two columns as one', () => {
    const r = run([table(head3, row3(1), row3(2)), table(row2(3), row2(4))]);
    expect(r.groups).toEqual([[1, 2]]);
    expect(features(r, 0)).toContain('table-merge.columns-off-by-one');
    // weighed as a count that differs by two or more, the pair stays apart: the feature is what joins it
    expect(run([table(head3, row3(1), row3(2)), table(row2(3), row2(4))], { 'columns-off-by-one': -2 }).groups).toEqual(
      [],
    );
  });

  it('measures each fragment against the counts of the table so far, not only the one before', () => {
    // 3 → 2 (merged) → 4 (split): 4 is off by one from the table's own 3, though two from the fragment before
    const r = run([table(head3, row3(1)), table(row2(2)), table(row4(3))]);
    expect(r.groups).toEqual([[1, 2, 3]]);
    expect(features(r, 1)).toContain('table-merge.columns-off-by-one');
    // 3 → 2 → 3: the third has the table's own count
    const back = run([table(head3, row3(1)), table(row2(2)), table(row3(3))]);
    expect(back.groups).toEqual([[1, 2, 3]]);
    expect(features(back, 1)).toContain('table-merge.same-columns');
  });

  it('keeps tables apart whose counts differ by two or more', () => {
    const five = tr(['a', 'b', 'c', 'd', 'e']);
    const r = run([table(head3, row3(1)), table(five, five)]);
    expect(r.groups).toEqual([]);
    expect(features(r, 0)).toContain('table-merge.columns-differ');
  });
});

describe('a header row repeated with its cells drawn differently', () => {
  const head2 = tr(['Term', 'Description'], 'th');
  const body2 = (t: string) => tr([t, `What ${t} means, in one sentence.`]);

  it('reads the same words in one cell more or fewer as the same row', () => {
    expect(sameRowRedrawn(['Term', 'Description'], ['Term Description'])).toBe(true);
    expect(sameRowRedrawn(['Cost level', 'Description', 'Option'], ['Cost level Description', 'Option'])).toBe(true);
    expect(sameRowRedrawn(['Term', 'Description'], ['Term Definition'])).toBe(false);
    expect(sameRowRedrawn(['Note'], ['Note', ''])).toBe(false);
  });

  it('joins a continuation opening with its header drawn as one cell, and drops that header once', () => {
    const r = run([table(head2, body2('alpha'), body2('beta')), table(tr(['Term Description']), body2('gamma'))]);
    expect(r.groups).toEqual([[1, 2]]);
    expect(features(r, 0)).toContain('table-merge.repeated-header');
    expect(features(r, 0)).not.toContain('table-merge.box-and-table');
    const merged = r.html.get(1) ?? '';
    expect(merged.match(/Term/g)).toHaveLength(1);
    expect(merged).toContain('gamma');
  });

  it('still reads a one-column box with a short title after a table as a box', () => {
    const box = table(tr(['Debian Policy']), tr(['The policy says what every package must do.']));
    const r = run([table(head2, body2('alpha')), box]);
    expect(r.groups).toEqual([]);
    expect(features(r, 0)).toContain('table-merge.box-and-table');
  });
});

describe('a row cut by the break in its first cell', () => {
  const head = tr(['Setting', 'Values', 'Default'], 'th');
  const full = tr(['Sets the value number 3 of', 'on, off', 'off']);

  it('joins the cut cell back when the rest opens in lower case and the cell above ends mid-sentence', () => {
    const r = run([table(head, row3(1), full), table(head, tr(['the run for every package built', '', '']), row3(4))]);
    expect(r.groups).toEqual([[1, 2]]);
    const merged = r.html.get(1) ?? '';
    expect(merged).toContain('Sets the value number 3 of the run for every package built');
    expect(merged.match(/<tr>/g)).toHaveLength(4); // header, 1, the joined row, 4
  });

  it('keeps a new entry whose other cells are empty as a row of its own', () => {
    const r = run([table(head, row3(1), full), table(head, tr(['Group B', '', '']), row3(4))]);
    expect(r.groups).toEqual([[1, 2]]);
    expect((r.html.get(1) ?? '').match(/<tr>/g)).toHaveLength(5);
  });
});
