// The PDF's real font sizes against the body-size demotion (src/stages/headings/pdf-size.ts), on a train document of
// the full LaTeX corpus (test/corpus-train/latex-article-debmake-en-ch07, MinerU content_list, with its PDF).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readStructureFile } from '../../src/eval/report.js';
import { stitch } from '../../src/stitch.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.join(ROOT, 'test/corpus-train/latex-article-debmake-en-ch07/mineru');
const pdf = path.join(ROOT, 'test/fixtures/pdf/corpus-article-en.pdf');

describe('a bold title set larger than the body text in the PDF', () => {
  // The unnumbered \subsection* "uupdate + tarball" (LMRoman12-Bold 11.96 pt, the body LMRoman10 10.91 pt): with the
  // PDF's size filled in on the parser's box scale it came within the size tolerance of the body line and was
  // demoted as "no larger than the body text". Gold: level 3 (as without the PDF).
  it('is not demoted as body-size; it stays at level 3', async () => {
    const gold = readStructureFile(path.join(dir, 'gold.structure.json'));
    const r = await stitch(path.join(dir, 'content_list.json'), { pdf });
    const el = r.document.elements.find((e) => e.text.trim() === 'uupdate + tarball');
    expect(gold.headings.find((h) => h.ref === el?.ref)?.level).toBe(3);
    expect(r.structure.headings.find((h) => h.ref === el?.ref)?.level).toBe(3);
  }, 120_000);
});
