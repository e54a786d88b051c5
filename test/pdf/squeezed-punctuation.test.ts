// xeCJK squeezes full-width punctuation: after "）" the "。" that follows starts in the blank half of the bracket,
// about half an em left of where pdfjs says the run before ended, and the next run ("。Falcot 公司") starts
// back left on the same baseline. Read as a new line, the "。" opened the next line of text and the PDF input
// cut a paragraph into blocks at every such stop (ctexbook, the LaTeX corpus's book-zh dev document, page 20:
// runs at x 0.284–0.737 and 0.727–0.834 of the page). Hand-made runs in that geometry; our own text.
import { describe, expect, it } from 'vitest';
import { groupLines, type Run } from '../../src/pdf/read.js';

const W = 595;
const H = 842;
const run = (str: string, x0: number, x1: number, y = 530, size = 10.9): Run => ({
  str,
  x0: x0 * W,
  x1: x1 * W,
  y,
  top: y - 0.8 * size,
  bottom: y + 0.2 * size,
  size,
  font: 'f1',
  eol: false,
});
const texts = (runs: Run[]) => groupLines(runs, new Map(), W, H).map((l) => l.text);

describe('runs on one baseline around squeezed full-width punctuation', () => {
  it('are one line when the run after a full-width mark starts within an em left of its end', () => {
    expect(
      texts([run('第一步是创建密钥对（包括公钥和私钥）', 0.284, 0.737), run('。然后安装它们', 0.727, 0.834)]),
    ).toEqual(['第一步是创建密钥对（包括公钥和私钥）。然后安装它们']);
    expect(texts([run('请参见“公钥基础设施：easy-rsa”', 0.248, 0.328), run('）', 0.319, 0.336)])).toHaveLength(1);
  });

  it('a run that goes back further, or back without a full-width mark, still starts a line', () => {
    // two columns set on one baseline, read right then left: back by far more than an em
    expect(texts([run('右栏的文字。', 0.55, 0.85), run('左栏的文字', 0.1, 0.45)])).toHaveLength(2);
    // Latin text going back by an em is not the same line going on
    expect(texts([run('The first run ends here', 0.1, 0.5), run('and this one starts back', 0.48, 0.8)])).toHaveLength(
      2,
    );
  });
});
