// Paragraph merges on real parser outputs (test/fixtures, licences in test/fixtures/PROVENANCE.md), scored
// against the hand-checked gold of the same files (test-samples/gold, committed with the repository).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput, parseJsonText } from '../../src/io/load.js';
import type { Structure } from '../../src/model/structure.js';
import { stitchSync } from '../../src/pipeline.js';
import { mergeLinks } from '../helpers/merge-links.js';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const gold = (path: string): Structure =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../test-samples/gold/${path}`, import.meta.url)), 'utf8'));

describe('paragraph merges the parser made itself', () => {
  const name = 'mineru/api-pipeline3-naacl2024-long116_content_list';
  const result = stitchSync(loadInput(fixture(`${name}.json`)));
  const expected = mergeLinks(gold(`${name}.structure.json`).paragraphMerges);
  const predicted = mergeLinks(result.structure.paragraphMerges);

  it('lists every block MinerU emptied into an earlier one in the group of that block (MinerU content list)', () => {
    const emptied = result.document.elements.filter((e) => e.type === 'text' && e.hints?.parserMergedWith);
    expect(emptied.length).toBeGreaterThanOrEqual(10);
    for (const e of emptied) {
      const [absorber] = e.hints?.parserMergedWith ?? [];
      expect(predicted.has(`${absorber}|${e.ref}`), `${absorber} + ${e.ref}`).toBe(true);
    }
    const decisions = result.decisions.filter((d) => d.ruleId === 'text-merge.parser-merged');
    expect(decisions.length).toBe(emptied.length);
    expect(decisions.every((d) => d.features?.some((f) => f.id === 'text-merge.parser-merged'))).toBe(true);
  });

  it('finds every gold link of the file, and no link the gold lacks', () => {
    expect([...expected].filter((l) => !predicted.has(l))).toEqual([]);
    expect([...predicted].filter((l) => !expected.has(l))).toEqual([]);
  });

  it('keeps the emptied blocks in the tree with the paragraph, not in dropped', () => {
    const emptied = result.document.elements.filter((e) => e.type === 'text' && e.hints?.parserMergedWith);
    const dropped = new Set(result.dropped.map((d) => d.place.refs[0]));
    for (const e of emptied) expect(dropped.has(e.ref), e.ref).toBe(false);
  });
});

describe('a paragraph runs on around blocks the reading order put in its way out of flow', () => {
  const run = (name: string) => {
    const result = stitchSync(loadInput(fixture(`${name}.json`)));
    const decisionOf = (a: string, b: string) =>
      result.decisions.find((d) => d.stage === 'text-merge' && d.place.refs?.join('|') === `${a}|${b}`);
    return { result, predicted: mergeLinks(result.structure.paragraphMerges), decisionOf };
  };

  it("past a chart's labels read after the page's body, and a footnote typed as text (Unstructured)", () => {
    const { predicted, decisionOf } = run('unstructured/imf-weo-2023jan-sharepoint-coords');
    // "… This resilience––which is" | chart labels "Nov. «22", "Nov." | "visible in consumption …"
    expect(predicted.has('/20|/25')).toBe(true);
    expect(decisionOf('/20', '/25')?.features?.map((f) => f.id)).toContain('text-merge.around-out-of-place');
    // "… through price" | "1 See “Geo-Economic Fragmentation …”" (a footnote) | "controls. The temporary …"
    expect(predicted.has('/89|/93')).toBe(true);
    expect(decisionOf('/89', '/93')?.features?.map((f) => f.id)).toContain('text-merge.around-footnote');
    // A block the parser cut in two overlapping boxes in one column: "… in the global" | "distribution of …".
    expect(predicted.has('/96|/97')).toBe(true);
    expect(predicted.has('/79|/80')).toBe(true);
    expect(decisionOf('/96', '/97')?.features?.map((f) => f.id)).toContain('text-merge.split-box');
    // The footnote itself stays a block of its own.
    expect([...predicted].some((l) => l.includes('/90'))).toBe(false);
  });

  it('past footnotes typed as title and text, and side headings in the margin column (Unstructured)', () => {
    const name = 'unstructured/performance-audit-discussion-coords';
    const { predicted, decisionOf } = run(name);
    const expected = mergeLinks(gold(`${name}.structure.json`).paragraphMerges);
    expect([...expected].filter((l) => !predicted.has(l))).toEqual([]);
    expect(decisionOf('/7', '/13')?.features?.map((f) => f.id)).toEqual(
      expect.arrayContaining(['text-merge.around-footnote', 'text-merge.around-side-heading']),
    );
    // "… may include assessing the" leads in a list ("equality of access …;", "procedural fairness …;"):
    // the list's first item is not run into the sentence.
    expect(predicted.has('/37|/39')).toBe(false);
    expect(decisionOf('/37', '/39')?.features?.map((f) => f.id)).toContain('text-merge.opens-list');
    expect([...predicted].filter((l) => !expected.has(l))).toEqual([]);
  });
});

describe('a code listing cut by a page break is one block again', () => {
  it('past a page number typed as text and a figure at the head of the next page (LaTeX corpus, train)', () => {
    const dir = '../../corpus-latex/latex-elsarticle-debmake-en-ch04/mineru/';
    const path = fileURLToPath(new URL(`${dir}content_list.json`, import.meta.url));
    const expected = mergeLinks(
      JSON.parse(readFileSync(fileURLToPath(new URL(`${dir}gold.structure.json`, import.meta.url)), 'utf8'))
        .paragraphMerges,
    );
    const result = stitchSync(loadInput(path));
    const predicted = mergeLinks(result.structure.paragraphMerges);
    // "$ wget … $ tree" | "5" (page number as text) | figure | ". ├── debhello-0.0 …": one listing.
    expect(expected.has('/61|/65')).toBe(true);
    expect(predicted.has('/61|/65')).toBe(true);
    const d = result.decisions.find((x) => x.stage === 'text-merge' && x.place.refs?.join('|') === '/61|/65');
    // The "5" is either run around (`around-page-number`) or already dropped as page furniture.
    expect(d?.features?.map((f) => f.id)).toContain('text-merge.code-block-runs-on');
    const five =
      result.structure.furniture.includes('/62') || d?.features?.some((f) => f.id === 'text-merge.around-page-number');
    expect(five).toBe(true);
  });
});

describe('two-line chapter openers', () => {
  const dir = '../../corpus-latex/latex-report-debmake-en-ch07/';
  const read = (format: string, input: string) => {
    const base = `${dir}${format}/`;
    const expected = mergeLinks(
      JSON.parse(readFileSync(fileURLToPath(new URL(`${base}gold.structure.json`, import.meta.url)), 'utf8'))
        .paragraphMerges,
    );
    const result = stitchSync(loadInput(fileURLToPath(new URL(`${base}${input}`, import.meta.url))));
    return { expected, result, predicted: mergeLinks(result.structure.paragraphMerges) };
  };

  it('"Chapter 1" / "debdiff", "Appendix A" / "dgit" are one heading in every format (LaTeX report, train)', () => {
    for (const [format, input] of [
      ['mineru', 'content_list.json'],
      ['dots', 'pages.json'],
      ['middle', 'middle.json'],
    ]) {
      const { result, predicted } = read(format, input);
      const openers = result.decisions.filter((d) => d.ruleId === 'text-merge.two-line-opener');
      expect(openers.length, format).toBe(10); // chapters 1–8, appendices A and B
      for (const d of openers) {
        expect(d.accepted).toBe(true);
        expect(predicted.has(d.place.refs!.join('|')), `${format} ${d.place.refs}`).toBe(true);
      }
      // The title line is part of the label's block, never a heading of its own, and not lost.
      const headingRefs = new Set(result.structure.headings.map((h) => h.ref));
      for (const d of openers) expect(headingRefs.has(d.place.refs![1])).toBe(false);
      expect(result.markdown()).toMatch(/^(?:#+ )?Chapter 1 debdiff$/m);
    }
  });

  it('with its weight at 0 the label and the title stay two blocks', () => {
    const base = `${dir}mineru/`;
    const engine = { weights: { textMerge: { 'opener-label': 0 } } };
    const result = stitchSync(loadInput(fileURLToPath(new URL(`${base}content_list.json`, import.meta.url))), {
      engine,
    });
    const openers = result.decisions.filter((d) => d.ruleId === 'text-merge.two-line-opener');
    expect(openers.length).toBe(10);
    expect(openers.every((d) => !d.accepted)).toBe(true);
  });

  it('never joins a label to a title that does not stand right under it', () => {
    const { result } = read('mineru', 'content_list.json');
    for (const d of result.decisions.filter((x) => x.ruleId === 'text-merge.two-line-opener')) {
      const [a, b] = d.ids.map((id) => result.document.elements[id]);
      expect(b.page).toBe(a.page);
      expect(b.bbox![1]).toBeGreaterThanOrEqual(a.bbox![3] - 0.005);
    }
  });
});

describe('entries that end complete are not run into the next one', () => {
  it('reference entries over a page break stay apart (Docling)', () => {
    const name = 'docling/2305.03393v1';
    const result = stitchSync(loadInput(fixture(`${name}.json`)));
    const predicted = mergeLinks(result.structure.paragraphMerges);
    // "… (ICDAR). pp. 894-901. IEEE (2019)" | "Kayal, P., Anand, M., …": two entries of the reference list.
    for (const pair of ['/texts/375|/texts/378', '/texts/390|/texts/392']) {
      expect(predicted.has(pair), pair).toBe(false);
      const d = result.decisions.find((x) => x.stage === 'text-merge' && x.place.refs?.join('|') === pair);
      expect(d?.features?.map((f) => f.id)).toContain('text-merge.reference-entry');
    }
    expect([...predicted].filter((l) => !mergeLinks(gold(`${name}.structure.json`).paragraphMerges).has(l))).toEqual(
      [],
    );
  });

  it('a form field that ends with its answer blank is not run into the next field (hand-made Office form)', () => {
    // Hand-made MinerU content list in the shape of a generated form of the Office corpus (numbered fields cut
    // short with a blank, one-word items and a note box between them, a page break; our own text). It replaced
    // office-form-aptitude-en-ch02s02s02 (GPL, removed; the permissive debmake forms are all split test).
    const field = (text: string, page: number, bbox: number[]) => ({ type: 'text', text, bbox, page_idx: page });
    const items = [
      { type: 'text', text: 'Checking a source package', text_level: 1, bbox: [93, 81, 732, 117], page_idx: 0 },
      field('Line 1 A source package is checked in several steps before it is uploaded. _', 0, [93, 130, 905, 146]),
      { type: 'text', text: 'Part I The package files', text_level: 1, bbox: [93, 172, 403, 197], page_idx: 0 },
      field('2 The control file lists the name, the section and the priority of the _', 0, [93, 210, 889, 226]),
      field(
        'Line 3 The three fields at the top of the file name the package and its ____________',
        0,
        [93, 527, 880, 543],
      ),
      field('4 The possible values of the priority field are given in Table ____________', 0, [93, 574, 876, 590]),
      field('Table 2.1. Values of the priority field', 0, [93, 606, 624, 622]),
      field('5 In addition, the build tool marks each file by its state when the _', 0, [93, 680, 852, 696]),
      field('Unpacked', 0, [93, 713, 186, 729]),
      field('6 The file cannot be patched (or is not going to be built), and ____________', 0, [93, 756, 800, 772]),
      field('Patched', 0, [93, 806, 192, 822]),
      field('7 The file is going to be built. ____________', 0, [93, 849, 596, 865]),
      { type: 'page_number', text: '- 1 -', bbox: [808, 935, 834, 946], page_idx: 0 },
      field('Built', 1, [93, 80, 175, 96]),
      field('Line 8 The file is built, and it will be signed. ____________', 1, [93, 123, 858, 139]),
      field('Signed', 1, [93, 156, 196, 172]),
      field('9 The file is signed, and it will be uploaded. ____________', 1, [93, 199, 839, 215]),
      field('Uploaded', 1, [93, 232, 222, 248]),
      field('Line 10 The file is uploaded, but it will be removed. ____________', 1, [93, 275, 859, 291]),
      { type: 'text', text: 'Part II Signing and uploading', text_level: 1, bbox: [93, 533, 592, 558], page_idx: 1 },
      field('14 Signing a package with a key that is not in the keyring will fail the ____', 1, [93, 571, 845, 587]),
      field('15 This check can be run again in the same way as the build check of ____', 1, [93, 600, 890, 616]),
      {
        type: 'table',
        img_path: 'images/t.jpg',
        table_caption: [],
        table_footnote: [],
        table_body:
          '<table><tr><td></td><td>Tip</td></tr><tr><td>To sign again, run the signing tool on the changes file.</td></tr></table>',
        bbox: [90, 624, 537, 702],
        page_idx: 1,
      },
      field(
        'Line 16 Besides the signature, the upload tool also checks the target of the ____',
        1,
        [93, 708, 795, 742],
      ),
      field(
        'As usual, a rejected upload can be fixed and sent again by the same command; nothing is kept on the server from the rejected one.',
        1,
        [126, 759, 874, 886],
      ),
      { type: 'page_number', text: '- 2 -', bbox: [808, 935, 834, 946], page_idx: 1 },
    ];
    const result = stitchSync({
      path: 'form.json',
      isFolder: false,
      files: [parseJsonText(JSON.stringify(items), 'form.json', 'form.json')],
    });
    // "4 The possible values … given in Table ____________" | "5 In addition, the build tool …"
    const blanks = result.decisions.filter(
      (d) => d.stage === 'text-merge' && d.features?.some((f) => f.id === 'text-merge.answer-blank'),
    );
    // 4 measured (as on the document it replaced)
    expect(blanks.length).toBeGreaterThanOrEqual(3);
    expect(blanks.every((d) => !d.accepted)).toBe(true);
    expect(result.structure.paragraphMerges).toEqual([]);
  });
});
