// A line that opens with a full-width opening bracket starts left of the margin in the PDF (xeCJK squeezes the
// bracket's blank half; ctexart, two columns, the LaTeX corpus's paper-zh dev document): measured against it, a
// paragraph's continuation at the top of the next column read as a first line indented by 3 % of the column,
// and with --pdf the paragraph was cut at the column break. Hand-made document and PDF lines in the geometry
// of that page (margins 0.118 and 0.508, the bracket's line at 0.495, paragraph indent 0.039); our own text.
import { describe, expect, it } from 'vitest';
import type { BBox, Element } from '../../src/model/element.js';
import { applyPdfEvidence } from '../../src/pdf/align.js';
import type { PdfData, PdfLine } from '../../src/pdf/read.js';
import { stitchSync } from '../../src/pipeline.js';
import { makeDoc, type Spec } from '../helpers/doc.js';

const LH = 0.0235; // line pitch, page heights

/** Lines [x0, text, x1] from `top` down, and the block around them. */
function block(top: number, lines: [number, string, number][]) {
  const pdf: PdfLine[] = lines.map(([x0, text, x1], i) => ({
    text,
    bbox: [x0, top + i * LH, x1, top + i * LH + 0.015] as BBox,
    fontSize: 12,
    fontName: 'FandolSong-Regular',
    bold: false,
    italic: false,
  }));
  const left = Math.min(...lines.map((l) => l[0]));
  const right = Math.max(...lines.map((l) => l[2]));
  const bbox: BBox = [left, top, right, top + (lines.length - 1) * LH + 0.015];
  return { spec: { page: 1, type: 'text', text: lines.map((l) => l[1]).join(''), bbox } as Spec, pdf };
}

const L = [0.118, 0.491] as const; // left column
const R = [0.508, 0.881] as const; // right column
function twoColumns() {
  const blocks = [
    block(0.1, [
      [L[0] + 0.039, '我们的工具在两个不同的环境中分别构建同一份源代码，', L[1]],
      [L[0], '然后逐一比较两次构建得到的全部文件并记录结果。', L[1]],
      [L[0], '这样的检查可以发现很多隐藏的问题，例如时间戳、', L[1]],
      [L[0], '路径和语言环境。', 0.3],
    ]),
    block(0.22, [
      [L[0] + 0.039, '第二段说明如何阅读报告。报告按文件分组，每一组', L[1]],
      [L[0], '列出不同之处，并给出可能的原因，方便维护者判断', L[1]],
      [L[0], '哪些差异需要修复。最后一行在这里结束。', 0.35],
    ]),
    block(0.31, [
      [L[0] + 0.039, '第三段从这里开始，讲述检查的步骤：先准备环境，', L[1]],
      [L[0], '再构建两次，最后比较两次构建生成的二进制文件之', L[1]],
    ]),
    // the column break: the sentence goes on at the top of the right column
    block(0.1, [
      [R[0], '间的差异。如果发现任何差异，就用比较工具显示它们', R[1]],
      [0.495, '（如果可用的话则用另一个工具）供后面分析使用，', R[1]],
      [R[0], '再决定如何修复。', 0.644],
    ]),
    block(0.2, [
      [R[0] + 0.039, '第四段是新的一段。它缩进了首行，和前面各段一样，', R[1]],
      [R[0], '在这里结束。', 0.6],
    ]),
  ];
  const doc = makeDoc(blocks.map((b) => b.spec));
  doc.pages = [{ page: 1, width: 612, height: 792, unit: 'pt' }];
  const pdf: PdfData = {
    path: 'two-columns.pdf',
    pageCount: 1,
    pages: [{ page: 1, width: 612, height: 792, lines: blocks.flatMap((b) => b.pdf), images: [], hasText: true }],
    outline: [],
    warnings: [],
  };
  return { doc, pdf };
}

const byStart = (els: readonly Element[], t: string) => els.find((e) => e.text.startsWith(t)) as Element;

describe('a line that opens with an opening bracket', () => {
  it('is not the margin a first line is measured against', () => {
    const { doc, pdf } = twoColumns();
    const els = applyPdfEvidence(doc, pdf).doc.elements;
    expect(byStart(els, '间的差异').hints?.pdf?.firstLineIndent).toBe(0);
    // a real first-line indent still reads as one
    expect(byStart(els, '第四段').hints?.pdf?.firstLineIndent).toBeGreaterThan(0.09);
  });

  it('leaves a paragraph that goes on at the next column whole with --pdf, as without', () => {
    const { doc, pdf } = twoColumns();
    const joined = (d: typeof doc) => {
      const r = stitchSync(d, { summaries: false });
      const first = byStart(r.document.elements, '第三段').ref;
      const next = byStart(r.document.elements, '间的差异').ref;
      return r.structure.paragraphMerges.some((g) => g.includes(first) && g.includes(next));
    };
    expect(joined(doc)).toBe(true);
    expect(joined(applyPdfEvidence(doc, pdf).doc)).toBe(true);
  });
});
