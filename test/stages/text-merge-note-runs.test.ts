// Footnotes cut by a page or column break (text-merge/note-runs.ts): the note's rest stands at the foot of the next
// page or column, under that area's body, not next in reading order. Train documents of test/corpus-train scored
// against their gold, and hand-made pages in the parsers' shapes (said so at each).
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';
import { trainMerges } from '../helpers/merge-links.js';

function mergeOf(doc: ReturnType<typeof makeDoc>) {
  const inp = input(doc);
  return mergeTextFragments(inp, detectFurniture(inp));
}

const box = (x0: number, y0: number, x1: number, y1: number): BBox => [x0, y0, x1, y1];

describe('a note cut by a page break goes on at the foot of the next page (MinerU, boxes)', () => {
  it('joins the note to the lowest text of the next page, past that page’s body (amsart)', () => {
    const { result, predicted, featuresOf, wrong } = trainMerges(
      'latex-amsart-debmake-en-ch08/mineru',
      'content_list.json',
    );
    const text = (ref: string) => result.document.elements.find((e) => e.ref === ref)?.text ?? '';
    // "1 debian/control (maintainer version, …) … The debian/control file is exactly" | page 6's body | "the same as …"
    expect(text('/66')).toMatch(/^1 debian\/control .* is exactly$/s);
    expect(text('/75')).toMatch(/^the same as the one in Section 8/);
    expect(predicted.has('/66|/75')).toBe(true);
    expect(featuresOf('/66|/75')).toContain('text-merge.note-runs-on');
    // The note's rest stands out of the flow: the listing above it goes on on the next page.
    expect(predicted.has('/74|/79')).toBe(true);
    expect(featuresOf('/74|/79')).toContain('text-merge.around-footnote');
    expect(wrong().extra).toEqual([]);
  });

  it('takes no text right under the body for a note’s rest: the footnote rule sets the notes apart (hand-made)', () => {
    const note = '1 The pair values in the package stanza set the defaults (without option: “ask”)';
    const doc = makeDoc([
      {
        page: 1,
        type: 'text',
        text: 'The body of the first page ends here with a sentence.',
        bbox: box(0.1, 0.1, 0.9, 0.7),
      },
      { page: 1, type: 'text', text: note, bbox: box(0.1, 0.8, 0.9, 0.9) },
      {
        page: 2,
        type: 'text',
        text: 'The body of the second page goes on with more text.',
        bbox: box(0.1, 0.1, 0.9, 0.85),
      },
      { page: 2, type: 'text', text: 'force packages to be non-multiarch', bbox: box(0.1, 0.852, 0.9, 0.87) },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([]);
    expect(decisions.some((d) => d.ruleId === 'text-merge.note-runs-on')).toBe(false);
  });
});

describe('without boxes (Mistral OCR)', () => {
  it('a note cut in a column the reader cannot see goes on in the page’s last text (ctexart, two columns)', () => {
    const { predicted, featuresOf, wrong } = trainMerges('latex-ctexart-debmake-zh-ch07/mistral', 'ocr_response.json');
    // "1 origtargz(1) … automate packaging activities us-" | the right column | "ing the git repository as …"
    const link = '/pages/1/markdown:11|/pages/1/markdown:24';
    expect(predicted.has(link)).toBe(true);
    expect(featuresOf(link)).toEqual(expect.arrayContaining(['text-merge.note-runs-on', 'text-merge.hyphen']));
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });

  it('a note that ends its page goes on in the next page’s last text, and one that ends a sentence does not (hand-made)', () => {
    const page = (n: number, body: [string, string], note: string, rest: string): Spec[] => [
      { page: n, type: 'text', text: body[0] },
      { page: n, type: 'text', text: note },
      { page: n + 1, type: 'text', text: body[1] },
      { page: n + 1, type: 'text', text: rest },
    ];
    const open = page(
      1,
      ['Let’s generate the files with the debmake command.', 'The control file names the source package.'],
      '1 debian/control (maintainer version). The debian/control file is exactly',
      'the same as before.',
    );
    const closed = page(
      3,
      ['The rules file builds the package with dh.', 'The copyright file holds the licence.'],
      '2 debian/rules (maintainer version). The file is the same as before.',
      'Here it ends.',
    );
    const doc = makeDoc([...open, ...closed]);
    const { groups } = mergeOf(doc);
    const [note, rest] = [doc.elements[1].id, doc.elements[3].id];
    expect(groups).toEqual([[note, rest]]);
  });

  it('a note typed as one goes on in the page’s last note across a column no box shows (Unstructured-like, hand-made)', () => {
    const doc = makeDoc([
      { page: 1, type: 'text', text: 'The left column’s body, which ends in a full sentence here.' },
      { page: 1, type: 'page_footnote', text: '1 The big picture for building a package is given in the text that' },
      { page: 1, type: 'text', text: 'The right column’s body, which also ends in a full sentence.' },
      { page: 1, type: 'page_footnote', text: 'follows, step by step.' },
    ]);
    const { groups } = mergeOf(doc);
    expect(groups).toEqual([[doc.elements[1].id, doc.elements[3].id]]);
  });
});

describe('a note that may have ended is no cut note across an unseen column (hand-made, Mistral-like)', () => {
  it('after a closing bracket the page’s last text is not the note’s rest', () => {
    const note =
      '1 generate configuration files as templates for the package. (without option: “ask”; doubled option: “force no”)';
    const doc = makeDoc([
      { page: 1, type: 'text', text: note },
      { page: 1, type: 'text', text: 'The default is taken from the value of the environment variable.' },
      { page: 1, type: 'text', text: 'force packages to be non-multiarch' },
    ]);
    expect(mergeOf(doc).decisions.filter((d) => d.ruleId === 'text-merge.note-runs-on')).toEqual([]);
  });
});

describe('notes between the blocks of a paragraph or a listing, without boxes (Mistral OCR)', () => {
  it('a listing runs on past a numbered note between two code blocks (amsart)', () => {
    const { predicted, featuresOf, wrong } = trainMerges('latex-amsart-debmake-en-ch07/mistral', 'ocr_response.json');
    // "$ ln -sf … $ gbp pq rebase" | "2 , which are an important …" (the note) | page 11's tips | "$ git checkout master …"
    const link = '/pages/9/markdown:10|/pages/10/markdown:2';
    expect(predicted.has(link)).toBe(true);
    expect(featuresOf(link)).toEqual(
      expect.arrayContaining(['text-merge.around-footnote', 'text-merge.code-block-runs-on']),
    );
    expect(wrong().extra).toEqual([]);
  });

  it('a numbered line that leads in the next listing is no note: the listings stay apart (hand-made)', () => {
    const doc = makeDoc([
      { page: 1, type: 'code', text: "$ cd debhello-0.2\n$ debmake -b':sh'\nI: set parameters" },
      { page: 1, type: 'text', text: '2 debian/install (maintainer version, v=0.2): f(x) = x + 1' },
      { page: 2, type: 'code', text: '$ vim debhello-0.2/debian/install\n... hack, hack, hack, ...' },
    ]);
    expect(mergeOf(doc).groups).toEqual([]);
  });

  it('a note before subfigures and their caption stands out of the paragraph it cuts (hand-made, ieeetran-like)', () => {
    const doc = makeDoc([
      { page: 1, type: 'text', text: 'A native Debian package may be used only when the package is useful' },
      {
        page: 1,
        type: 'text',
        text: '2 When properly used, they will help packagers handle the policy automatically.',
      },
      { page: 1, type: 'image', text: '', bbox: box(0.52, 0.1, 0.68, 0.18) },
      { page: 1, type: 'image', text: '', bbox: box(0.74, 0.1, 0.9, 0.18) },
      { page: 1, type: 'text', text: '(a) Before the change.' },
      { page: 1, type: 'text', text: '(b) After the change.' },
      { page: 1, type: 'text', text: 'Fig. 2: Two states of the configuration discussed in this section.' },
      { page: 1, type: 'text', text: 'and valuable only for Debian. Thus, its use is generally discouraged.' },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([[doc.elements[0].id, doc.elements[7].id]]);
    const joined = decisions.find((d) => d.accepted);
    expect(joined?.features?.map((f) => f.id)).toContain('text-merge.around-footnote');
  });
});

describe('a listing cut by a column break no box shows (Unstructured)', () => {
  it('two long code-like text blocks in a row are one listing (article)', () => {
    const { predicted, featuresOf, wrong } = trainMerges('latex-article-debmake-en-ch04/unstructured', 'elements.json');
    // "$ cat debhello-0.0/debian/copyright Format: ↪→ https://…/1.0/" | "Upstream-Name: debhello Upstream-Contact: …"
    // "… dh_auto_configure install -d ↪→ dh_auto_build" | "make -j12 "INSTALL=install ↪→ --strip-program=true" …"
    for (const link of ['/107|/108', '/148|/149']) {
      expect(predicted.has(link)).toBe(true);
      expect(featuresOf(link)).toContain('text-merge.listing-cut-unseen');
    }
    expect(wrong().extra).toEqual([]);
  });

  it('a lead-in line and a listing, or a listing and one opening its own prompt, stay apart (hand-made)', () => {
    const listing =
      '$ cat debhello-0.2/debian/rules #!/usr/bin/make -f # You must remove unused comment lines export DH_VERBOSE = 1';
    const doc = makeDoc([
      { page: 1, type: 'text', text: 'debian/rules (template file, v=0.2): O(n log n)' },
      { page: 1, type: 'text', text: listing },
      {
        page: 1,
        type: 'text',
        text: '# aa-genprof dhclient Writing updated profile for /usr/sbin/dhclient. Setting /usr/sbin/dhclient to complain mode.',
      },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([]);
    expect(decisions.filter((d) => d.features?.some((f) => f.id === 'text-merge.listing-cut-unseen'))).toEqual([]);
  });
});
