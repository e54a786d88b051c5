// Numbered captions without boxes that no float near them took: their page places them
// (src/stages/captions/page-fallback.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import { resolveEngineOptions } from '../../src/options.js';
import { toDocument } from '../../src/pipeline.js';
import { linkCaptions } from '../../src/stages/captions.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function links(specs: Spec[]) {
  const doc = makeDoc(specs);
  const i = { ...input(doc), options: resolveEngineOptions({}) };
  return linkCaptions(i, detectFurniture(i)).links.map((l) => [l.caption, l.target]);
}

const table = '<table><tr><td>Term</td><td>Description</td></tr></table>';

describe('captions a parser printed in each other’s places, placed by their page (issue #15)', () => {
  // The gold as the writer gives it since a row's pictures are written left to right: "Figure 2" names the left one.
  it('links "Table 1" after the pictures to the table and "Figure 2" before the table to the figure (Unstructured)', () => {
    const dir = fileURLToPath(
      new URL('../corpus-train/latex-elsarticle-debmake-en-ch06/unstructured/', import.meta.url),
    );
    const doc = toDocument(loadInput(`${dir}elements.json`), {});
    const i = { ...input(doc), options: resolveEngineOptions({}) };
    const result = linkCaptions(i, detectFurniture(i));
    const got = result.links.map((l) => `${doc.elements[l.caption].ref}->${doc.elements[l.target].ref}`);
    const gold = JSON.parse(readFileSync(`${dir}gold.structure.json`, 'utf8')).captions as Array<{
      caption: string;
      target: string;
    }>;
    for (const pair of ['/55->/62', '/61->/51']) {
      expect(gold.map((c) => `${c.caption}->${c.target}`)).toContain(pair);
      expect(got).toContain(pair);
    }
    expect(result.decisions.filter((d) => d.ruleId === 'captions.page-fallback').length).toBe(2);
  });

  it('leaves a caption unlinked when two uncaptioned tables stand apart on its page', () => {
    const specs: Spec[] = [
      { page: 1, type: 'table', html: table },
      { page: 1, type: 'text', text: 'Body text between the two tables, long enough to be a paragraph.' },
      { page: 1, type: 'table', html: table },
      { page: 1, type: 'text', text: 'More body text after the second table, long enough to be a paragraph.' },
      { page: 1, type: 'text', text: 'Yet another paragraph of body text, long enough to be a paragraph.' },
      { page: 1, type: 'text', text: 'And one more paragraph of body text, long enough to be a paragraph.' },
      { page: 1, type: 'text', text: 'The last paragraph of body text, long enough to be a paragraph here.' },
      { page: 1, type: 'table_caption', text: 'Table 3: A caption far from both tables' },
    ];
    expect(links(specs)).toEqual([]);
    // One uncaptioned table on the page: the caption goes to it.
    expect(links(specs.filter((_, k) => k !== 2))).toEqual([[6, 0]]);
  });
});
