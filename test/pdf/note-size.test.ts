// A footnote the parser typed as body text, told by the source PDF's type size (src/pdf/note-size.ts). Hand-made in
// the shape of a real case (latex-styles train, report class × Mistral OCR, which gives no boxes): a paragraph cut
// at a page's foot ("… such changes can"), the page's footnote "1 1, “Monitoring Logs with logcheck”)." typed as
// text after it, set in 8 pt under a 10 pt body; the paragraph goes on at the next page's head. With the PDF the
// paragraph ran on into the footnote's place: the footnote joined the next page's start (para-merge 0.923 → 0.857).
import { describe, expect, it } from 'vitest';
import type { Element } from '../../src/model/element.js';
import { applyPdfEvidence } from '../../src/pdf/align.js';
import { isFootnoteBySize } from '../../src/pdf/note-size.js';
import type { PdfData, PdfLine, PdfPage } from '../../src/pdf/read.js';
import { stitchSync } from '../../src/pipeline.js';
import { makeDoc, type Spec } from '../helpers/doc.js';

const BODY = 9.96;
const NOTE = 7.97;

const line = (text: string, y: number, pt = BODY, x0 = 0.21, x1 = 0.787): PdfLine => ({
  text,
  bbox: [x0, y, x1, y + pt / 842],
  fontSize: pt,
  bold: false,
  italic: false,
});

const cut = [
  'Many options in /etc/default/aide can be used to tweak the behavior of the aide package.',
  'The configuration indicates which properties of which files need to be checked; the',
  'contents of log files changes routinely, and such changes can',
];
const note = '1 1, “Monitoring Logs with logcheck”).';
const rest = [
  'be ignored as long as the permissions of these files stay the same, but both contents and',
  'permissions of executable programs must be constant.',
];
const next = ['A new version of the database is generated daily in /var/lib/aide/aide.db.new.'];

function pages(noteLine: PdfLine): PdfPage[] {
  const one = [
    line('3.2 Monitoring Files: AIDE', 0.5, 14.35),
    line('The AIDE tool allows checking the integrity of files against a recorded image.', 0.53),
    ...cut.map((t, i) => line(t, 0.729 + i * 0.014)),
    noteLine,
    line('10', 0.884, BODY, 0.49, 0.507),
  ];
  const two = [...rest, ...next].map((t, i) => line(t, 0.153 + i * 0.014));
  return [
    { page: 1, width: 595, height: 842, lines: one, images: [], hasText: true },
    { page: 2, width: 595, height: 842, lines: two, images: [], hasText: true },
  ];
}

/** Mistral-like: no boxes, the footnote typed text after the cut paragraph. */
function doc() {
  const specs: Spec[] = [
    { page: 1, type: 'title', text: '3.2 Monitoring Files: AIDE' },
    { page: 1, type: 'text', text: 'The AIDE tool allows checking the integrity of files against a recorded image.' },
    { page: 1, type: 'text', text: cut.join(' ') },
    { page: 1, type: 'text', text: note },
    { page: 1, type: 'page_number', text: '10' },
    { page: 2, type: 'text', text: rest.join(' ') },
    { page: 2, type: 'text', text: next.join(' ') },
  ];
  return makeDoc(specs);
}

const pdfOf = (noteLine: PdfLine): PdfData => ({
  path: 'note.pdf',
  pageCount: 2,
  pages: pages(noteLine),
  outline: [],
  warnings: [],
});

const refOf = (els: readonly Element[], text: string) => els.find((e) => e.text === text)?.ref;

describe('a footnote typed as text, told by the PDF type size', () => {
  it('lets the paragraph run on around it to the next page, the note in no paragraph', () => {
    const evidenced = applyPdfEvidence(
      doc(),
      pdfOf(line('11, “Monitoring Logs with logcheck”).', 0.82, NOTE, 0.228, 0.466)),
    );
    const els = evidenced.doc.elements;
    expect(els.find((e) => e.text === note)?.hints?.pdf?.footnote).toBe(true);
    expect(els.filter((e) => e.hints?.pdf?.footnote).length).toBe(1);
    const { structure } = stitchSync(evidenced.doc, { summaries: false });
    const [a, n, b] = [cut.join(' '), note, rest.join(' ')].map((t) => refOf(els, t));
    expect(structure.paragraphMerges).toContainEqual([a, b]);
    expect(structure.paragraphMerges.flat()).not.toContain(n);
  });

  it('is no footnote set at the body size', () => {
    const evidenced = applyPdfEvidence(
      doc(),
      pdfOf(line('11, “Monitoring Logs with logcheck”).', 0.82, BODY, 0.228, 0.466)),
    );
    expect(evidenced.doc.elements.some((e) => e.hints?.pdf?.footnote)).toBe(false);
  });
});

describe('isFootnoteBySize', () => {
  const el = (text: string): Element => ({
    id: 0,
    ref: '/0',
    page: 1,
    type: 'text',
    sourceType: 'text',
    text,
    bbox: null,
  });
  const page = (lines: PdfLine[]): PdfPage => ({ page: 1, width: 595, height: 842, lines, images: [], hasText: true });
  const body = line('a body line of running text set at the body size of the document', 0.7);

  it('takes a small line with a mark under the body at the foot, a running foot below it', () => {
    const n = line('2 As such, it completes Section 12.', 0.8, NOTE);
    expect(
      isFootnoteBySize(el('2 As such, it completes Section 12.'), [n], page([body, n, line('10', 0.9)]), BODY, NOTE, 1),
    ).toBe(true);
  });

  it('not without a mark, nor with body text below it, nor under no body (a list set small)', () => {
    const n = line('As such, it completes Section 12.', 0.8, NOTE);
    expect(isFootnoteBySize(el('As such, it completes Section 12.'), [n], page([body, n]), BODY, NOTE, 1)).toBe(false);
    const m = line('2 As such, it completes Section 12.', 0.75, NOTE);
    const below = line('the body goes on under it at the body size of the document', 0.77);
    expect(isFootnoteBySize(el(m.text), [m], page([body, m, below]), BODY, NOTE, 1)).toBe(false);
    const entries = [
      line('[1] A. Author, a title, 2020.', 0.7, NOTE),
      line('[2] B. Author, a title, 2021.', 0.72, NOTE),
    ];
    const heading = line('References', 0.67, 14.35);
    expect(isFootnoteBySize(el(entries[1].text), [entries[1]], page([heading, ...entries]), BODY, NOTE, 1)).toBe(false);
  });

  it('not a listing at \\small (nine tenths of the body), nor a poor text match', () => {
    const code = line('1 # apt-get --reinstall -d install', 0.8, 8.97);
    expect(isFootnoteBySize(el(code.text), [code], page([body, code]), BODY, 8.97, 1)).toBe(false);
    const n = line('2 As such, it completes Section 12.', 0.8, NOTE);
    expect(isFootnoteBySize(el(n.text), [n], page([body, n]), BODY, NOTE, 0.6)).toBe(false);
  });
});
