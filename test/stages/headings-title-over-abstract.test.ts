// The document title over a run-in abstract (src/stages/headings/abstract-below.ts, `title-over-abstract-text`).
// Hand-made, after a fresh amsart paper as MinerU's content list gives it (session 20, head6): the title "PACKAGE
// META-INFORMATION" and the sections set in the same size of capitals, every heading at text_level 1, the authors and
// "Abstract. RFC 2026 defines …" under the title; no title was found and every section stood at level 1.
import { describe, expect, it } from 'vitest';
import { col, makeDoc } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const BODY = 'The Debian package is not only an archive of files intended for installation, it holds metadata too.';
const head = (text: string, y: number) => ({ page: 0, type: 'title' as const, text, bbox: col(y, y + 0.017) });

function paper(abstract: string) {
  const specs = [
    { ...head('PACKAGE META-INFORMATION', 0.176), page: 1 },
    { page: 1, type: 'text' as const, text: 'LUCAS OKAFOR AND ELIF DEMIR', bbox: col(0.214, 0.227) },
    { page: 1, type: 'text' as const, text: abstract, bbox: col(0.248, 0.318) },
    { page: 1, type: 'text' as const, text: BODY, bbox: col(0.349, 0.48) },
    { ...head('1. Description: the control File', 0.499), page: 1 },
    { page: 1, type: 'text' as const, text: BODY, bbox: col(0.524, 0.573) },
    { ...head('Configuration Scripts', 0.816), page: 2 },
    { page: 2, type: 'text' as const, text: BODY, bbox: col(0.84, 0.88) },
    { ...head('Acknowledgments', 0.138), page: 3 },
    { page: 3, type: 'text' as const, text: BODY, bbox: col(0.16, 0.19) },
    { ...head('References', 0.208), page: 3 },
    {
      page: 3,
      type: 'text' as const,
      text: '[1] Sam O. Kessler, “Manual Pages,” J. of Systems and Software, 2020.',
      bbox: col(0.23, 0.25),
    },
  ].map((s) => ({ ...s, hints: s.type === 'title' ? { level: 1 } : undefined }));
  return makeDoc(specs);
}

function levels(abstract: string, weights: Record<string, number> = {}) {
  const doc = paper(abstract);
  const r = headingsOf(doc, { weights: { headings: weights } });
  const at = (t: string) => doc.elements.findIndex((e) => e.text === t);
  const features = (t: string) => r.decisions.find((x) => x.ids[0] === at(t))?.features?.map((f) => f.id) ?? [];
  return { level: (t: string) => r.levels.get(at(t)), features };
}

const ABSTRACT = 'Abstract. RFC 2026 defines the process for standardization of Internet protocols and their files.';

describe('the first heading above the abstract’s paragraph', () => {
  it('is the document title, the sections under it', () => {
    const { level, features } = levels(ABSTRACT);
    expect(level('PACKAGE META-INFORMATION')).toBe(1);
    expect(features('PACKAGE META-INFORMATION')).toContain('headings.title-over-abstract-text');
    expect(level('1. Description: the control File')).toBe(2);
    expect(level('Configuration Scripts')).toBe(2);
    expect(level('References')).toBe(2);
  });

  it('a paragraph that only mentions an abstract tells nothing', () => {
    const { level } = levels('Abstracts of the packages are kept in the archive’s index files, one per release.');
    expect(level('PACKAGE META-INFORMATION')).toBe(level('1. Description: the control File'));
  });

  it('off (weight 0), the title stands level with the sections', () => {
    const { level } = levels(ABSTRACT, { 'title-over-abstract-text': 0 });
    expect(level('PACKAGE META-INFORMATION')).toBe(level('1. Description: the control File'));
  });
});
