// The PDF's fonts against false titles (headings.demoted-pdf-body-size): the MinerU content_list of
// manual.pdf (test/fixtures/pdf, our own data) with one body paragraph promoted to a title, as parsers
// sometimes do ("Exit codes are listed here …", 10 pt regular in the PDF, like the body). With the PDF
// it is demoted; without it nothing tells it from a heading. The real headings (bold 12 pt) stay.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stitch } from '../../src/stitch.js';

const dir = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));

function promoted(): string {
  const entries = JSON.parse(readFileSync(`${dir}manual_content_list.json`, 'utf8')) as Record<string, unknown>[];
  const target = entries.find((e) => String(e.text ?? '').startsWith('Exit codes are listed'));
  if (!target) throw new Error('fixture changed');
  target.text_level = 1;
  const out = join(mkdtempSync(join(tmpdir(), 'docstitch-pdf-style-')), 'manual_content_list.json');
  writeFileSync(out, JSON.stringify(entries));
  return out;
}

describe('a false title set like the body text in the PDF', () => {
  it('is demoted with the PDF, and a heading without it', async () => {
    const input = promoted();
    const headingTexts = (r: Awaited<ReturnType<typeof stitch>>) =>
      r.structure.headings.map((h) => r.document.elements.find((e) => e.ref === h.ref)?.text);
    const without = await stitch(input);
    expect(headingTexts(without).some((t) => t?.startsWith('Exit codes are listed'))).toBe(true);
    // off by default (docs/pdf.md): turned on here with --weights' object form
    const engine = { weights: { headings: { 'demoted-pdf-body-size': 1.2 } } };
    const withPdf = await stitch(input, { pdf: `${dir}manual.pdf`, engine });
    const offByDefault = await stitch(input, { pdf: `${dir}manual.pdf` });
    expect(headingTexts(offByDefault).some((t) => t?.startsWith('Exit codes are listed'))).toBe(true);
    const texts = headingTexts(withPdf);
    expect(texts.some((t) => t?.startsWith('Exit codes are listed'))).toBe(false);
    expect(texts).toEqual(expect.arrayContaining(['Getting started', 'Installing', 'Configuring', 'Reference']));
    const d = withPdf.decisions.find((x) => x.ruleId === 'headings.pdf-body-size');
    expect(d?.accepted).toBe(false);
    expect(d?.features?.map((f) => f.id)).toContain('headings.demoted-pdf-body-size');
    expect(d?.reason).toContain('10 pt');
  });
});

describe('a caption whose label is set in bold', () => {
  it('is read as a bold opening and weighs for the caption link', async () => {
    const { readPdf } = await import('../../src/pdf/read.js');
    const data = await readPdf(`${dir}caption.pdf`);
    const [citing, , caption] = data.pages[0].lines;
    expect(caption).toMatchObject({ text: 'Figure 1. A grey square drawn as an image.', boldLead: 'Figure 1.' });
    expect(citing.boldLead).toBeUndefined();
    const r = await stitch(`${dir}caption.pdf`, { engine: { weights: { captions: { 'pdf-bold-label': 0.5 } } } });
    const el = r.document.elements.find((e) => e.text.startsWith('Figure 1.'));
    expect(el?.hints?.pdf?.boldLead).toBe('Figure 1.');
    const d = r.decisions.find((x) => x.stage === 'captions' && x.ids.includes(el!.id));
    const feature = d?.features?.find((f) => f.id === 'captions.pdf-bold-label');
    expect(feature?.contribution).toBeGreaterThan(0);
    // the paragraph that cites "Figure 1" is not a caption
    expect(r.structure.captions.map((c) => c.caption)).toEqual([el?.ref]);
  });
});
