// PDF evidence for text-merge (with `--pdf` only): the source PDF's line boxes and type at a break settle what a
// block-level parser output cannot (issue #14, "line boxes settle the sentence-at-the-break cases"). Read only for
// elements whose text matched their PDF lines (src/pdf/trust.ts), and only where the parser gave no last-line fill of
// its own (a parser's line hints take precedence, src/pdf/align.ts; the PDF's fill is kept in `hints.pdf`).
//  1. A flush first line witnesses a continuation (`first-line-flush`) only where the class would indent a
//     paragraph's first line. It does not when the next fragment opens with a bold run-in head in the PDF (a box
//     title, a run-in heading: classes set them flush; ctexart's "安全 可执行文件的 setuid 和 setgid" box after a
//     finished paragraph), nor when the first fragment is set in smaller type than the next (a note at the page's
//     foot: the body on the next page resumes the paragraph above the note, not the note; report's footnote "1
//     gdm3, kdm, …" before "ing the passphrase."), nor after a display formula the parser typed as text, whole
//     (LaTeX sets what follows a display flush, whether the paragraph goes on or a box opens; amsart × dots.ocr: "n ∑
//     (1) a = …" then a sidebar "VOCABULARY The main, …", joined with `--pdf` only), nor when both fragments open with a
//     file term and the PDF sets the first one flush too (two entries of a description list, "debian/rules. The …" |
//     "debian/control. The …": the list's layout, not a run-on; elsarticle, three formats). Named
//     `pdf-flush-house-style` (no weight of its own).
//  2. A sentence that ends where the first fragment's last PDF line runs to the edge, at the foot of its column,
//     with the next fragment's first line flush where paragraphs are indented: both line boxes say the paragraph
//     goes on (`pdf-full-line-flush-next`). Precedence: after rule 1 (a flush line that says nothing makes no pair),
//     under the parser's own fill (read by `lastLineEvidence` in ./features.ts).
import type { Element } from '../../model/element.js';
import { trustedPdf } from '../../pdf/trust.js';
import { FIRST_LINE_INDENT, LAST_LINE_FULL } from './layout.js';
import type { Out, Pair, SentenceEnd } from './pair.js';
import { FILE_TERM_ENTRY, FORMULA_BLOCK } from './patterns.js';

/** The first fragment's type is at most this share of the next's: a note or a caption's size, not the body's. */
const SMALLER_TYPE = 0.92;

/** Why the next fragment's flush first line is the class's house style, not a paragraph's run-on; else undefined. */
export function pdfFlushHouseStyle(
  a: Element,
  b: Element,
): 'bold-lead' | 'smaller-type' | 'after-formula' | 'flush-entries' | undefined {
  const [pa, pb] = [trustedPdf(a), trustedPdf(b)];
  if (!pb) return undefined;
  if (pb.boldLead) return 'bold-lead';
  if (pa?.fontSize && pb.fontSize && pa.fontSize <= pb.fontSize * SMALLER_TYPE) return 'smaller-type';
  const [aText, bText] = [a.text.trim(), b.text.trim()];
  if (FORMULA_BLOCK.test(aText)) return 'after-formula';
  const aFlush = pa?.firstLineIndent !== undefined && Math.abs(pa.firstLineIndent) < FIRST_LINE_INDENT[0] / 2;
  if (aFlush && FILE_TERM_ENTRY.test(aText) && FILE_TERM_ENTRY.test(bText)) return 'flush-entries';
  return undefined;
}

/**
 * Both line boxes say the paragraph goes on past a sentence's end: the first fragment's last PDF line is full, it ends
 * its column low, and the next fragment's first line is flush where paragraphs are indented (`first-line-flush`,
 * already in `out`).
 */
export function pdfFullLineEvidence({ a, context }: Pair, sentenceEnd: SentenceEnd, out: Out): void {
  if (sentenceEnd !== 'sentence-end' || a.hints?.lastLineFill !== undefined || context.aEndsColumnLow !== true) return;
  if (!out.some((o) => o.id === 'first-line-flush')) return;
  const pdf = trustedPdf(a);
  if ((pdf?.lineCount ?? 0) >= 2 && (pdf?.lastLineFill ?? 0) >= LAST_LINE_FULL)
    out.push({ id: 'pdf-full-line-flush-next', value: 1 });
}
