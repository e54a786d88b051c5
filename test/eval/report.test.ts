// Structure files here are written by the tests themselves (hand-made, tiny).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregate, evaluate } from '../../src/eval/metrics.js';
import { evaluatePaths, formatTable, issuePointer, readStructureFile } from '../../src/eval/report.js';
import { DocstitchError } from '../../src/model/errors.js';
import { emptyStructure, type Structure } from '../../src/model/structure.js';

const root = mkdtempSync(join(tmpdir(), 'docstitch-eval-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, content: unknown): string {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function caught(fn: () => unknown): DocstitchError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DocstitchError) return err;
    throw err;
  }
  throw new Error('expected a DocstitchError');
}

const withHeadings = (...refs: string[]): Structure => ({
  ...emptyStructure(),
  headings: refs.map((ref) => ({ ref, level: 1 })),
});

describe('readStructureFile', () => {
  it('reads a valid file', () => {
    const s = withHeadings('/1');
    expect(readStructureFile(write('ok/structure.json', s))).toEqual(s);
  });

  it('reports a missing file as io', () => {
    expect(caught(() => readStructureFile(join(root, 'nope.json'))).kind).toBe('io');
  });

  it('reports non-JSON as json, naming the file', () => {
    const path = write('bad.json', '{"version": 1,');
    const err = caught(() => readStructureFile(path));
    expect(err.kind).toBe('json');
    expect(err.file).toBe(path);
    expect(err.exitCode).toBe(4);
  });

  it('reports a schema error with the pointer of the offending field', () => {
    const path = write('schema.json', {
      ...emptyStructure(),
      headings: [
        { ref: '/1', level: 1 },
        { ref: '/2', level: 'two' },
      ],
    });
    const err = caught(() => readStructureFile(path));
    expect(err.kind).toBe('schema');
    expect(err.pointer).toBe('/headings/1/level');
    expect(err.toLine()).toContain(`${path}#/headings/1/level: `);
  });

  it('points at a missing or wrong version, and at a one-element merge group', () => {
    const { version: _, ...noVersion } = emptyStructure();
    expect(caught(() => readStructureFile(write('nov.json', noVersion))).pointer).toBe('/version');
    const short = { ...emptyStructure(), paragraphMerges: [['/1', '/2'], ['/3']] };
    expect(caught(() => readStructureFile(write('short.json', short))).pointer).toBe('/paragraphMerges/1');
  });

  it('escapes pointer tokens', () => {
    expect(issuePointer(['a/b', 0, 'c~d'])).toBe('/a~1b/0/c~0d');
    expect(issuePointer([])).toBe('');
  });
});

describe('evaluatePaths', () => {
  it('scores two files as one document', () => {
    const gold = write('files/gold.structure.json', withHeadings('/1', '/2'));
    const pred = write('files/pred.structure.json', withHeadings('/1'));
    const result = evaluatePaths(gold, pred);
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0].id).toBe('gold.structure.json');
    expect(result.documents[0].scores.headings).toMatchObject({ tp: 1, fn: 1, fp: 0 });
    expect(result.corpus.documents).toBe(1);
  });

  it('pairs two folders by relative path, ignoring files that are not structure files', () => {
    write('g1/doc1/structure.json', withHeadings('/1'));
    write('g1/doc2.structure.json', withHeadings('/2'));
    write('g1/doc1/input.json', { not: 'a structure file' });
    write('p1/doc1/structure.json', withHeadings('/1'));
    write('p1/doc2.structure.json', withHeadings('/3'));
    const result = evaluatePaths(join(root, 'g1'), join(root, 'p1'));
    expect(result.documents.map((d) => [d.id, d.scores.headings.f1])).toEqual([
      ['doc1/structure.json', 1],
      ['doc2.structure.json', 0],
    ]);
    expect(result.corpus.headings.macro).toMatchObject({ f1: 0.5, documents: 2 });
    // Plain data: the CLI can write it with JSON.stringify.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('lists every unpaired file', () => {
    write('g2/a.structure.json', withHeadings('/1'));
    write('g2/b.structure.json', withHeadings('/1'));
    write('p2/a.structure.json', withHeadings('/1'));
    write('p2/c/structure.json', withHeadings('/1'));
    const err = caught(() => evaluatePaths(join(root, 'g2'), join(root, 'p2')));
    expect(err.kind).toBe('io');
    expect(err.message).toContain('b.structure.json');
    expect(err.message).toContain('c/structure.json');
    expect(err.message).not.toContain('a.structure.json');
  });

  it('rejects a file with a folder, empty folders and missing paths', () => {
    const file = write('lone.structure.json', withHeadings('/1'));
    mkdirSync(join(root, 'empty1'));
    mkdirSync(join(root, 'empty2'));
    expect(caught(() => evaluatePaths(file, join(root, 'g1'))).kind).toBe('usage');
    expect(caught(() => evaluatePaths(join(root, 'empty1'), join(root, 'empty2'))).kind).toBe('io');
    expect(caught(() => evaluatePaths(join(root, 'missing'), file)).kind).toBe('io');
  });

  it('passes schema errors through with the file that has them', () => {
    write('g3/x.structure.json', withHeadings('/1'));
    const bad = write('p3/x.structure.json', { version: 2 });
    const err = caught(() => evaluatePaths(join(root, 'g3'), join(root, 'p3')));
    expect(err.kind).toBe('schema');
    expect(err.file).toBe(bad);
  });
});

describe('formatTable', () => {
  const gold: Structure = {
    ...emptyStructure(),
    headings: [
      { ref: '/1', level: 1 },
      { ref: '/2', level: 2 },
    ],
    furniture: ['/0'],
  };
  const identity = aggregate([{ id: 'd', scores: evaluate(gold, emptyStructure()) }]);
  const docstitch = aggregate([{ id: 'd', scores: evaluate(gold, gold) }]);

  it('prints one aligned row per system, n/a where nothing was scored', () => {
    const table = formatTable([
      { system: 'identity', scores: identity },
      { system: 'docstitch', scores: docstitch },
    ]);
    expect(table).toBe(
      [
        'macro averages, 1 document',
        'system      TEDS  heading F1  level acc  para-merge F1  table-merge F1  caption F1  furniture F1',
        '---------  -----  ----------  ---------  -------------  --------------  ----------  ------------',
        'identity   0.000       0.000        n/a            n/a             n/a         n/a         0.000',
        'docstitch  1.000       1.000      1.000            n/a             n/a         n/a         1.000',
        '',
      ].join('\n'),
    );
  });

  it('can show micro averages', () => {
    const table = formatTable([{ system: 'docstitch', scores: docstitch }], { average: 'micro' });
    expect(table.split('\n')[0]).toBe('micro averages, 1 document');
    expect(table.split('\n')[3]).toContain('1.000');
  });
});
