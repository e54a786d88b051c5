// The PDF's fonts as evidence for heading levels (`headings.pdf-font-of-numbered`), on a real document of
// the LaTeX corpus (test/fixtures/pdf/corpus-ieeetran-en.pdf, a train-split IEEEtran paper, with its
// Unstructured elements.json; see the fixtures' README). IEEEtran sets its sections ("I. DEBDIFF", small
// capitals) and its subsections ("A. uscan", italic) both at the body size, so with the PDF's exact sizes
// an unnumbered subsection ("gbp import-dscs –debsnap", `\subsection*`) falls in the sections' size class and
// was read as a section. Its PDF font (NimbusRomNo9L-ReguItal at 9.96 pt) is that of the lettered
// subsections alone. Expected levels are the corpus gold's (unstructured/gold.structure.json).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stitch } from '../../src/stitch.js';

const dir = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
const input = `${dir}corpus-ieeetran-en.unstructured.json`;
const pdf = `${dir}corpus-ieeetran-en.pdf`;

type Result = Awaited<ReturnType<typeof stitch>>;
function levelOf(r: Result, text: string): number | undefined {
  const el = r.document.elements.find((e) => e.text.startsWith(text));
  return r.structure.headings.find((h) => h.ref === el?.ref)?.level;
}

const GOLD: [string, number][] = [
  ['VI. GIT-BUILDPACKAGE', 2],
  ['gbp import-dscs', 3],
  ['VII. DGIT', 2],
  ['Snapshot upstream tarball', 3],
  ['X. NEW UPSTREAM RELEASE', 2],
  ['uupdate + tarball', 3],
  ['A. uscan', 3],
];

describe('an unnumbered heading in the PDF font of one numbered kind', () => {
  it('is one of that kind (IEEEtran subsections at the body size)', async () => {
    const r = await stitch(input, { pdf });
    for (const [text, level] of GOLD) expect([text, levelOf(r, text)]).toEqual([text, level]);
    const gbp = r.document.elements.find((e) => e.text.startsWith('gbp import-dscs'));
    // the font's name says italic ("-ReguItal")
    expect(gbp?.hints?.pdf?.italic).toBe(true);
    const d = r.decisions.find((x) => x.stage === 'headings' && x.place.refs?.[0] === gbp?.ref && 'level' in x);
    expect(d?.features?.map((f) => f.id)).toContain('headings.pdf-font-of-numbered');
  }, 120_000);

  it('is read as a top section by its size class alone when the feature is off', async () => {
    // The case habit (`mixed-below-caps`: capital sections, mixed-case subsections) is off too, and the numbering
    // running on around it (`inside-numbering`, "VI." · it · "A."), so the size class alone decides.
    const off = { 'pdf-font-of-numbered': 0, 'mixed-below-caps': 0, 'inside-numbering': 0 };
    const engine = { weights: { headings: off } };
    const r = await stitch(input, { pdf, engine });
    expect(levelOf(r, 'gbp import-dscs')).toBe(2);
  }, 120_000);
});

describe('an unnumbered section in small capitals drawn as smaller capitals', () => {
  // IEEEtran's `\section*{dput}` is "DPUT" in capitals at 7.97 pt, the body and "I. DEBDIFF"'s first capital at
  // 9.96 pt: read at the glyphs' size it stood below the sections (level 3); its type is the body's size.
  it('is one of the sections (the gold levels)', async () => {
    const r = await stitch(input, { pdf });
    const dput = r.document.elements.find((e) => e.text === 'DPUT');
    expect(dput?.hints?.pdf?.fontSize).toBeLessThan(9);
    expect(levelOf(r, 'DPUT')).toBe(2);
    expect(levelOf(r, 'BTS')).toBe(2);
    expect(levelOf(r, 'V. DEBSIGN')).toBe(2);
  }, 120_000);
});
