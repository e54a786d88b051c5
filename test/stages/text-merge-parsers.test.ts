// Paragraph merges on the parser-style formats, session 10 (issue #15): train documents of the parser-style LaTeX
// corpora (test/corpus-train, built by scripts/corpus; train split only) scored against their gold, and
// hand-made documents in the shape of a parser's output where a rule needs one.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { col, input, makeDoc } from '../helpers/doc.js';
import { trainMerges } from '../helpers/merge-links.js';

const run = trainMerges;

function mergeOf(doc: ReturnType<typeof makeDoc>) {
  const inp = input(doc);
  return mergeTextFragments(inp, detectFurniture(inp));
}

describe("a float's parts typed as text start no column", () => {
  it('a listing runs on past an algorithm at the head of the next page (PaddleOCR)', () => {
    const { result, expected, predicted, featuresOf } = run('latex-report-debmake-en-ch06/paddle', 'res.json');
    // "$ cp -r … $ dch" | page 8: "Algorithm 1 Procedure …" (text), "Require: n ≥ 1 …" | "... update debian/changelog …"
    const above = result.document.elements.filter((e) => e.page === 8 && e.bbox && e.bbox[1] < 0.4);
    expect(above.some((e) => /^Algorithm 1/.test(e.text) && e.type === 'text')).toBe(true);
    const link = '/6/parsing_res_list/12|/7/parsing_res_list/4';
    expect(expected.has(link)).toBe(true);
    expect(predicted.has(link)).toBe(true);
    expect(featuresOf(link)).not.toContain('text-merge.not-column-start');
  });

  it('a listing runs on past a figure and its caption typed as text at the head of the next page (MinerU 2)', () => {
    const { result, predicted, featuresOf, wrong } = run(
      'latex-report-debmake-en-ch04/mineru-v2',
      'content_list_v2.json',
    );
    // "… I: parse binary package settings:" | page 14: image, "Figure 6.1: Overview …" (text) | "I: binary package=…"
    const caption = result.document.elements.find((e) => e.page === 14 && /^Figure 6\.1:/.test(e.text));
    expect(caption?.type).toBe('text');
    expect(predicted.has('/12/3|/13/2')).toBe(true);
    expect(featuresOf('/12/3|/13/2')).toContain('text-merge.code-block-runs-on');
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });
});

describe('what the next fragment opens with', () => {
  it('a number and a capitalised word ("2 Let’s get started …") is a note or a step, not the rest of a list item (MinerU 2)', () => {
    const { predicted, featuresOf, wrong } = run('latex-report-debmake-en-ch03/mineru-v2', 'content_list_v2.json');
    // "The parallel make to boost the build speed. (optional)" | page 13: "2 Let’s get started by following …"
    expect(featuresOf('/11/10|/12/2')).toContain('text-merge.number-opens-next');
    expect(predicted.has('/11/10|/12/2')).toBe(false);
    expect(wrong().missed).toEqual([]);
  });

  it('a number after a label word that counts it ("… see Table" | "2 Shows …") is the sentence going on (hand-made)', () => {
    const doc = makeDoc([
      { page: 1, type: 'text', text: 'The packages and their sizes are listed in Table', bbox: col(0.8, 0.9) },
      { page: 2, type: 'text', text: '2 Shows the sizes after the change.', bbox: col(0.1, 0.15) },
    ]);
    const features = mergeOf(doc).decisions[0].features?.map((f) => f.id);
    expect(features).not.toContain('text-merge.number-opens-next');
  });

  it('a list marker outweighs a word left dangling, with boxes: the bullet is printed (MinerU)', () => {
    const { predicted, featuresOf } = run('latex-report-debmake-en-ch02/mineru', 'content_list.json');
    // "… See the" (the column's end) | "• debian-mentors@lists.debian.org mailing list. …"
    expect(featuresOf('/95|/102')).toEqual(
      expect.arrayContaining(['text-merge.dangling-word', 'text-merge.list-marker']),
    );
    expect(predicted.has('/95|/102')).toBe(false);
  });
});

describe('display formulas typed as text', () => {
  it('a formula alone with its number ends its block: the capitalised sentence after it is new (dots.ocr)', () => {
    const { result, predicted, featuresOf } = run('latex-amsart-debmake-en-ch02/dots', 'pages.json');
    const formula = result.document.elements.find((e) => e.ref === '/3/20');
    expect(formula?.text).toMatch(/= w x \+ b/);
    expect(featuresOf('/3/20|/4/4')).toContain('text-merge.formula-end');
    expect(predicted.has('/3/20|/4/4')).toBe(false);
  });

  it('a formula alone is no code: a listing typed as text at the head of the next page is not its rest (hand-made, dots-like)', () => {
    const doc = makeDoc([
      { page: 1, type: 'text', text: '( ) n T(n) = 2 T + O(n) (2) 2', bbox: col(0.8, 0.88) },
      {
        page: 2,
        type: 'text',
        text: 'DEBUILD_DPKG_BUILDPACKAGE_OPTS="-i -I -us -uc"\nDEBUILD_LINTIAN_OPTS="-i -I --show-overrides"',
        bbox: col(0.1, 0.2),
      },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([]);
    expect(decisions[0].features?.map((f) => f.id)).toContain('text-merge.code-and-prose');
  });
});

describe("a listing's lead-in line", () => {
  it('one line ending with a colon after a listing is the next listing’s lead-in, not the rest (Unstructured)', () => {
    const { result, predicted } = run('latex-report-debmake-en-ch08/unstructured', 'elements.json');
    const lead = result.document.elements.find((e) => e.ref === '/118');
    expect(lead?.text).toBe('debian/manpages (maintainer version, v=0.2):');
    expect(predicted.has('/112|/118')).toBe(false);
  });

  it('the same with boxes, both typed text (hand-made, middle.json-like)', () => {
    const doc = makeDoc([
      {
        page: 1,
        type: 'text',
        text: '$ cat debhello-0.2/debian/install\ndata/hello.desktop usr/share/applications\nscripts/hello usr/bin',
        bbox: col(0.75, 0.88),
      },
      { page: 2, type: 'text', text: 'debian/manpages (maintainer version, v=0.2):', bbox: col(0.1, 0.12) },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([]);
    expect(decisions[0].features?.map((f) => f.id)).not.toContain('text-merge.code-block-runs-on');
  });
});

describe('footnotes typed as text', () => {
  it('a note opened by its number low on its page does not run into the head of the next page (hand-made, MinerU-like)', () => {
    const doc = makeDoc([
      { page: 1, type: 'text', text: 'The debmake command makes good guesses for the type.', bbox: col(0.6, 0.7) },
      {
        page: 1,
        type: 'text',
        text: '1 Test install of such a package offers a good alternative to the make install command [-x [01234]] [-y]',
        bbox: col(0.76, 0.86),
      },
      {
        page: 2,
        type: 'text',
        text: 'If the source tree contents do not match, the command warns you.',
        bbox: col(0.1, 0.14),
      },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([]);
    // The note ends the page (out of the flow): the sentence before it is what the next page's head is judged with.
    expect(decisions.find((d) => d.place.refs?.join('|') === '/1|/2')).toBeUndefined();
    const before = decisions.find((d) => d.place.refs?.join('|') === '/0|/2');
    expect(before?.features?.map((f) => f.id)).toEqual(
      expect.arrayContaining(['text-merge.around-footnote', 'text-merge.sentence-end']),
    );
  });
});

describe('listings cut at a column foot', () => {
  it('a caption nested in its float (no box of its own) leaves the column end to the boxes (MinerU)', () => {
    const { result, predicted, featuresOf, wrong } = run('latex-ieeetran-debmake-en-ch08/mineru', 'content_list.json');
    // "$ tar -tzf debhello-0.2.tar.gz …" (left column's foot) | figures with nested captions | "debian/source/format …"
    expect(result.document.elements.some((e) => e.hints?.nestedIn === '/103' && !e.bbox)).toBe(true);
    expect(featuresOf('/102|/105')).toContain('text-merge.code-block-runs-on');
    expect(predicted.has('/102|/105')).toBe(true);
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });

  it('without boxes, a listing runs on past the notes and boxes that end its column on the same page (Unstructured)', () => {
    const { predicted, featuresOf, wrong } = run('latex-revtex-debmake-en-ch03/unstructured', 'elements.json');
    // "cat >~/.sbuildrc << 'EOF' ####…" | footnote, warning and note boxes | "$distribution = 'unstable'; # -A …"
    expect(featuresOf('/68|/72')).toContain('text-merge.code-runs-on-unplaced');
    expect(predicted.has('/68|/72')).toBe(true);
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });

  it('a table’s title block and its notes, lines kept apart around it on one page, are no listing (hand-made, Mistral-like)', () => {
    const doc = makeDoc([
      {
        page: 1,
        type: 'text',
        text: 'H.15 SELECTED INTEREST RATES\nYields in percent per annum\nFor use at 2:30 p.m. Eastern Time',
      },
      { page: 1, type: 'table', text: 'Instruments\t2016 Sep 26\t2016 Sep 27' },
      { page: 1, type: 'text', text: 'See overleaf for footnotes.\nn.a. Not available.' },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([]);
    expect(decisions[0].features?.map((f) => f.id)).not.toContain('text-merge.code-runs-on-unplaced');
  });

  it('one-line snippets around an example caption on one page stay apart (hand-made, Mistral-like)', () => {
    const doc = makeDoc([
      { page: 1, type: 'text', text: 'pattern(pattern [=> title] [{ policy }] [, ...])' },
      { page: 1, type: 'text', text: 'Example 2.9 Use of pattern to group packages by their maintainer' },
      { page: 1, type: 'text', text: 'pattern(?maintainer() => \\1)' },
    ]);
    expect(mergeOf(doc).groups).toEqual([]);
  });

  it('a question ending with an answer blank after a listing is prose, not its rest (hand-made, MinerU 2-like)', () => {
    const doc = makeDoc([
      {
        page: 1,
        type: 'text',
        text: '# cd /usr/share/migrationtools\n# LDAPADD="/usr/bin/ldapadd -c" ./migrate_all_online.sh',
        bbox: col(0.6, 0.64),
      },
      { page: 1, type: 'table', text: 'Question\tAnswer', bbox: col(0.7, 0.88) },
      {
        page: 1,
        type: 'table_caption',
        text: 'Table 11.1. Answers to the questions',
        bbox: null,
        hints: { nestedIn: '/1' },
      },
      {
        page: 2,
        type: 'text',
        text: '12 As you might have noticed, we deliberately ignore migration of ____________',
        bbox: col(0.1, 0.13),
      },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([]);
    expect(decisions[0].features?.map((f) => f.id)).toContain('text-merge.code-and-prose');
  });
});

describe('reference entries cut at a column foot', () => {
  it('the rest of an entry stands before the next entry, after the other column’s text and a heading (PaddleOCR, all typed text)', () => {
    const { result, predicted, featuresOf, wrong } = run('latex-revtex-debmake-en-ch02/paddle', 'res.json');
    const rest = result.document.elements.find((e) => e.ref === '/4/parsing_res_list/28');
    // "[6] … Proc. USENIX Annual Technical Conf., vol. 20," | "• Documentation skills:" … "ACKNOWLEDGMENTS" … |
    // "pp. 194–555, 2002." | "[7] …"
    expect(rest?.text).toBe('pp. 194–555, 2002.');
    expect(rest?.type).toBe('text');
    expect(featuresOf('/4/parsing_res_list/16|/4/parsing_res_list/28')).toEqual(['text-merge.reference-resumes']);
    expect(predicted.has('/4/parsing_res_list/16|/4/parsing_res_list/17')).toBe(false);
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });

  it('an entry cut after a venue’s abbreviation goes on in the next item that opens no entry (hand-made, dots.ocr shape)', () => {
    const doc = makeDoc([
      {
        page: 1,
        type: 'list_item',
        text: '[3] Ada Marsh and Hana Novak, “Display layout,” Proc. Int. Conf. on Software Engineering, vol. 23, pp. 26–560, 2024.',
        bbox: [0.15, 0.75, 0.95, 0.79],
      },
      {
        page: 1,
        type: 'list_item',
        text: '[4] Mei Lindqvist and Priya Ramanathan, “Placement of display elements,” Proc.',
        bbox: [0.15, 0.8, 0.95, 0.81],
      },
      {
        page: 2,
        type: 'list_item',
        text: 'Int. Conf. on Software Engineering, vol. 10, pp. 109–581, 1996.',
        bbox: [0.2, 0.12, 0.8, 0.14],
      },
      {
        page: 2,
        type: 'list_item',
        text: '[5] Tomas Reyes and Elif Demir, “Display elements,” Lecture Notes in Computer Science, vol. 20, pp. 87–313, 2007.',
        bbox: [0.15, 0.15, 0.95, 0.19],
      },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups.map((g) => g.map((id) => doc.elements.find((e) => e.id === id)?.text.slice(0, 4)))).toEqual([
      ['[4] ', 'Int.'],
    ]);
    expect(decisions.find((d) => d.accepted)?.ruleId).toBe('text-merge.reference-resumes');
  });

  it('an entry that ends with its year is whole: the item after it is no rest (hand-made)', () => {
    const doc = makeDoc([
      {
        page: 1,
        type: 'list_item',
        text: '[4] Mei Lindqvist and Priya Ramanathan, “Placement of display elements,” Proc. ICSE, 1996.',
        bbox: [0.15, 0.8, 0.95, 0.81],
      },
      {
        page: 2,
        type: 'list_item',
        text: 'Int. Conf. on Software Engineering, vol. 10, pp. 109–581, 1996.',
        bbox: [0.2, 0.12, 0.8, 0.14],
      },
    ]);
    const { decisions } = mergeOf(doc);
    expect(decisions.some((d) => d.ruleId === 'text-merge.reference-resumes')).toBe(false);
  });

  it('a tail before an entry numbered otherwise is not the rest (hand-made)', () => {
    const doc = makeDoc([
      {
        page: 1,
        type: 'list_item',
        text: '[6] A. Marsh, “Social dynamics,” Proc. USENIX, vol. 20,',
        bbox: [0.1, 0.8, 0.48, 0.9],
      },
      { page: 1, type: 'text', text: 'These activities give you good exposure.', bbox: [0.52, 0.1, 0.9, 0.2] },
      { page: 1, type: 'text', text: 'pp. 194–555, 2002.', bbox: [0.52, 0.5, 0.7, 0.52] },
      {
        page: 1,
        type: 'list_item',
        text: '[9] P. Ramanathan, “Help resources,” LNCS, vol. 3, 2010.',
        bbox: [0.52, 0.52, 0.9, 0.56],
      },
    ]);
    const { decisions } = mergeOf(doc);
    expect(decisions.some((d) => d.ruleId === 'text-merge.reference-resumes')).toBe(false);
  });
});

describe('CJK papers', () => {
  it('a listing runs on past subfigure labels, one of them typed as a caption (Docling, jlreq)', () => {
    const { result, predicted, featuresOf, wrong } = run('latex-jlreq-debmake-ja-ch04/docling', 'document.json');
    // "$ wget … $ tree" | page 5: figures, "図 2: …" and "(b) 変更後。" (captions), "(a) 変更前。" (text) | ".\n├── …"
    expect(result.document.elements.find((e) => e.ref === '/texts/54')?.text).toBe('(a) 変更前。');
    expect(featuresOf('/texts/51|/texts/57')).toEqual(['text-merge.code-block-runs-on']);
    expect(predicted.has('/texts/51|/texts/57')).toBe(true);
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });

  it('an item after an item opens an entry, whatever its first word: a name too (MinerU 2, ctexart)', () => {
    const { predicted, featuresOf, wrong } = run('latex-ctexart-debmake-zh-ch02/mineru-v2', 'content_list_v2.json');
    // "Debian Wiki, HelpDebian（补充内容）" | page 2 | "Debian 新成员站点（官方）": entries of a list of links
    expect(featuresOf('/0/22|/1/2')).toEqual(
      expect.arrayContaining(['text-merge.capital-after-list-item', 'text-merge.parallel-entries']),
    );
    expect(predicted.has('/0/22|/1/2')).toBe(false);
    expect(wrong()).toEqual({ missed: [], extra: [] });
  });

  it('a one-line CJK sentence at the paragraph indent is no indented block running on (hand-made, MinerU-like)', () => {
    const long =
      '这是正文的一段，它很长，一直写到这一行的末尾才结束，并且还有更多的内容在这里，我们继续写下去直到足够长为止。';
    const doc = makeDoc([
      { page: 1, type: 'text', text: long, bbox: [0.1, 0.2, 0.9, 0.3] },
      { page: 1, type: 'text', text: long, bbox: [0.1, 0.35, 0.9, 0.45] },
      { page: 1, type: 'text', text: long, bbox: [0.1, 0.5, 0.9, 0.6] },
      {
        page: 1,
        type: 'text',
        text: '我们可以通过将下面几行加入 ~/.bashrc[7] 的方式对这些软件进行配置。',
        bbox: [0.15, 0.84, 0.8, 0.86],
      },
      { page: 2, type: 'text', text: '添加至 ~/.bashrc 文件.', bbox: [0.15, 0.1, 0.4, 0.12] },
      { page: 2, type: 'text', text: long, bbox: [0.1, 0.14, 0.9, 0.24] },
      { page: 2, type: 'text', text: long, bbox: [0.1, 0.3, 0.9, 0.4] },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([]);
    const pair = decisions.find((d) => d.place.refs?.join('|') === '/3|/4');
    expect(pair?.features?.map((f) => f.id)).not.toContain('text-merge.indented-block-runs-on');
  });

  it('a table’s continuation note "次ページへ続く" is the table’s, not a paragraph running on (hand-made, PaddleOCR-like)', () => {
    const doc = makeDoc([
      { page: 1, type: 'table', text: '用語\t説明', bbox: [0.1, 0.5, 0.9, 0.85] },
      { page: 1, type: 'text', text: '次ページへ続く', bbox: [0.7, 0.86, 0.9, 0.88] },
      { page: 2, type: 'table', text: '用語\t説明', bbox: [0.1, 0.1, 0.9, 0.4] },
      { page: 2, type: 'text', text: '次ページへ続く', bbox: [0.7, 0.41, 0.9, 0.43] },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([]);
    // The notes are the table's: no paragraph fragments to weigh.
    expect(decisions.filter((d) => d.stage === 'text-merge')).toEqual([]);
  });
});

describe('listings flattened into plain text', () => {
  it('quoted assignments in a row are a listing: the sentence after it on the next page is new (hand-made, Unstructured-like)', () => {
    const doc = makeDoc([
      {
        page: 1,
        type: 'text',
        text: 'DEBUILD_DPKG_BUILDPACKAGE_OPTS="-i -I -us -uc" DEBUILD_LINTIAN_OPTS="-i -I --show-overrides" DEBSIGN_KEYID="Your_GPG_keyID"',
      },
      { page: 1, type: 'page_footnote', text: '2 It can be customized to offer following features.' },
      { page: 2, type: 'image', text: '' },
      {
        page: 2,
        type: 'text',
        text: 'The -i and -I options in DEBUILD_DPKG_BUILDPACKAGE_OPTS for the dpkg-source command help rebuilding of packages.',
      },
    ]);
    const { groups, decisions } = mergeOf(doc);
    expect(groups).toEqual([]);
    expect(decisions[0].features?.map((f) => f.id)).toContain('text-merge.code-and-prose');
  });
});
