// Paragraph merges at listings, list entries and asides (session 12): train documents of the full corpora
// (test/corpus-train, train split only) scored against their gold, and hand-made pages in the shape of the
// parsers' output where the case needs it.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { col, input, makeDoc, type Spec } from '../helpers/doc.js';
import { trainMerges } from '../helpers/merge-links.js';

const run = trainMerges;

function decide(specs: Spec[]) {
  const inp = input(makeDoc(specs));
  const { groups, decisions } = mergeTextFragments(inp, detectFurniture(inp));
  return { groups, features: decisions.map((d) => d.features?.map((f) => f.id) ?? []) };
}

describe('a listing line the prose test takes for words', () => {
  it('a Makefile goes on past the page break with ".PHONY: all install clean …" (MinerU)', () => {
    const { result, predicted, featuresOf } = run('latex-amsart-debmake-en-ch08/mineru', 'content_list.json');
    const byRef = new Map(result.document.elements.map((e) => [e.ref, e.text]));
    expect(byRef.get('/193')).toMatch(/^\.PHONY: all install clean/);
    expect(featuresOf('/189|/193')).toContain('text-merge.code-block-runs-on');
    expect(predicted.has('/189|/193')).toBe(true);
  });

  it('a run of file names after a listing at the foot of the page is the listing’s rest (hand-made, MinerU-like)', () => {
    const { groups, features } = decide([
      { page: 1, type: 'text', text: 'The generated source tree holds these files.', bbox: col(0.1, 0.2) },
      {
        page: 1,
        type: 'text',
        text: '$ tar --xz -tf debhello_0.2-1.debian.tar.xz\ndebian/\ndebian/README.Debian\ndebian/changelog\ndebian/control',
        bbox: col(0.22, 0.9),
      },
      {
        page: 2,
        type: 'text',
        text: 'debian/manpages debian/patches/ debian/patches/series debian/rules debian/source/ debian/source/format',
        bbox: col(0.1, 0.14),
      },
      { page: 2, type: 'text', text: 'Here, the debian/rules file is the build script.', bbox: col(0.16, 0.2) },
    ]);
    expect(features[0]).toContain('text-merge.code-block-runs-on');
    expect(groups).toEqual([[1, 2]]);
  });
});

describe('Unstructured: a listing flattened into plain text, no boxes', () => {
  it('"$ cat …/debian/control Source: debhello" goes on in the "Section: … Priority: …" block after the page break', () => {
    const { result, predicted, featuresOf } = run('latex-ctexbook-debmake-zh-ch08/unstructured', 'elements.json');
    const byRef = new Map(result.document.elements.map((e) => [e.ref, e.text]));
    expect(byRef.get('/117')).toMatch(/^Section: unknown Priority: optional/);
    expect(featuresOf('/115|/117')).toContain('text-merge.code-runs-on-unplaced');
    expect(predicted.has('/115|/117')).toBe(true);
  });

  it('a run of file names after a figure in the column goes on with the listing before it (hand-made, Unstructured-like)', () => {
    const { groups, features } = decide([
      {
        page: 5,
        type: 'text',
        text: '$ tar -tzf debhello-0.2.tar.gz debhello-0.2/ debhello-0.2/data/ debhello-0.2/data/hello.desktop debian/source/control',
      },
      { page: 5, type: 'image' },
      { page: 5, type: 'image_caption', text: 'Fig. 2: Two states of the configuration discussed in this section.' },
      {
        page: 5,
        type: 'text',
        text: 'debian/source/format debian/source/options debian/source/patch-header debian/tests/ debian/watch',
      },
    ]);
    expect(features[0]).toContain('text-merge.code-runs-on-unplaced');
    expect(groups).toEqual([[0, 3]]);
  });
});

describe('Mistral OCR and Unstructured: text blocks without boxes', () => {
  it('a word cut at a hyphen goes on in the next block, whatever follows its letters ("orig-" | "targz(1) …") (Mistral OCR)', () => {
    const { result, predicted, featuresOf } = run('latex-ctexart-debmake-zh-ch07/mistral', 'ocr_response.json');
    const byRef = new Map(result.document.elements.map((e) => [e.ref, e.text]));
    expect(byRef.get('/pages/5/markdown:7')).toMatch(/orig-$/);
    expect(byRef.get('/pages/5/markdown:8')).toMatch(/^targz\(1\)/);
    expect(featuresOf('/pages/5/markdown:7|/pages/5/markdown:8')).toContain('text-merge.hyphen');
    expect(predicted.has('/pages/5/markdown:7|/pages/5/markdown:8')).toBe(true);
  });

  it('an upper-case running head with its page number glued on runs into nothing (Unstructured)', () => {
    const { result, predicted } = run('latex-report-debmake-en-ch05/unstructured', 'elements.json');
    const byRef = new Map(result.document.elements.map((e) => [e.ref, e.text]));
    expect(byRef.get('/97')).toBe('CHAPTER 2. HISTORICAL PERSPECTIVE OF DEBIAN PACKAGING PRACTICES8');
    // The furniture stage takes it for a running head, its page number in the line (src/stages/furniture/edges.ts);
    // kept in the body, text-merge read it as a title-like first half (text-merge.title-like-first) and joined nothing.
    expect(result.structure.furniture).toContain('/97');
    expect(predicted.has('/97|/100')).toBe(false);
  });
});

describe('a bracket left open', () => {
  it('a Markdown item cut in a column goes on in the next "- " item that closes its bracket (Mistral OCR)', () => {
    const { result, predicted, featuresOf } = run('latex-ltjsarticle-debmake-ja-ch04/mistral', 'ocr_response.json');
    const link = '/pages/4/markdown:10|/pages/4/markdown:13';
    const byRef = new Map(result.document.elements.map((e) => [e.ref, e.text]));
    expect(byRef.get('/pages/4/markdown:10')).toMatch(/\$\(LD-$/);
    expect(byRef.get('/pages/4/markdown:13')).toBe('- FLAGS), etc.');
    expect(featuresOf(link)).toContain('text-merge.marker-over-page');
    expect(predicted.has(link)).toBe(true);
  });

  it('a closing bracket on the next page is the sentence’s, not code (hand-made, MinerU-like)', () => {
    const { groups, features } = decide([
      {
        page: 4,
        type: 'text',
        text: '• many options (Section 5.7.1.1, “debmake -b”, Chapter 6, debmake options, Appendix A,',
        bbox: col(0.8, 0.9),
      },
      { page: 5, type: 'text', text: 'debmake(1) manpage)', bbox: col(0.1, 0.12) },
    ]);
    expect(features[0]).not.toContain('text-merge.code-and-prose');
    expect(groups).toEqual([[0, 1]]);
  });
});

describe('a web address at the end of a list item', () => {
  it('does not run on into a numbered heading typed as text ("2.6. Help resources") (Docling)', () => {
    const { result, predicted, featuresOf } = run('office-report-debmake-ja-ch02/docling', 'document.json');
    const byRef = new Map(result.document.elements.map((e) => [e.ref, e.text]));
    expect(byRef.get('/texts/75')).toBe('http://packaging.ubuntu.com/html/');
    expect(byRef.get('/texts/79')).toBe('2.6. Help resources');
    expect(featuresOf('/texts/75|/texts/79')).not.toContain('text-merge.address-runs-on');
    expect(predicted.has('/texts/75|/texts/79')).toBe(false);
  });
});

describe('a subfigure label typed as a title', () => {
  it('a listing runs on past a figure whose subfigure label dots.ocr typed as a title (dots.ocr)', () => {
    const { result, predicted, featuresOf } = run('latex-report-debmake-en-ch08/dots', 'pages.json');
    const label = result.document.elements.find((e) => e.ref === '/16/4');
    expect(label?.type).toBe('title');
    expect(label?.text).toBe('(a) Before the change.');
    expect(featuresOf('/15/13|/16/7')).toContain('text-merge.code-block-runs-on');
    expect(predicted.has('/15/13|/16/7')).toBe(true);
  });
});

describe('code and a CJK paragraph', () => {
  it('a shell script does not run on into the Chinese note under it, though both kept line breaks (MinerU, MinerU 2)', () => {
    const mineru = run('latex-ctexbook-debmake-zh-ch08/mineru', 'content_list.json');
    expect(mineru.featuresOf('/73|/77')).toContain('text-merge.code-and-prose');
    expect(mineru.predicted.has('/73|/77')).toBe(false);
    const v2 = run('latex-ctexbook-debmake-zh-ch08/mineru-v2', 'content_list_v2.json');
    expect(v2.predicted.has('/11/7|/12/3')).toBe(false);
  });
});

describe('the lead-in line of a listing', () => {
  it('"debian/control (template file, v=0.2):" does not run into the "$ cat …" listing after the page break (hand-made, Unstructured-like)', () => {
    const { groups, features } = decide([
      { page: 1, type: 'text', text: 'debian/control (template file, v=0.2):' },
      {
        page: 2,
        type: 'text',
        text: '$ cat debhello-0.2/debian/control Source: debhello Section: unknown Priority: optional',
      },
    ]);
    expect(features[0]).toContain('text-merge.code-and-prose');
    expect(groups).toEqual([]);
  });
});

describe('a display formula typed as text', () => {
  it('is no listing that runs into the prose after it (hand-made, MinerU middle-like)', () => {
    const { groups, features } = decide([
      { page: 1, type: 'text', text: 'The cost of the build grows as follows.', bbox: col(0.1, 0.8) },
      { page: 1, type: 'text', text: '( )\nn\nT(n) = 2 T + O(n) (2)\n2', bbox: col(0.82, 0.9) },
      {
        page: 2,
        type: 'text',
        text: 'If you still have questions about the packaging, you can ask them inter-\n4\nactively:',
        bbox: col(0.1, 0.2),
      },
    ]);
    expect(features[0]).not.toContain('text-merge.code-block-runs-on');
    expect(groups).toEqual([]);
  });
});

describe('the next entry of a list', () => {
  it('a full-width numbered item "（8）" opens the next item of a legal text (MinerU)', () => {
    const { result, predicted, featuresOf } = run('office-legal-debmake-zh-ch05/mineru', 'content_list.json');
    const byRef = new Map(result.document.elements.map((e) => [e.ref, e.text]));
    expect(byRef.get('/38')).toMatch(/^（8）/);
    expect(featuresOf('/35|/38')).toContain('text-merge.list-marker');
    expect(predicted.has('/35|/38')).toBe(false);
  });

  it('an article label "第 二 十 五 条" opens a new article, whatever the item before left open (MinerU)', () => {
    const { result, predicted, featuresOf } = run('office-legal-debmake-zh-ch07/mineru', 'content_list.json');
    const byRef = new Map(result.document.elements.map((e) => [e.ref, e.text]));
    expect(byRef.get('/85')).toMatch(/^第 二 十 五 条/);
    expect(featuresOf('/82|/85')).toContain('text-merge.article-opener');
    expect(predicted.has('/82|/85')).toBe(false);
  });

  it('after "(see Section 5.8, “debian/changelog”)" a file name and its sentence open the next entry (PaddleOCR)', () => {
    const { predicted, featuresOf } = run('latex-elsarticle-debmake-en-ch05/paddle', 'res.json');
    const link = '/0/parsing_res_list/28|/1/parsing_res_list/0';
    expect(featuresOf(link)).toContain('text-merge.file-term-next');
    expect(predicted.has(link)).toBe(false);
  });
});

describe('entries of a term list', () => {
  it('"debuild = …" and "schroot = …" are two entries of a term list, not one cut by the page (Unstructured)', () => {
    const { result, predicted, featuresOf } = run('latex-ieeetran-debmake-en-ch07/unstructured', 'elements.json');
    const byRef = new Map(result.document.elements.map((e) => [e.ref, e.text]));
    expect(byRef.get('/102')).toMatch(/^debuild = dpkg-buildpackage/);
    expect(byRef.get('/105')).toMatch(/^schroot = core/);
    expect(featuresOf('/102|/105')).toContain('text-merge.term-entries');
    expect(predicted.has('/102|/105')).toBe(false);
  });

  it('"the revision part with …" and "the arch part with …" are two entries set in parallel (MinerU 2)', () => {
    const { result, predicted, featuresOf } = run(
      'latex-ltjsarticle-debmake-ja-ch05/mineru-v2',
      'content_list_v2.json',
    );
    const byRef = new Map(result.document.elements.map((e) => [e.ref, e.text]));
    expect(byRef.get('/5/4')).toBe('the arch part with the package architecture');
    expect(featuresOf('/4/13|/5/4')).toEqual(
      expect.arrayContaining(['text-merge.lowercase-start', 'text-merge.parallel-entries']),
    );
    expect(predicted.has('/4/13|/5/4')).toBe(false);
  });

  it('a list item ending with a colon leads in the items under it (hand-made, Docling-like)', () => {
    const { groups, features } = decide([
      { page: 1, type: 'list_item', text: 'Universal OS realized via:', bbox: col(0.86, 0.9) },
      { page: 2, type: 'list_item', text: 'free choice for upstream sources,', bbox: col(0.1, 0.12) },
      { page: 2, type: 'list_item', text: 'free choice for hardware architectures.', bbox: col(0.13, 0.15) },
    ]);
    expect(features[0]).toContain('text-merge.opens-list');
    expect(groups).toEqual([]);
  });
});

describe('an aside set off by an em dash', () => {
  it('"—Chaos!" on the next page goes on with the sentence before it (MinerU)', () => {
    const { result, predicted, featuresOf } = run('latex-ctexbook-debmake-zh-ch05/mineru', 'content_list.json');
    const byRef = new Map(result.document.elements.map((e) => [e.ref, e.text]));
    expect(byRef.get('/124')).toMatch(/^—Chaos!/);
    expect(featuresOf('/118|/124')).toContain('text-merge.dash-runs-on');
    expect(predicted.has('/118|/124')).toBe(true);
  });
});
