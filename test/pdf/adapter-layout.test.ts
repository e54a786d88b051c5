// The PDF adapter's blocks on hand-made text layers modelled on the LaTeX corpus's IEEEtran and ctex pages (lines
// written here, not a real PDF): a display title with a subtitle after a colon, a bulleted list after its one-line
// lead-in, a justified line whose words stand over three ems apart, an algorithm's numbered steps, a listing's wrap
// marks read after its lines.
import { describe, expect, it } from 'vitest';
import { readPdfDocument } from '../../src/adapters/pdf.js';
import type { PdfData, PdfLine, PdfPage } from '../../src/pdf/read.js';

const W = 612;
const H = 792;

function line(text: string, top: number, x0: number, x1: number, opts: Partial<PdfLine> = {}): PdfLine {
  const fontSize = opts.fontSize ?? 10;
  return {
    text,
    bbox: [x0, top, x1, top + (0.8 * fontSize) / H],
    fontSize,
    fontName: 'NimbusRomNo9L-Regu',
    bold: false,
    italic: false,
    spans: [[x0, x1, text]],
    ...opts,
  };
}

const body = (top: number, n: number, x0 = 0.08, x1 = 0.49) =>
  Array.from({ length: n }, (_, i) =>
    line(`Monitoring is an integral part of any security policy for several reasons ${i}.`, top + i * 0.015, x0, x1),
  );

function pdf(pages: Omit<PdfPage, 'width' | 'height' | 'hasText' | 'images'>[]): PdfData {
  return {
    path: 'hand-made.pdf',
    pageCount: pages.length,
    pages: pages.map((p) => ({ ...p, images: [], width: W, height: H, hasText: true })),
    outline: [],
    warnings: [],
  };
}

const read = (lines: PdfLine[]) => readPdfDocument(pdf([{ page: 1, lines }]), 'hand-made.pdf').elements;

describe('the PDF adapter: a display title with a subtitle', () => {
  it('"Supervision: Prevention, …" set large is a title, not a label and its value', () => {
    const title = line('Supervision: Prevention, Detection, Deterrence', 0.076, 0.125, 0.875, { fontSize: 23.9 });
    const els = read([title, ...body(0.2, 6)]);
    expect(els[0]).toMatchObject({ type: 'title', text: 'Supervision: Prevention, Detection, Deterrence' });
  });

  it('"Require: n ≥ 1" at the body size in bold stays text', () => {
    const req = line('Require: n ≥ 1', 0.3, 0.08, 0.2, { bold: true, fontName: 'NimbusRomNo9L-Medi' });
    const els = read([...body(0.2, 3), req, ...body(0.33, 3)]);
    expect(els.find((e) => e.text.startsWith('Require'))?.type).toBe('text');
  });
});

describe('the PDF adapter: bullets after a lead-in line', () => {
  const lines = [
    ...body(0.1, 4),
    line('The applied rules can be split into several types:', 0.18, 0.096, 0.422),
    line('• those that qualify a message as a cracking attempt (stored', 0.195, 0.096, 0.49),
    line('in a file in the /etc/logcheck/cracking.d/ directory);', 0.21, 0.113, 0.453),
    line('• those canceling such a qualification', 0.225, 0.096, 0.49),
    line('(/etc/logcheck/cracking.ignore.d/);', 0.24, 0.113, 0.338),
  ];

  it('each bullet opens an item, the lead-in stays text', () => {
    const els = read(lines).slice(1);
    expect(els.map((e) => e.type)).toEqual(['text', 'list_item', 'list_item']);
    expect(els[1].text).toBe(
      '• those that qualify a message as a cracking attempt (stored in a file in the /etc/logcheck/cracking.d/ directory);',
    );
  });
});

describe('the PDF adapter: a justified line with words over three ems apart', () => {
  // TeX stretches each interword glue of a line by the same amount: the gaps are equal
  const stretched = line('• those canceling this classification', 0.212, 0.096, 0.49, {
    spans: [
      [0.096, 0.103, '•'],
      [0.113, 0.147, 'those'],
      [0.204, 0.267, 'canceling'],
      [0.324, 0.348, 'this'],
      [0.405, 0.49, 'classification'],
    ],
  });
  const lines = [...body(0.1, 4), line('• those that qualify a message', 0.197, 0.096, 0.4), stretched];

  it('stays one line of its item', () => {
    const items = read(lines).filter((e) => e.type === 'list_item');
    expect(items.map((e) => e.text)).toEqual([
      '• those that qualify a message',
      '• those canceling this classification',
    ]);
  });

  it('a running head and its page number at unequal gaps are still cut', () => {
    const head = line('Supervision 3 Reyes', 0.03, 0.08, 0.92, {
      spans: [
        [0.08, 0.2, 'Supervision'],
        [0.5, 0.51, '3'],
        [0.85, 0.92, 'Reyes'],
      ],
    });
    const els = read([head, ...body(0.1, 4)]);
    expect(els.slice(0, 3).map((e) => e.text)).toEqual(['Supervision', '3', 'Reyes']);
  });
});

describe('the PDF adapter: an algorithm', () => {
  const steps = [
    line('Require: n ≥ 1', 0.184, 0.118, 0.256),
    // (set in the math font's smaller size, its line box as tall as the others)
    line('1: i ← 0', 0.199, 0.128, 0.197, { fontSize: 8, bbox: [0.128, 0.199, 0.197, 0.209] }),
    line('2: while i < n do', 0.214, 0.128, 0.24, { bold: true, fontName: 'NimbusRomNo9L-Medi' }),
    line('3: i ← i + 1', 0.229, 0.128, 0.3, {
      spans: [
        [0.128, 0.141, '3:'],
        [0.209, 0.3, 'i ← i + 1'],
      ],
    }),
    line('4: end while', 0.244, 0.128, 0.234),
  ];

  it('is one block, line by line, its step numbers with their steps', () => {
    const els = read([line('Algorithm 1 The procedure', 0.162, 0.118, 0.379), ...steps, ...body(0.33, 3)]);
    const algo = els.find((e) => e.text.startsWith('Require'));
    expect(algo?.text).toBe('Require: n ≥ 1\n1: i ← 0\n2: while i < n do\n3: i ← i + 1\n4: end while');
    expect(els.filter((e) => /^\d:/.test(e.text))).toEqual([]);
  });
});

describe("the PDF adapter: a listing's wrap marks read after its lines", () => {
  const mono = { fontName: 'NimbusMonL-Regu', fontSize: 9 };
  const listing = [
    line('builder = sbuild -d bullseye', 0.164, 0.508, 0.7, mono),
    line('--build-dep-resolver=aptitude -s', 0.178, 0.53, 0.75, mono),
    line('--source-only-changes', 0.192, 0.53, 0.7, mono),
    line('pristine-tar = true', 0.206, 0.508, 0.65, mono),
  ];
  const marks = line('↪→ ↪→', 0.178, 0.513, 0.526, {
    fontSize: 5,
    fontName: 'CMMI5',
    bbox: [0.513, 0.178, 0.526, 0.2],
  });

  it('go on the listing: one block', () => {
    const els = read([...body(0.1, 3, 0.508, 0.92), ...listing, marks, ...body(0.3, 3, 0.508, 0.92)]);
    const code = els.filter((e) => /builder|pristine|↪/.test(e.text));
    expect(code).toHaveLength(1);
    expect(code[0].text).toContain('pristine-tar = true');
  });
});

describe("the PDF adapter: a numbered heading's wrapped line", () => {
  const bold = { fontSize: 14.3, bold: true, fontName: 'LMRoman12-Bold' };
  const head = line('2 Available configuration op-', 0.537, 0.118, 0.491, {
    ...bold,
    spans: [
      [0.118, 0.131, '2'],
      [0.157, 0.491, 'Available configuration op-'],
    ],
  });
  const rest = line('tions', 0.56, 0.157, 0.213, bold);

  it('hangs at its text, right of the number: one title', () => {
    const els = read([...body(0.4, 4, 0.118, 0.491), head, rest, ...body(0.595, 4, 0.118, 0.491)]);
    expect(els.filter((e) => e.type === 'title').map((e) => e.text)).toEqual(['2 Available configuration options']);
  });
});

describe('the PDF adapter: a numbered head centred in its column (revtex)', () => {
  // revtex's `\subsubsection` "1. Booting From the Network": 9 pt italics over a 10 pt body, centred over the
  // paragraph under it; by its number alone it was a list's item (session 26).
  const italic = { fontSize: 9, italic: true, fontName: 'LMRoman9-Italic' };
  const para = (top: number) => [
    line('When a computer is booted from the network, the server sending', top, 0.534, 0.918),
    ...body(top + 0.015, 3, 0.518, 0.918),
  ];
  it('is a title', () => {
    const head = line('1. Booting From the Network', 0.3, 0.617, 0.819, italic);
    const els = read([...body(0.1, 4, 0.518, 0.918), head, ...para(0.33)]);
    expect(els.find((e) => e.text.startsWith('1. Booting'))).toMatchObject({
      type: 'title',
      sourceType: 'pdf-centred-numbered',
    });
  });
  it('an item at the left edge stays an item, and so does a centred one in the body font', () => {
    const left = line('1. Booting From the Network', 0.3, 0.518, 0.72, italic);
    const plain = line('1. Booting From the Network', 0.3, 0.617, 0.819, { fontSize: 9 });
    for (const l of [left, plain]) {
      const els = read([...body(0.1, 4, 0.518, 0.918), l, ...para(0.33)]);
      expect(els.find((e) => e.text.startsWith('1. Booting'))?.type).toBe('list_item');
    }
  });
});
