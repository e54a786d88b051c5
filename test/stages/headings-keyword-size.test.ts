// The size of a kind of heading (src/stages/headings/levels.ts, firstOfKey) is that of its own headings, not of a
// keyword heading ("Abstract") that joins the top sections' key; on a train document of the full LaTeX corpus
// (test/corpus-train/), checked against its gold.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readStructureFile } from '../../src/eval/report.js';
import { loadInput } from '../../src/io/load.js';
import { stitchSync } from '../../src/pipeline.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('a keyword heading in the top sections’ key', () => {
  // A LaTeX report (PaddleOCR): "Abstract" (a keyword, set small) comes before "Chapter 1" and takes the chapters'
  // key. Its size stood for the chapters', so the \section "Python module", larger than "Abstract", was read as
  // no section of "Chapter 1" but its sibling. Gold: "Python module" at level 3 under the chapter at level 2.
  it('does not set the size of that key: the section stays under its chapter', () => {
    const dir = path.join(ROOT, 'test/corpus-train/latex-report-debmake-en-ch06/paddle');
    const result = stitchSync(loadInput(path.join(dir, 'res.json')));
    const gold = readStructureFile(path.join(dir, 'gold.structure.json'));
    const el = result.document.elements.find((e) => e.text.trim() === 'Python module');
    const level = (ref: string | undefined, s: { headings: { ref: string; level: number }[] }) =>
      s.headings.find((h) => h.ref === ref)?.level;
    expect(level(el?.ref, gold)).toBe(3);
    expect(level(el?.ref, result.structure)).toBe(3);
  });
});
