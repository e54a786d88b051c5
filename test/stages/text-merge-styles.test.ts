// Paragraph merges on the parser-style formats (Unstructured, Mistral OCR, Docling, …): train documents of
// the full parser-style LaTeX corpus (test/corpus-train, built by scripts/corpus; train split only), scored
// against their gold.
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc } from '../helpers/doc.js';
import { trainMerges } from '../helpers/merge-links.js';

const run = trainMerges;

describe('Unstructured: listings flattened into plain text, no boxes', () => {
  it('a listing cut by a page break runs on, whatever the code test makes of each half', () => {
    const { result, expected, featuresOf, wrong } = run('latex-acmart-debmake-en-ch08/unstructured', 'elements.json');
    expect(result.document.elements.every((e) => !e.bbox)).toBe(true);
    // "$ cd debhello-0.2 $ debmake -b':sh'" | page 5 | "I: set parameters ... I: sanity check …"
    expect(featuresOf('/72|/77')).toContain('text-merge.code-runs-on-unplaced');
    // a `tree` drawing whose glyphs the text layer lost ("??? ??? README.Debian ??? ??? changelog")
    expect(featuresOf('/35|/39')).toContain('text-merge.code-runs-on-unplaced');
    // "… debian/control debian/copyright debian/install" | "debian/manpages debian/patches/ …": file names only
    expect(featuresOf('/134|/143')).toContain('text-merge.code-runs-on-unplaced');
    expect(expected.size).toBeGreaterThanOrEqual(9);
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });
});

describe('Unstructured: a display formula after the lead-in sentence (hand-made, Unstructured-like)', () => {
  it('prose that ends a sentence and then a formula does not run on into the listing on the next page', () => {
    // In the shape of the dev documents' pages: a sentence, the display formula typed into its text, a page break.
    const doc = makeDoc([
      {
        page: 1,
        type: 'text',
        text: 'The output from the debmake command is very verbose and explains what it does as follows. 𝑚 𝑘 = 2',
      },
      {
        page: 2,
        type: 'text',
        text: '$ cd debhello-0.0 $ debmake I: set parameters I: ========================================= I: sanity check',
      },
    ]);
    const inp = input(doc);
    const { groups, decisions } = mergeTextFragments(inp, detectFurniture(inp));
    expect(groups).toEqual([]);
    expect(decisions[0]?.features?.map((f) => f.id)).not.toContain('text-merge.code-runs-on-unplaced');
  });
});

describe('Mistral OCR: Markdown pages, no boxes, notes typed as text', () => {
  it('a listing runs on past the numbered notes that end its page', () => {
    const { result, predicted, featuresOf } = run('latex-acmart-debmake-en-ch08/mistral', 'ocr_response.json');
    // "$ cd debhello-0.2 $ debmake -b':sh'" | "1 These also need to be updated. …" (a note) | "I: set parameters …"
    const note = result.document.elements.find((e) => e.ref === '/pages/4/markdown:10');
    expect(note?.text).toMatch(/^1 These also need/);
    expect(predicted.has('/pages/4/markdown:9|/pages/5/markdown:0')).toBe(true);
    expect(featuresOf('/pages/4/markdown:9|/pages/5/markdown:0')).toEqual(
      expect.arrayContaining(['text-merge.around-footnote', 'text-merge.code-block-runs-on']),
    );
  });

  it('an algorithm is a float set whole: the listing after it on the page is not its rest', () => {
    const { result, predicted, featuresOf, wrong } = run('latex-acmart-debmake-en-ch08/mistral', 'ocr_response.json');
    const algorithm = result.document.elements.find((e) => e.ref === '/pages/7/markdown:2');
    expect(algorithm?.text).toMatch(/^Require:/);
    expect([...predicted].some((l) => l.split('|').includes('/pages/7/markdown:2'))).toBe(false);
    expect(featuresOf('/pages/7/markdown:2|/pages/7/markdown:3')).toEqual([]);
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });

  it('one-line code snippets in a row without boxes stand alone; a listing of several lines runs into the next (hand-made, Mistral-like)', () => {
    // In the shape of a workbook's answers set as code ("safety, priority" | "removals, canceled-actions"), no boxes.
    const doc = makeDoc([
      { page: 1, type: 'text', text: 'Line 3 The default cost, sorting solutions by their safety cost, then by ____' },
      { page: 1, type: 'code', text: 'safety, priority' },
      { page: 1, type: 'code', text: 'removals, canceled-actions' },
      {
        page: 1,
        type: 'code',
        text: '$ cat debhello/debian/copyright\nFormat: https://www.debian.org/doc/\nUpstream-Name:',
      },
      { page: 1, type: 'code', text: 'Upstream-Contact: <preferred name>\nSource: <url>' },
    ]);
    const i = input(doc);
    const { groups } = mergeTextFragments(i, detectFurniture(i));
    expect(groups).toEqual([[3, 4]]);
  });

  it('two listings one after the other on a page, nothing between, are one listing a column break cut', () => {
    const { predicted, featuresOf } = run('latex-article-debmake-en-ch04/mistral', 'ocr_response.json');
    // "$ cat debhello-0.0/debian/copyright … copyright-format/1.0/" | "Upstream-Name: debhello …"
    for (const pair of ['/pages/7/markdown:6|/pages/7/markdown:7', '/pages/11/markdown:4|/pages/11/markdown:5']) {
      expect(predicted.has(pair)).toBe(true);
      expect(featuresOf(pair)).toContain('text-merge.code-block-runs-on');
    }
  });
});

describe('list items, references and chapter openers as the parsers type them', () => {
  it('an item the parser typed list_item (its marker stripped) ends where its list ends: a capital opens the next (Docling)', () => {
    const { result, predicted, featuresOf } = run('latex-jlreq-debmake-ja-ch08/docling', 'document.json');
    // "Stability and security of OS" (list item, foot of page 1) | "Universal OS realized via:" (next item, page 2)
    const item = result.document.elements.find((e) => e.ref === '/texts/15');
    expect(item?.type).toBe('list_item');
    expect(predicted.has('/texts/15|/texts/17')).toBe(false);
    expect(featuresOf('/texts/15|/texts/17')).toContain('text-merge.capital-after-list-item');
  });

  it('a reference entry not yet at its year runs on into the venue with its capital (Docling)', () => {
    const { predicted, expected, featuresOf } = run('latex-jlreq-debmake-ja-ch07/docling', 'document.json');
    // "[6] … Proc. USENIX Annual Technical" | "Conf., vol. 28, pp. 20–487, 2018."
    expect(expected.has('/texts/129|/texts/132')).toBe(true);
    expect(predicted.has('/texts/129|/texts/132')).toBe(true);
    expect(featuresOf('/texts/129|/texts/132')).toContain('text-merge.reference-goes-on');
  });

  it('a chapter label the parser typed as a page header, kept in the body, is one heading with the title under it (content_list_v2)', () => {
    const { result, predicted, expected, featuresOf } = run(
      'latex-report-debmake-en-ch05/mineru-v2',
      'content_list_v2.json',
    );
    const label = result.document.elements.find((e) => e.ref === '/3/0');
    expect(label?.type).toBe('header');
    expect(label?.text.trim()).toBe('Chapter 1');
    expect(expected.has('/3/0|/3/1')).toBe(true);
    expect(predicted.has('/3/0|/3/1')).toBe(true);
    expect(featuresOf('/3/0|/3/1')).toContain('text-merge.opener-label');
  });
});

describe('breaks the boxes do not show', () => {
  it('two text blocks in a row on a page, a word cut between them, are one paragraph a column break cut (Mistral)', () => {
    const { result, predicted, expected, featuresOf } = run(
      'latex-ieeetran-debmake-en-ch05/mistral',
      'ocr_response.json',
    );
    // "… generation of the package" | "information files, application of the …" (no box: the break is not seen)
    const pair = '/pages/1/markdown:22|/pages/1/markdown:23';
    const [a, b] = pair.split('|').map((ref) => result.document.elements.find((e) => e.ref === ref));
    expect(a?.page).toBe(b?.page);
    expect(a?.bbox ?? b?.bbox ?? undefined).toBeUndefined();
    expect(expected.has(pair)).toBe(true);
    expect(predicted.has(pair)).toBe(true);
    // (session 27: the plain lower-case run-on without boxes is the parser's own cut, text-merge/parser-split.ts,
    // judged before the break candidates)
    expect(featuresOf(pair)).toContain('text-merge.parser-split');
    // A paragraph ended by its stop stays apart from the next one in a row: no word is cut there.
    expect([...predicted].filter((l) => !expected.has(l))).toEqual([]);
  });

  it('a reference entry cut at a column foot goes on after the other column, read first (Docling, REVTeX)', () => {
    const { predicted, expected, featuresOf, wrong } = run('latex-revtex-debmake-en-ch06/docling', 'document.json');
    // "[6] … Software Engineering, vol. 7, pp. 221–405," | ACKNOWLEDGMENTS … | "2000."
    expect(expected.has('/texts/75|/texts/78')).toBe(true);
    expect(predicted.has('/texts/75|/texts/78')).toBe(true);
    expect(featuresOf('/texts/75|/texts/78')).toEqual(['text-merge.reference-resumes']);
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });
});

describe('chapter openers the parser typed as page headers', () => {
  it('"Chapter 9" typed page_header mid-page is no running head (each opener has its own number): it stays body and opens the heading (Docling)', () => {
    const { result, predicted, expected, featuresOf } = run('latex-report-debmake-en-ch07/docling', 'document.json');
    const labels = result.document.elements.filter((e) => e.type === 'header' && /^Chapter \d+$/.test(e.text.trim()));
    // The word repeats on every chapter opener; with digits folded they would look like one running head.
    expect(new Set(labels.map((e) => e.page)).size).toBeGreaterThanOrEqual(3);
    expect(result.structure.furniture).not.toContain('/texts/152');
    expect(expected.has('/texts/152|/texts/153')).toBe(true);
    expect(predicted.has('/texts/152|/texts/153')).toBe(true);
    expect(featuresOf('/texts/152|/texts/153')).toContain('text-merge.opener-label');
  });

  it('a blank page header (Marker empties them) right above a title is the label whose words were lost: one heading (Marker)', () => {
    const { result, predicted, featuresOf, wrong } = run('latex-report-debmake-en-ch05/marker', 'marker.json');
    const blank = result.document.elements.find((e) => e.ref === '/children/12/children/0');
    expect(blank?.type).toBe('header');
    expect(blank?.text).toBe('');
    // "" (the label's box, short) | "Package name and version" under it, left edges aligned
    expect(predicted.has('/children/12/children/0|/children/12/children/1')).toBe(true);
    expect(featuresOf('/children/12/children/0|/children/12/children/1')).toContain('text-merge.opener-label');
    // The blank running heads at the page's top are furniture, in no group.
    expect(result.structure.furniture).toContain('/children/2/children/0');
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });

  it('a blank header as wide as a title line is no label: the heading under it stays its own (hand-made, Marker-like)', () => {
    // As in a legal text: a blank running head on every page, a chapter's title (blanked) under it, "Article 8" below.
    const page = (p: number, withTitle: boolean) => [
      { page: p, type: 'header' as const, text: '', bbox: [0.12, 0.07, 0.25, 0.083] as BBox },
      ...(withTitle ? [{ page: p, type: 'header' as const, text: '', bbox: [0.12, 0.1, 0.66, 0.13] as BBox }] : []),
      { page: p, type: 'title' as const, text: `Article ${p + 7}`, bbox: [0.12, 0.16, 0.25, 0.18] as BBox },
      {
        page: p,
        type: 'text' as const,
        text: 'The controller shall keep a record of each change.',
        bbox: [0.12, 0.2, 0.88, 0.24] as BBox,
      },
    ];
    const doc = makeDoc([...page(1, true), ...page(2, false), ...page(3, true)]);
    const inp = input(doc);
    const furniture = detectFurniture(inp);
    expect(furniture.kinds.has(1)).toBe(false);
    expect(mergeTextFragments(inp, furniture).groups).toEqual([]);
  });
});

describe('two-line openers without boxes', () => {
  it('a chapter label and the short line after it that the parser typed as text are one heading (Mistral)', () => {
    const { result, predicted, expected, featuresOf } = run(
      'latex-report-debmake-en-ch05/mistral',
      'ocr_response.json',
    );
    // "Appendix B" (its own Markdown heading) | "debian/rules" (plain text)
    const [label, title] = ['/pages/17/markdown:0', '/pages/17/markdown:1'].map((ref) =>
      result.document.elements.find((e) => e.ref === ref),
    );
    expect(label?.text.trim()).toBe('Appendix B');
    expect(title?.type).toBe('text');
    expect(expected.has('/pages/17/markdown:0|/pages/17/markdown:1')).toBe(true);
    expect(predicted.has('/pages/17/markdown:0|/pages/17/markdown:1')).toBe(true);
    expect(featuresOf('/pages/17/markdown:0|/pages/17/markdown:1')).toContain('text-merge.opener-label');
  });
});

describe('terms, links, names and algorithms at a break', () => {
  it("an option's name alone does not run into its description (Docling)", () => {
    const { result, predicted, featuresOf } = run('latex-revtex-debmake-en-apa/docling', 'document.json');
    // "-t, –tar" | "run the “tar” command to generate the upstream tarball …"
    expect(result.document.elements.find((e) => e.ref === '/texts/38')?.text.trim()).toBe('-t, –tar');
    expect(predicted.has('/texts/38|/texts/40')).toBe(false);
    expect(featuresOf('/texts/38|/texts/40')).toContain('text-merge.option-term-before');
  });

  it('a link line is not the rest of the link line before it (Mistral)', () => {
    const { predicted, featuresOf } = run('latex-llncs-debmake-en-ch07/mistral', 'ocr_response.json');
    // "… https://wiki.debian.org/GitPackagingWorkflow" | "- https://wiki.debian.org/GitPackagingWorkflow/…"
    const pair = '/pages/2/markdown:22|/pages/3/markdown:2';
    expect(predicted.has(pair)).toBe(false);
    expect(featuresOf(pair)).toContain('text-merge.ends-with-address');
    expect(featuresOf(pair)).not.toContain('text-merge.address-runs-on');
  });

  it('an address opening the next block is a link of its own, whose lower case says nothing (Unstructured)', () => {
    const { result, predicted, featuresOf } = run('latex-ltjsarticle-debmake-ja-ch07/unstructured', 'elements.json');
    // "… https://wiki.debian.org/GitPackagingWorkflow/DebConf11BOF" | page break | "https://raphaelhertzog.com/…"
    expect(result.document.elements.find((e) => e.ref === '/79')?.text).toMatch(/^https:\/\//);
    expect(predicted.has('/71|/79')).toBe(false);
    expect(featuresOf('/71|/79')).toContain('text-merge.ends-with-address');
    expect(featuresOf('/71|/79')).not.toContain('text-merge.lowercase-start');
  });

  it("a file name's lower case is no sentence going on (content_list_v2)", () => {
    const { result, predicted, featuresOf } = run('latex-report-debmake-en-ch05/mineru-v2', 'content_list_v2.json');
    // "… Makefile," | "setup.py, or …": entries of a list of build files
    expect(result.document.elements.find((e) => e.ref === '/23/3')?.text).toMatch(/^setup\.py,/);
    expect(predicted.has('/22/12|/23/3')).toBe(false);
    expect(featuresOf('/22/12|/23/3')).not.toContain('text-merge.lowercase-start');
  });

  it('a paragraph runs on around an algorithm, a float, and the algorithm joins neither side (PaddleOCR)', () => {
    const { result, predicted, expected, featuresOf } = run('latex-acmart-debmake-en-ch02/paddle', 'res.json');
    // "… Inspecting existing well maintained" | notes, "Algorithm 1 …", "Require: 𝑛 ≥ 1 … end while" |
    // "packages is the best way to learn …"
    const algorithm = '/2/parsing_res_list/3';
    expect(result.document.elements.find((e) => e.ref === algorithm)?.text).toMatch(/^Require:/);
    const pair = '/1/parsing_res_list/39|/2/parsing_res_list/5';
    expect(expected.has(pair)).toBe(true);
    expect(predicted.has(pair)).toBe(true);
    expect(featuresOf(pair)).toContain('text-merge.lowercase-start');
    expect([...predicted].some((l) => l.split('|').includes(algorithm))).toBe(false);
  });
});

describe('list items Markdown cuts at a page break', () => {
  it('a reference entry cut by the page, written as a new "- " item, runs on (Mistral)', () => {
    const { predicted, expected, featuresOf } = run('latex-jlreq-debmake-ja-ch07/mistral', 'ocr_response.json');
    // "- [6] … Proc. USENIX Annual Technical" | "- Conf., vol. 28, pp. 20–487, 2018."
    const pair = '/pages/8/markdown:15|/pages/9/markdown:0';
    expect(expected.has(pair)).toBe(true);
    expect(predicted.has(pair)).toBe(true);
    expect(featuresOf(pair)).toContain('text-merge.marker-over-page');
    expect(featuresOf(pair)).not.toContain('text-merge.list-marker');
  });
});

describe('entries of a term list', () => {
  it('an item opening "dev: …" after one opening "data: …" is the next entry, not the rest (Docling)', () => {
    const { expected, predicted, featuresOf } = run('latex-revtex-debmake-en-apa/docling', 'document.json');
    // "data: Data (fonts, graphics, . . . ) package (all, for-eign) (alias: da)" | "dev: Library development …"
    const pair = '/texts/55|/texts/58';
    expect(expected.has(pair)).toBe(false);
    expect(predicted.has(pair)).toBe(false);
    expect(featuresOf(pair)).toContain('text-merge.term-entries');
  });

  it('an item cut by a page break in a term list still runs on when the rest opens no term', () => {
    const merge = (rest: string) => {
      const doc = makeDoc([
        { page: 1, type: 'list_item', text: 'k: sort key for debian/copyright stanza and' },
        { page: 2, type: 'list_item', text: rest },
      ]);
      const i = input(doc);
      return mergeTextFragments(i, detectFurniture(i));
    };
    const entry = merge('n: scan result of debian/copyright');
    expect(entry.groups).toEqual([]);
    expect(entry.decisions[0].features?.map((f) => f.id)).toContain('text-merge.term-entries');
    const rest = merge('the license scan result of each file, written to the standard output.');
    expect(rest.groups).toEqual([[0, 1]]);
    expect(rest.decisions[0].features?.map((f) => f.id)).not.toContain('text-merge.term-entries');
  });
});

describe('term lists and list items at a page break', () => {
  const merge = (specs: Parameters<typeof makeDoc>[0]) => {
    const i = input(makeDoc(specs));
    return mergeTextFragments(i, detectFurniture(i));
  };

  it('takes a term of a few words before " : " or a full-width colon for an entry', () => {
    const spaced = merge([
      { page: 1, type: 'list_item', text: 'dh binary : generate the deb file' },
      {
        page: 2,
        type: 'list_item',
        text: 'dh binary-arch : generate the deb file for architecture dependent packages',
      },
    ]);
    expect(spaced.groups).toEqual([]);
    expect(spaced.decisions[0].features?.map((f) => f.id)).toContain('text-merge.term-entries');
    const wide = merge([
      { page: 1, type: 'list_item', text: 'proftpd：FTP 服务配置;' },
      { page: 2, type: 'list_item', text: 'samba：Samba 文件服务配置;' },
    ]);
    expect(wide.groups).toEqual([]);
    expect(wide.decisions[0].features?.map((f) => f.id)).toContain('text-merge.term-entries');
  });

  it('does not read two items typed as list items as one listing cut by the page (no boxes)', () => {
    const r = merge([
      { page: 1, type: 'list_item', text: 'DESTDIR=debian/binarypackage/ (single binary package)' },
      { page: 2, type: 'list_item', text: 'DESTDIR=debian/tmp/ (multi binary package)' },
    ]);
    expect(r.groups).toEqual([]);
    const ids = r.decisions[0].features?.map((f) => f.id) ?? [];
    expect(ids.some((id) => id.startsWith('text-merge.code-'))).toBe(false);
  });
});

describe('a page that did not fill (no boxes)', () => {
  const merge = (specs: Parameters<typeof makeDoc>[0]) => {
    const i = input(makeDoc(specs));
    return mergeTextFragments(i, detectFurniture(i));
  };
  const next =
    '或许已经运作了，但最好知道如何配置与安装引导加载器，万一它不在 MBR 中。安装 Windows 等其他操作系统后，很可能出现这种情况。';

  it('a short line alone under a heading on its page is not cut by the page break', () => {
    const r = merge([
      { page: 1, type: 'title', text: '8.8. 配置引导加载器（Bootloader）' },
      { page: 1, type: 'text', text: 'Debian 管理员手册' },
      { page: 2, type: 'text', text: next },
    ]);
    expect(r.groups).toEqual([]);
    expect(r.decisions[0].features?.map((f) => f.id)).toContain('text-merge.sparse-page');
  });

  it('a page full of text still runs on into the next', () => {
    const full = '在各种情况下，使用图形界面进行管理都很有趣。管理员不必了解所有服务的配置信息，不用翻阅文档。'.repeat(
      4,
    );
    const r = merge([
      { page: 1, type: 'text', text: full },
      { page: 1, type: 'text', text: `${full}因此，用图形界面进行管理可以加速服务的部署过程，也能简化那些比较难的` },
      { page: 2, type: 'text', text: next },
    ]);
    expect(r.groups).toEqual([[1, 2]]);
    expect(r.decisions.at(-1)?.features?.map((f) => f.id)).not.toContain('text-merge.sparse-page');
  });
});

describe('a numbered reference list at the foot of a column', () => {
  const merge = (specs: Parameters<typeof makeDoc>[0]) => {
    const i = input(makeDoc(specs));
    return mergeTextFragments(i, detectFurniture(i));
  };
  const L = (y1: number, y2: number): [number, number, number, number] => [0.08, y1, 0.48, y2];
  const R = (y1: number, y2: number): [number, number, number, number] => [0.52, y1, 0.92, y2];
  const refs = [
    {
      page: 1,
      type: 'list_item',
      text: '[1] Tomas Reyes and Priya Ramanathan, “No Makefile,” Proc. ICSE, 2019.',
      bbox: L(0.33, 0.37),
    },
    {
      page: 1,
      type: 'list_item',
      text: '[2] Ada Marsh and Hana Novak, “Cherry-pick templates,” IEEE Software, 2020.',
      bbox: L(0.38, 0.42),
    },
    {
      page: 1,
      type: 'list_item',
      text: '[3] Elif Demir and Sam O. Kessler, “Makefile,” ACM Trans. on Computer Systems,',
      bbox: L(0.86, 0.9),
    },
  ] as const;

  it('a paragraph left open above it goes on at the head of the next column (Docling, revtex)', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: 'Many upstream programs are packaged with dh_python3 and pybuild from the',
        bbox: L(0.05, 0.12),
      },
      {
        page: 1,
        type: 'text',
        text: 'In order to make Debian package of these Python programs, you must start with their source pack-',
        bbox: L(0.2, 0.27),
      },
      ...refs,
      {
        page: 1,
        type: 'text',
        text: 'ages. The current Debian packaging practice of such programs uses pybuild.',
        bbox: R(0.05, 0.12),
      },
    ]);
    expect(r.groups).toContainEqual([1, 5]);
    expect(r.decisions.some((x) => x.features?.some((f) => f.id === 'text-merge.around-reference-list'))).toBe(true);
  });

  it("not after the list's own title or one of its entries", () => {
    const r = merge([
      { page: 1, type: 'text', text: 'References', bbox: L(0.28, 0.3) },
      ...refs,
      { page: 2, type: 'text', text: 'Conf., vol. 28, pp. 20–487, 2018.', bbox: L(0.05, 0.07) },
    ]);
    expect(r.decisions.some((x) => x.features?.some((f) => f.id === 'text-merge.around-reference-list'))).toBe(false);
  });
});

describe('a short line the reading order put after the foot of a column', () => {
  const merge = (specs: Parameters<typeof makeDoc>[0]) => {
    const i = input(makeDoc(specs));
    return mergeTextFragments(i, detectFurniture(i));
  };
  const item = (date: [number, number, number, number]) =>
    merge([
      {
        page: 1,
        type: 'list_item',
        text: 'The maintainer obtains the upstream tarball and untars it.',
        bbox: [0.52, 0.7, 0.88, 0.78],
      },
      { page: 1, type: 'list_item', text: 'The debmake command debianizes the', bbox: [0.52, 0.84, 0.88, 0.86] },
      { page: 1, type: 'text', text: 'June 2021', bbox: date },
      {
        page: 2,
        type: 'list_item',
        text: 'upstream source tree by adding template files only in the debian directory.',
        bbox: [0.16, 0.08, 0.49, 0.12],
      },
    ]);

  it('the date under the title, read after the item the page cuts, does not stop it (Docling, article)', () => {
    const r = item([0.45, 0.31, 0.55, 0.33]);
    expect(r.groups).toEqual([[1, 3]]);
    expect(r.decisions.at(-1)?.features?.map((f) => f.id)).toContain('text-merge.around-out-of-place');
  });

  it('a short line at the head of the column to the right is no misplaced line', () => {
    const r = merge([
      { page: 1, type: 'text', text: 'The debmake command debianizes the', bbox: [0.08, 0.84, 0.48, 0.86] },
      { page: 1, type: 'text', text: 'June 2021', bbox: [0.52, 0.05, 0.62, 0.07] },
      { page: 2, type: 'text', text: 'upstream source tree by adding template files.', bbox: [0.08, 0.08, 0.48, 0.12] },
    ]);
    expect(r.decisions.some((d) => d.features?.some((f) => f.id === 'text-merge.around-out-of-place'))).toBe(false);
  });
});
