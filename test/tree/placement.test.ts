// The accounting without the tree (`assemblePlacement`, what a structure-only run reads) must be the tree's own: the
// same dropped list and the same number of distinct refs placed as `assemble` and `placedRefs` give, on every
// committed corpus input and on the parser fixtures; and a result's accounting, dropped list and warnings must not
// depend on whether its tree was built first.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PipelineResult, stitchSync } from '../../src/pipeline.js';
import type { StageResults } from '../../src/stages/types.js';
import { assemble, assemblePlacement } from '../../src/tree/assemble.js';
import { placedRefs } from '../../src/tree/provenance.js';
import { makeDoc } from '../helpers/doc.js';

function inputs(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) inputs(path, out);
    else if (name.endsWith('content_list.json') || name === 'pages.json') out.push(path);
  }
  return out;
}

const FILES = [...inputs('corpus'), ...inputs('corpus-latex').slice(0, 20), ...inputs('test/fixtures/mineru')];

function assembleInput(result: PipelineResult) {
  const doc = result.document;
  return {
    source: doc.source,
    format: doc.format,
    pageCount: doc.pages.length,
    elements: doc.elements,
    ...result.stages,
  };
}

describe('assemblePlacement', () => {
  it('drops and places what assemble does', () => {
    let dropped = 0;
    for (const file of FILES) {
      const input = assembleInput(stitchSync(file));
      const assembled = assemble(input);
      expect(assemblePlacement(input), file).toEqual({
        dropped: assembled.dropped,
        placed: new Set(placedRefs(assembled.tree)).size,
      });
      dropped += assembled.dropped.length;
    }
    expect(FILES.length).toBeGreaterThan(40);
    expect(dropped).toBeGreaterThan(100);
  });

  it('gives a result the same accounting whether or not its tree was built first', () => {
    for (const file of FILES.slice(0, 12)) {
      const counted = stitchSync(file);
      const built = stitchSync(file);
      expect(built.tree.children.length).toBeGreaterThan(0);
      expect(counted.accounting).toEqual(built.accounting);
      expect(counted.dropped).toEqual(built.dropped);
      expect(counted.warnings).toEqual(built.warnings);
      expect(counted.accounting.placed + counted.accounting.dropped).toBe(counted.accounting.read);
    }
  });

  it('counts the floats the corpora rarely hold: captioned equations and code, grouped floats, empty ones', () => {
    // hand-made: every float kind with and without captions, inside and outside merge groups, and empty ones
    const doc = makeDoc([
      { page: 1, type: 'equation', text: 'E = mc^2' }, // 0, captioned by 1
      { page: 1, type: 'image_caption', text: 'Equation 1' }, // 1
      { page: 1, type: 'equation', text: '  ' }, // 2: empty, captioned by 3
      { page: 1, type: 'table_caption', text: 'Eq. 2' }, // 3
      { page: 1, type: 'equation', text: ' ' }, // 4: empty, no caption
      { page: 1, type: 'code', text: 'make all\n' }, // 5: grouped with 6, captioned by 7
      { page: 2, type: 'code', text: 'make install' }, // 6: captioned by 8 (a member's caption)
      { page: 2, type: 'image_caption', text: 'Listing 1' }, // 7
      { page: 2, type: 'image_caption', text: 'Listing 1 (cont.)' }, // 8
      { page: 2, type: 'code', text: '\n' }, // 9: empty
      { page: 2, type: 'image', text: '' }, // 10: grouped with 11, captioned by 12
      { page: 2, type: 'image', text: 'b' }, // 11: captioned by 13
      { page: 2, type: 'image_caption', text: 'Figure 1' }, // 12
      { page: 2, type: 'image_caption', text: 'Figure 1b' }, // 13
      { page: 2, type: 'table', html: '<table><tr><td>a</td></tr></table>' }, // 14: grouped with 15
      { page: 3, type: 'table', html: '<table><tr><td>b</td></tr></table>' }, // 15: captioned by 16
      { page: 3, type: 'table_caption', text: 'Table 1' }, // 16
      { page: 3, type: 'table_caption', text: ' ' }, // 17: an empty caption linked to 14: dropped as empty
      { page: 3, type: 'list_item', text: '• one' }, // 18
      { page: 3, type: 'text', text: 'A paragraph.' }, // 19
      { page: 3, type: 'text', text: '  ' }, // 20: a merged group of blanks only (with 21): dropped
      { page: 3, type: 'text', text: '\n' }, // 21
      { page: 3, type: 'text', text: ' ' }, // 22: a blank merged with a hyphen's text (23): placed
      { page: 3, type: 'text', text: '-' }, // 23
      { page: 3, type: 'list_item', text: '\u00a0\u3000' }, // 24: blanks trim removes: dropped
    ]);
    const link = (caption: number, target: number) => ({ caption, target, nested: false });
    const stages: StageResults = {
      furniture: { kinds: new Map(), decisions: [] },
      textMerges: {
        groups: [
          [5, 6],
          [10, 11],
          [20, 21],
          [22, 23],
        ],
        decisions: [],
      },
      tableMerges: { groups: [[14, 15]], html: new Map(), decisions: [] },
      headings: { levels: new Map(), demoted: new Set(), decisions: [] },
      captions: {
        links: [link(1, 0), link(3, 2), link(7, 5), link(8, 6), link(12, 10), link(13, 11), link(16, 15), link(17, 14)],
        decisions: [],
      },
      references: { links: [], decisions: [] },
    };
    const input = { source: 'hand-made', format: 'test', pageCount: 3, elements: doc.elements, ...stages };
    const assembled = assemble(input);
    const placed = new Set(placedRefs(assembled.tree));
    expect(assemblePlacement(input)).toEqual({ dropped: assembled.dropped, placed: placed.size });
    // the captions a float does not take with it (a grouped image's or code's later member's) are never placed
    expect(placed.has('/8')).toBe(false);
    expect(placed.has('/13')).toBe(false);
    // an empty merged pair drops both fragments, each named (/20 and /21)
    expect(assembled.dropped.map((d) => d.place.refs?.[0])).toEqual(['/4', '/9', '/17', '/20', '/21', '/24']);
    expect(placed.has('/22') && placed.has('/23')).toBe(true);
  });
});
