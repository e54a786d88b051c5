// A line in the PDF font of one numbered kind of heading (session 26, pdf-numbered-font.ts): hand-made pages modelled
// on the bookmarked LaTeX sets' llncs and revtex × PaddleOCR cases (starred headings carry no bookmark).
import { describe, expect, it } from 'vitest';
import type { Spec } from '../helpers/doc.js';
import { makeDoc } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const font = (fontSize: number, fontName: string, bold = true) => ({
  pdf: { textLayer: true, fontSize, bold, fontName, lineCount: 1, match: 1 },
});
const BODY =
  'The network interface is configured at boot by the ifupdown scripts, which read one file for all of them.';
const body = (page: number, y: number): Spec[] => [
  {
    page,
    type: 'text',
    text: `${BODY} (${page}, ${y})`,
    bbox: [0.22, y, 0.78, y + 0.04],
    hints: {
      pdf: { textLayer: true, fontSize: 9.96, bold: false, fontName: 'LMRoman10-Regular', lineCount: 3, match: 1 },
    },
  },
  {
    page,
    type: 'text',
    text: `See the manual page of each tool (${page}, ${y}).`,
    bbox: [0.22, y + 0.05, 0.5, y + 0.0626],
    hints: {
      pdf: { textLayer: true, fontSize: 9.96, bold: false, fontName: 'LMRoman10-Regular', lineCount: 1, match: 1 },
    },
  },
];
/** A heading line `type`d as given, of box height `h`, in `hints`, then body text under it. */
const head = (page: number, y: number, type: Spec['type'], text: string, h: number, hints: Spec['hints']): Spec[] => [
  { page, type, text, bbox: [0.22, y, 0.22 + text.length * 0.008, y + h], hints },
  ...body(page, y + h + 0.01),
];
const levelsOf = (specs: Spec[], weights: Record<string, number> = {}) => {
  const levels = headingsOf(makeDoc(specs, 3), { weights: { headings: weights } }).levels;
  return specs.flatMap((s, i) => (levels.has(i) ? [[s.text, levels.get(i)]] : []));
};

describe('an unnumbered title at the body size in the font of numbered subsections (llncs × dots.ocr)', () => {
  // llncs sets "4.1 Modems Supporting PPPOE" in LMRoman10-Bold at the 9.96 pt body size; the starred "Modems
  // Supporting PPTP" is in the same font, and was demoted as "no larger than the body text" (too few of the numbered
  // headings are at the body size for the body-size habit to keep it).
  const SECTION = font(11.96, 'LMRoman12-Bold');
  const SUB = font(9.96, 'LMRoman10-Bold');
  const specs: Spec[] = [
    ...head(1, 0.08, 'title', 'Configuring the Network', 0.03, font(14.35, 'LMRoman12-Bold')),
    ...head(1, 0.3, 'title', '1 Ethernet Interface', 0.0166, SECTION),
    ...head(1, 0.5, 'title', '2 Wireless Interface', 0.0166, SECTION),
    ...head(1, 0.7, 'title', '2.1 Installing the firmware', 0.0126, SUB),
    ...head(2, 0.1, 'title', '3 Connecting with PPP', 0.0166, SECTION),
    ...head(2, 0.3, 'title', '4 Connecting through an ADSL Modem', 0.0166, SECTION),
    ...head(2, 0.5, 'title', '4.1 Modems Supporting PPPOE', 0.0126, SUB),
    ...head(3, 0.1, 'title', 'Modems Supporting PPTP', 0.0126, SUB),
    ...head(3, 0.3, 'title', '4.2 Modems Supporting DHCP', 0.0126, SUB),
  ];
  it('is kept, a subsection', () => {
    expect(levelsOf(specs)).toContainEqual(['Modems Supporting PPTP', 3]);
  });
  it('is demoted without the PDF font rule (pdf-font-of-numbered off)', () => {
    expect(levelsOf(specs, { 'pdf-font-of-numbered': 0 }).map(([t]) => t)).not.toContain('Modems Supporting PPTP');
  });
  it('a description term in that font stays demoted', () => {
    const term = head(3, 0.5, 'title', 'filter(pattern)', 0.0126, SUB);
    expect(levelsOf([...specs, ...term]).map(([t]) => t)).not.toContain('filter(pattern)');
  });
});

describe('a line typed as text in the font of one numbered kind (revtex × PaddleOCR)', () => {
  // revtex sets "I. DEBDIFF" (capitals) and "A. Using a Preseed File" (mixed case) in one bold font; PaddleOCR typed
  // the starred section "DGIT" as text. Its capitals make it one of the sections, not of the subsections.
  const BOLD = font(9.96, 'LMRoman10-Bold');
  const specs = (dgit: Spec['hints'] | null = BOLD): Spec[] => [
    ...head(1, 0.08, 'title', 'Tools for Debian Packaging', 0.03, font(14.35, 'LMRoman12-Bold')),
    ...head(1, 0.3, 'title', 'I. DEBDIFF AND INTERDIFF', 0.0126, BOLD),
    ...head(1, 0.5, 'title', 'A. Comparing two versions', 0.0126, BOLD),
    ...head(2, 0.1, 'title', 'B. Comparing the sources', 0.0126, BOLD),
    ...head(2, 0.3, 'title', 'II. DEBC AND DEBI', 0.0126, BOLD),
    ...head(2, 0.5, 'title', 'A. Listing a package', 0.0126, BOLD),
    ...head(2, 0.7, 'text', 'DGIT', 0.0126, dgit ?? undefined),
    ...head(3, 0.1, 'title', 'III. USCAN', 0.0126, BOLD),
  ];
  it('is promoted, beside the sections', () => {
    const levels = levelsOf(specs());
    expect(levels).toContainEqual(['DGIT', levels.find(([t]) => t === 'III. USCAN')?.[1]]);
  });
  it('stays text without its PDF font, or with the rule off', () => {
    expect(levelsOf(specs(null)).map(([t]) => t)).not.toContain('DGIT');
    expect(levelsOf(specs(), { 'promoted-pdf-numbered-font': 0 }).map(([t]) => t)).not.toContain('DGIT');
  });
  it('a line opening in bold, going on in that font, is a run-in label: not taken', () => {
    const runIn = { pdf: { ...BOLD.pdf, boldLead: 'Remark 1.' } };
    expect(levelsOf(specs(runIn)).map(([t]) => t)).not.toContain('DGIT');
  });
  it('a line in the body text font is not taken, nor one badly aligned', () => {
    const plain = font(9.96, 'LMRoman10-Regular', false);
    expect(levelsOf(specs(plain)).map(([t]) => t)).not.toContain('DGIT');
    const weak = { pdf: { ...BOLD.pdf, match: 0.85 } };
    expect(levelsOf(specs(weak)).map(([t]) => t)).not.toContain('DGIT');
  });
});

describe('description terms on lines of their own in the font of the numbered headings (ctexart × dots.ocr)', () => {
  // ctexart sets "1.1.1 不同的 RAID 级别" and the description terms "RAID-0", "RAID-1" … in one bold 10.91 pt: a font as
  // many unnumbered lines are set in as numbered headings is a term's too.
  const BOLD = font(10.91, 'LMRoman10-Bold');
  const specs = (terms: string[]): Spec[] => [
    ...head(1, 0.08, 'title', '高级管理', 0.03, font(20.74, 'FandolHei-Regular')),
    ...head(1, 0.3, 'title', '1 RAID 和 LVM', 0.02, font(14.35, 'LMRoman12-Bold')),
    ...head(1, 0.5, 'title', '1.1.1 不同的 RAID 级别', 0.0141, BOLD),
    ...terms.flatMap((t, i) => head(2, 0.1 + 0.2 * i, 'text', t, 0.0141, BOLD)),
    ...head(3, 0.3, 'title', '1.1.2 创建 RAID', 0.0141, BOLD),
  ];
  it('one such line is promoted; two are terms and stay text', () => {
    expect(levelsOf(specs(['RAID-0'])).map(([t]) => t)).toContain('RAID-0');
    expect(levelsOf(specs(['RAID-0', 'RAID-1'])).map(([t]) => t)).not.toContain('RAID-0');
  });
});
