// Paragraphs and listings that run on past the footnotes typed as text at the foot of their page (MinerU content
// lists of train documents in test/corpus-train, scored against their gold): Japanese notes opened "1）", notes
// after a fragment that ends like a sentence, and a bulleted item after a listing that is no line of it.
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/model/element.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc } from '../helpers/doc.js';
import { trainMerges } from '../helpers/merge-links.js';

const run = trainMerges;

function mergeOf(doc: ReturnType<typeof makeDoc>) {
  const inp = input(doc);
  return mergeTextFragments(inp, detectFurniture(inp));
}

const at = (x0: number, y0: number, y1: number): BBox => [x0, y0, 0.8, y1];

describe('footnotes typed as text at the foot of the page (MinerU)', () => {
  it('a note opened by a number and a full-width parenthesis ("2）Here is …") is out of the flow (jlreq)', () => {
    const { result, predicted, featuresOf, wrong } = run('latex-jlreq-debmake-ja-ch04/mineru', 'content_list.json');
    const note = result.document.elements.find((e) => e.ref === '/59');
    expect(note?.text).toMatch(/^2）\s*Here is a summary/);
    // "$ wget … $ tree" | "2） Here is a summary …" (the note) | page 4 | "." + the tree the command printed
    expect(featuresOf('/58|/63')).toEqual(
      expect.arrayContaining(['text-merge.around-footnote', 'text-merge.code-block-runs-on']),
    );
    expect(predicted.has('/58|/63')).toBe(true);
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });

  it('the notes end the page even after a fragment that ends like a sentence ("…", "!")', () => {
    const { result, predicted, featuresOf, wrong } = run('latex-jlreq-debmake-ja-ch08/mineru', 'content_list.json');
    // "… W: -r "1" != auto set value "" ..." | "1） This should also serve …" | "I: debmake -x "4" …"
    expect(result.document.elements.find((e) => e.ref === '/37')?.text).toMatch(/\.\.\.$/);
    expect(featuresOf('/37|/40')).toContain('text-merge.around-footnote');
    // "… echo "Hello from the shell!"" | "2） 1/debian/ directory …" | "echo "" …"
    expect(featuresOf('/65|/68')).toContain('text-merge.around-footnote');
    expect(predicted.has('/37|/40') && predicted.has('/65|/68')).toBe(true);
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });

  it('a bulleted item after a listing past the notes is the list, not the listing (elsarticle)', () => {
    const { predicted, featuresOf } = run('latex-elsarticle-debmake-en-ch04/mineru', 'content_list.json');
    // "$ cat debhello-0.0/src/hello.c … }" | "1 Here, the Makefile supports … Notably:" | the note "1 The creation of …" |
    // "• build binaries honoring $(CPPFLAGS), …". The block under the listing opens with the number of the note under
    // it: it holds the body's mark (text-merge/note-numbers.ts), so it is the list's lead-in, and the listing is no
    // candidate; before session 21 it was read as a note and the listing's pair was kept apart as code and prose.
    expect(featuresOf('/60|/63')).toContain('text-merge.around-footnote');
    expect(featuresOf('/60|/63')).toContain('text-merge.list-marker');
    expect(predicted.has('/59|/63') || predicted.has('/60|/63')).toBe(false);
  });
});

describe('note marks of other classes and scripts (MinerU)', () => {
  it.each([
    ['latex-ctexbook-debmake-zh-ch08/mineru', '/83', /^2这也可以/, '/82|/86'],
    ['latex-ltjsarticle-debmake-ja-ch04/mineru', '/65', /^\*2 Let/, '/64|/70'],
    ['latex-book-debmake-en-ch02/mineru', '/21', /^1 \[4\] The/, '/20|/25'],
    // With boxes, at the page's foot under the body, a number and a space are enough ("2 , which are …").
    ['latex-amsart-debmake-en-ch07/mineru', '/180', /^2 , which are/, '/179|/186'],
  ])(
    '%s: the note %s (number glued to CJK, "*2", "1 [4] …", "2 , which …") is out of the flow',
    (dir, note, text, link) => {
      const { result, predicted, featuresOf } = run(dir, 'content_list.json');
      expect(result.document.elements.find((e) => e.ref === note)?.text).toMatch(text);
      expect(featuresOf(link)).toContain('text-merge.around-footnote');
      expect(predicted.has(link)).toBe(true);
    },
  );
});

describe('numbered lines at the foot that are no notes (hand-made, MinerU-like)', () => {
  it("a numbered question ending in an answer blank is a form's, not a note the listing runs on past", () => {
    const doc = makeDoc([
      {
        page: 1,
        type: 'text',
        text: '8 The upstream snapshot from the VCS is built with ____________',
        bbox: at(0.1, 0.8, 0.82),
      },
      {
        page: 1,
        type: 'text',
        text: '$ cd /path/to/upstream-vcs\n$ debmake -d -i debuild',
        bbox: at(0.13, 0.84, 0.87),
      },
      { page: 1, type: 'text', text: '9 Alternatively, the same is done with ____________', bbox: at(0.1, 0.88, 0.9) },
      {
        page: 2,
        type: 'text',
        text: '$ cd /path/to/upstream-vcs\n$ debmake -p package -t -i debuild',
        bbox: at(0.13, 0.08, 0.11),
      },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([]);
    expect(decisions.some((d) => d.features?.some((f) => f.id === 'text-merge.around-footnote'))).toBe(false);
  });

  it("a numbered line right under a listing (no footnote rule's space) is the body's, no note", () => {
    const doc = makeDoc([
      {
        page: 1,
        type: 'text',
        text: 'Add the following lines to the ~/.bashrc file of your account.',
        bbox: at(0.1, 0.7, 0.74),
      },
      {
        page: 1,
        type: 'text',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: shell text of the document
        text: 'alias dquilt="quilt --quiltrc=${HOME}/.quiltrc-dpkg"\ncomplete -F _quilt_completion $_quilt_complete_opt dquilt',
        bbox: at(0.1, 0.75, 0.86),
      },
      { page: 1, type: 'text', text: '2 Then create the file ~/.quiltrc-dpkg as follows.', bbox: at(0.1, 0.861, 0.88) },
      {
        page: 2,
        type: 'text',
        text: 'd=.\nwhile [ ! -d $d/debian -a `readlink -e $d` != / ];\ndo d=$d/..; done',
        bbox: at(0.1, 0.1, 0.3),
      },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([]);
    // Session 18: touching the listing, it is the lead-in of the next one (formula debris "2" before it), not a note
    // the listing runs on past; prose, kept apart from the listing overleaf.
    expect(decisions.find((d) => d.place.refs?.join('|') === '/1|/3')).toBeUndefined();
    const pair = decisions.find((d) => d.place.refs?.join('|') === '/2|/3');
    expect(pair?.features?.map((f) => f.id)).toContain('text-merge.code-and-prose');
    expect(pair?.features?.map((f) => f.id)).not.toContain('text-merge.around-footnote');
  });
});
