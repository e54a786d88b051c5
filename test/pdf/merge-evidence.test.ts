// The source PDF's line and font evidence at paragraph breaks (text merge with `--pdf`), on real documents of
// the LaTeX corpus with a parser's output (test/fixtures/pdf/corpus-*.pdf; see the fixtures' README).
// Expected links are the corpus gold's (<format>/gold.structure.json of each document).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stitch } from '../../src/stitch.js';

const dir = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
type Result = Awaited<ReturnType<typeof stitch>>;
const merged = (r: Result, a: string, b: string) =>
  r.structure.paragraphMerges.some((g) => g.some((ref, i) => ref === a && g[i + 1] === b));
const featuresAt = (r: Result, a: string, b: string) =>
  r.decisions
    .find((d) => d.stage === 'text-merge' && d.place.refs?.join('|') === `${a}|${b}`)
    ?.features?.map((f) => f.id) ?? [];

describe('a two-sided book (ctexbook: odd and even pages with different left margins), PaddleOCR', () => {
  // "…最普通的 Debian 源" | "码包格式。": the sentence goes on at the flush left margin of an even page. Measured
  // against both sides' edges at once, that margin (short of a fifth of the blocks) was missed, the line read as
  // set in by the paragraph indent and, one line long with the PDF's line count, as a new paragraph's first line.
  const [a, b] = ['/2/parsing_res_list/6', '/3/parsing_res_list/3'];
  it('measures each side against its own margin, and the sentence goes on over the page', async () => {
    const r = await stitch(`${dir}corpus-ctexbook-zh.paddle.json`, { pdf: `${dir}corpus-ctexbook-zh.pdf` });
    expect(featuresAt(r, a, b)).not.toContain('text-merge.first-line-indented');
    expect(merged(r, a, b)).toBe(true);
  }, 120_000);
});

describe('a footnote ending a page before the paragraph goes on (book, Mistral OCR)', () => {
  // The footnote "…such as hg, bzr, etc." ends its page on a short last line (the PDF's lastLineFill 0.22); the
  // next page opens flush with the rest of the body paragraph before it (gold /pages/4/markdown:11 → /5:2).
  // A flush start after a short last line says nothing (house style), as without the PDF.
  const [a, b] = ['/pages/4/markdown:12', '/pages/5/markdown:2'];
  it("reads the PDF's short last line before a flush start", async () => {
    const r = await stitch(`${dir}corpus-book-en.mistral.json`, { pdf: `${dir}corpus-book-en.pdf` });
    expect(featuresAt(r, a, b)).not.toContain('text-merge.first-line-flush');
    expect(merged(r, a, b)).toBe(false);
  }, 120_000);
});

describe('a listing then a prose line over a page break (elsarticle, PaddleOCR)', () => {
  // "…scripts/hello usr/bin" (LMMono9) | "debian/manpages (maintainer version, v=0.2):" (LMRoman10): the text of
  // the lead-in line looks like a path, the PDF's fonts say code and prose (gold: no link).
  const [a, b] = ['/3/parsing_res_list/17', '/4/parsing_res_list/0'];
  it('takes a monospaced and a proportional font for code and prose', async () => {
    const r = await stitch(`${dir}corpus-elsarticle-en.paddle.json`, { pdf: `${dir}corpus-elsarticle-en.pdf` });
    expect(featuresAt(r, a, b)).toContain('text-merge.code-and-prose');
    expect(merged(r, a, b)).toBe(false);
  }, 120_000);
});
