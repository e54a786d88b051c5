// Outline entries matched to the headers a parser made of a page's opening title (src/pdf/outline.ts), on real
// documents of the Office corpus (train) with their PDFs (see the fixtures' README). Without these, the outline
// gave depths to some headings of a level and not to others, and with --pdf the ones it named fell a level below
// their siblings (heading TEDS 1.000 -> 0.500 and 0.892 with --pdf, the gold levels being those without).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stitch } from '../../src/stitch.js';

const dir = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
type Result = Awaited<ReturnType<typeof stitch>>;
const levelOf = (r: Result, ref: string) => r.structure.headings.find((h) => h.ref === ref)?.level;
const hintOf = (r: Result, ref: string) => r.document.elements.find((e) => e.ref === ref)?.hints?.outlineLevel;

describe('a blank header opening the page the outline names', () => {
  // Marker empties the text of the blocks it labels PageHeader: "8.1. Simple Makefile" and "8.3. …" open their
  // pages as blank headers, taken for top sections (blank-opener.ts); "8.2." is a title the outline matches.
  // Gold (office-report-debmake-en-ch08/marker): the three at level 2 under the chapter.
  const run = (pdf: boolean) =>
    stitch(`${dir}corpus-office-report-en.marker.json`, pdf ? { pdf: `${dir}corpus-office-report-en.pdf` } : {});
  const sections = ['/children/2/children/1', '/children/5/children/1', '/children/12/children/1'];

  it('takes the depth of the first entry naming its page, and the three are siblings', async () => {
    const r = await run(true);
    expect(sections.map((ref) => hintOf(r, ref))).toEqual([2, 2, 2]);
    expect(sections.map((ref) => levelOf(r, ref))).toEqual([2, 2, 2]);
    expect(r.warnings.some((w) => w.ruleId === 'pdf.outline-unmatched')).toBe(false);
  }, 120_000);

  it('as without the PDF', async () => {
    const r = await run(false);
    expect(sections.map((ref) => levelOf(r, ref))).toEqual([2, 2, 2]);
  }, 120_000);
});

describe('a header the parser folded a title into after the running head', () => {
  // Mistral OCR's page header "Guide for Debian Maintainers\n\nChapter V 2.5. Debian documentation" (the
  // headings stage reads the folded line as a section banner): the outline's "2.5. Debian documentation" names
  // it, at the depth of "2.4." and "2.6." (gold, office-legal-debmake-en-ch02/mistral: level 2).
  it('is matched by its folded line', async () => {
    const r = await stitch(`${dir}corpus-office-legal-en.mistral.json`, { pdf: `${dir}corpus-office-legal-en.pdf` });
    expect(hintOf(r, '/pages/2/header')).toBe(2);
    expect(levelOf(r, '/pages/2/header')).toBe(2);
  }, 120_000);
});

describe('a text element of an outline entry’s very text', () => {
  // Unstructured types the banner "01 2.1. People around Debian" as NarrativeText (office-report-debmake-en-ch02,
  // train); the outline's "2.1. People around Debian" (depth 2, its page) names it: a heading, ranked by the outline
  // (gold: /6 at level 2, beside "02 2.2. …" at level 2).
  it('is promoted, at the entry’s depth (promoted-outline-text)', async () => {
    const r = await stitch(`${dir}corpus-office-report-ch02-en.unstructured.json`, {
      pdf: `${dir}corpus-office-report-ch02-en.pdf`,
    });
    expect(hintOf(r, '/6')).toBe(2);
    expect(levelOf(r, '/6')).toBe(2);
    const d = r.decisions.find((x) => x.stage === 'headings' && x.place.refs?.[0] === '/6');
    expect(d?.features?.map((f) => f.id)).toContain('headings.promoted-outline-text');
  }, 120_000);

  it('without the PDF it stays text', async () => {
    const r = await stitch(`${dir}corpus-office-report-ch02-en.unstructured.json`);
    expect(levelOf(r, '/6')).toBeUndefined();
  }, 120_000);
});

describe('a first heading the outline sets at the depth of the headings after it', () => {
  // A man page (test/fixtures/pdf/manpage.pdf, hand-made, scripts/pdf/make-manpage-fixture.ts; PaddleOCR-style
  // res.json): "Name", "Synopsis", "Description", "Command-line actions" are all depth 1 in the outline. "Name"
  // alone on its page looks like a cover title with the rest under it (level 2); the outline: all four at level 1.
  it('is no document title: all four are siblings', async () => {
    const r = await stitch(`${dir}manpage.paddle.json`, { pdf: `${dir}manpage.pdf` });
    const refs = ['/0/parsing_res_list/0', '/1/parsing_res_list/3', '/1/parsing_res_list/5', '/2/parsing_res_list/2'];
    expect(refs.map((ref) => levelOf(r, ref))).toEqual([1, 1, 1, 1]);
  }, 120_000);
});

describe('a header the outline names, repeated as the running head', () => {
  // Mistral OCR gives the man page's title "Name" (28 pt bold on page 1) as the page header, as it gives the
  // running head "Name" (8 pt) on every later page (manpage.mistral.json, hand-made like manpage.pdf): the
  // furniture stage took all four for a running head. The outline's "Name" (depth 1, page 1) names the first.
  const run = (pdf: boolean) => stitch(`${dir}manpage.mistral.json`, pdf ? { pdf: `${dir}manpage.pdf` } : {});
  it('is a heading, not furniture (furniture.outline-heading); the other pages’ heads stay furniture', async () => {
    const r = await run(true);
    expect(levelOf(r, '/pages/0/header')).toBe(1);
    expect(r.structure.furniture).not.toContain('/pages/0/header');
    expect(r.structure.furniture).toContain('/pages/1/header');
  }, 120_000);
  it('without the PDF it is furniture', async () => {
    const r = await run(false);
    expect(r.structure.furniture).toContain('/pages/0/header');
  }, 120_000);
});
