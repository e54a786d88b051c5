// An unnumbered heading between "1" and "1.1" with the PDF's outline keying the numbered headings (session 22).
import { describe, expect, it } from 'vitest';
import { matchOutline } from '../../src/pdf/outline.js';
import type { PdfData } from '../../src/pdf/read.js';
import { makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const pdf = (outline: PdfData['outline']): PdfData => ({
  path: 'x.pdf',
  pageCount: 3,
  pages: [],
  outline,
  warnings: [],
});
const BODY = 'Getting wireless network cards to work can be a bit more challenging than the wired ones, first of all.';
// MinerU's boxes: the sections and subsections one line of one height, the title taller
const sized = (page: number, text: string, y = 0.5): Spec => ({
  page,
  type: 'title',
  text,
  bbox: [0.088, y, 0.09 + text.length * 0.008, y + 0.015],
  hints: { pdf: { textLayer: true, fontSize: 10.9, fontName: 'LinBiolinumTB', bold: true, match: 1 } },
});

const body = (page: number): Spec => ({
  page,
  type: 'text',
  text: BODY,
  bbox: [0.088, 0.52, 0.481, 0.614],
  hints: { pdf: { textLayer: true, fontSize: 9, fontName: 'LinLibertineT', match: 1 } },
});

describe('inside-numbering with the outline keying the numbered headings (inside-numbering.ts)', () => {
  // acmart × MinerU (fresh set of session 21, network-config): the unbookmarked `\section*` "WIRELESS INTERFACE",
  // in the capitals of the numbered sections, stands between "1 ETHERNET INTERFACE" and "1.1 Wireless specific
  // entries"; acmart sets sections and subsections in one size. Gold: title 1, sections 2 (the starred one too),
  // subsections 3. With --pdf the numbered headings were keyed by their outline depth, the case check read no
  // numbered top section, and the starred section went a level down (1.000 → 0.786 with the abstract label).
  const specs: Spec[] = [
    { page: 1, type: 'title', text: 'Configuring the Network', bbox: [0.3, 0.08, 0.7, 0.11] },
    body(1),
    sized(1, '1 ETHERNET INTERFACE'),
    body(1),
    sized(2, 'WIRELESS INTERFACE'),
    body(2),
    sized(2, '1.1 Wireless specific entries in /etc/network/interfaces'),
    body(2),
    sized(3, '2 CONNECTING THROUGH AN ADSL MODEM'),
    body(3),
    sized(3, '2.1 Modems Supporting PPPOE'),
    body(3),
  ];
  const outline = [
    { title: '1 Ethernet Interface', level: 1, page: 1, index: 0 },
    { title: '1.1 Wireless specific entries in /etc/network/interfaces', level: 2, page: 2, index: 1 },
    { title: '2 Connecting through an ADSL Modem', level: 1, page: 3, index: 2 },
    { title: '2.1 Modems Supporting PPPOE', level: 2, page: 3, index: 3 },
  ];
  it('keeps the capitals heading a top section, as without the PDF', () => {
    const doc = makeDoc(specs, 3);
    expect(matchOutline(doc.elements, pdf(outline), [])).toBe(4);
    const levels = headingsOf(doc).levels;
    const byText = specs.map((s, i) => [s.text, levels.get(i)]).filter(([, v]) => v);
    expect(byText).toEqual([
      ['Configuring the Network', 1],
      ['1 ETHERNET INTERFACE', 2],
      ['WIRELESS INTERFACE', 2],
      ['1.1 Wireless specific entries in /etc/network/interfaces', 3],
      ['2 CONNECTING THROUGH AN ADSL MODEM', 2],
      ['2.1 Modems Supporting PPPOE', 3],
    ]);
  });
});

describe('caps-top-section with the outline keying the numbered headings (levels.ts joinCapsTop)', () => {
  // acmart × every format (session 22's fresh set, handbook virtual-private-network): the unbookmarked `\section*`
  // "VIRTUAL PRIVATE NETWORK WITH SSH" between "1.2 Configuring the OpenVPN Client" and "2 IPSEC", in the capitals of
  // the numbered sections (subsections in mixed case). With --pdf the numbered headings were keyed by their outline
  // depth, the caps habit read no numbered top section, and it went under 1.2 (1.000 → 0.833 in four formats).
  const specs: Spec[] = [
    { page: 1, type: 'title', text: 'Virtual Private Network', bbox: [0.3, 0.08, 0.7, 0.11] },
    body(1),
    sized(1, '1 OPENVPN'),
    body(1),
    sized(1, '1.1 Configuring the OpenVPN Server'),
    body(1),
    sized(2, '1.2 Configuring the OpenVPN Client'),
    body(2),
    sized(2, 'VIRTUAL PRIVATE NETWORK WITH SSH'),
    body(2),
    sized(3, '2 IPSEC'),
    body(3),
  ];
  const outline = [
    { title: '1 OpenVPN', level: 1, page: 1, index: 0 },
    { title: '1.1 Configuring the OpenVPN Server', level: 2, page: 1, index: 1 },
    { title: '1.2 Configuring the OpenVPN Client', level: 2, page: 2, index: 2 },
    { title: '2 IPsec', level: 1, page: 3, index: 3 },
  ];
  it('keeps the capitals heading a top section, as without the PDF', () => {
    const doc = makeDoc(specs, 3);
    expect(matchOutline(doc.elements, pdf(outline), [])).toBe(4);
    const levels = headingsOf(doc).levels;
    expect(specs.map((s, i) => [s.text, levels.get(i)]).filter(([, v]) => v)).toEqual([
      ['Virtual Private Network', 1],
      ['1 OPENVPN', 2],
      ['1.1 Configuring the OpenVPN Server', 3],
      ['1.2 Configuring the OpenVPN Client', 3],
      ['VIRTUAL PRIVATE NETWORK WITH SSH', 2],
      ['2 IPSEC', 2],
    ]);
  });
});
