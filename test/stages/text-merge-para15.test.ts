// Session 29 (para15): cuts the text shows apart although the parser or the geometry says one paragraph. Hand-made
// pages modelled on the office kinds' insurance rules (a clause "3.2." under a command line: the texts paraphrase the
// Debian New Maintainers' Guide) and on MinerU middle.json runs of a two-column article (the parser's own merges of
// reference entries and of a byline with its affiliations; names and titles invented).
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function merge(specs: Spec[]) {
  const i = input(makeDoc(specs));
  return mergeTextFragments(i, detectFurniture(i));
}

const block = (text: string, bbox: Spec['bbox'], page = 1, hints?: Spec['hints']): Spec =>
  hints ? { page, type: 'text', text, bbox, hints } : { page, type: 'text', text, bbox };

describe('a clause number opens a block of its own (text-merge.parser-split)', () => {
  it('keeps "3.2. For other …" apart from the command line right above it', () => {
    const r = merge([
      block(
        '3.1. You can generate a functioning single binary package with a reasonable description directly from the source:',
        [0.14, 0.66, 0.86, 0.76],
      ),
      block("$ debmake -s -b':python' -a pythonmodule-1.0.tar.gz -i debuild", [0.14, 0.773, 0.83, 0.787]),
      block(
        '3.2. For other interpreted languages that support the -b option, specify the pertinent type for the -b option.',
        [0.14, 0.795, 0.855, 0.832],
      ),
    ]);
    expect(r.groups).toEqual([]);
  });

  it('still joins a paragraph going on with a path under it', () => {
    const r = merge([
      block(
        'The configuration of the service is done by editing the file that the package installs under',
        [0.14, 0.66, 0.86, 0.69],
      ),
      block('/etc/suricata/suricata.yaml, which is read at every start of the daemon.', [0.14, 0.695, 0.6, 0.71]),
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });
});

const item = (text: string, bbox: Spec['bbox'], page: number, merged?: string[]): Spec =>
  merged
    ? { page, type: 'list_item', text, bbox, hints: { parserMergedWith: merged } }
    : { page, type: 'list_item', text, bbox };
const L = (y1: number, y2: number): Spec['bbox'] => [0.08, y1, 0.48, y2];
const R = (y1: number, y2: number): Spec['bbox'] => [0.52, y1, 0.92, y2];

describe("the parser's merges the text shows apart (text-merge.parser-merge-apart)", () => {
  it('splits a reference list MinerU merged whole where one entry ends and the next opens', () => {
    // middle.json gives the list's three later pieces to the first: only the page break cuts an entry
    const r = merge([
      { page: 1, type: 'title', text: 'References', bbox: L(0.74, 0.756) },
      item(
        'Brand, J.M., 1979. Treatment effects on annual streamflow at a mountain catchment. Forest Research 31, 665–680.',
        L(0.77, 0.89),
        1,
        ['/2', '/3', '/4'],
      ),
      item(
        'Corley, P.M., Vance, R.A., 2001. Forest age-induced changes in water yield in a plantation of Eucalyptus and Pinus',
        R(0.12, 0.89),
        1,
        ['/1'],
      ),
      item('patula on streamflow from experimental catchments. Report 99/6, pp. 69–73.', L(0.12, 0.3), 2, ['/1']),
      item(
        'Vogt, R.M., Fenner, N.M., 1994. Flow duration curves. Water Resources Research 30, 701–708.',
        R(0.12, 0.3),
        2,
        ['/1'],
      ),
    ]);
    expect(r.groups).toEqual([[2, 3]]);
    const apart = r.decisions.filter((d) => d.ruleId === 'text-merge.parser-merge-apart');
    expect(apart.map((d) => [d.ids, d.accepted])).toEqual([
      [[1, 2], false],
      [[3, 4], false],
    ]);
  });

  it('keeps a byline apart from the affiliations under it', () => {
    const r = merge([
      {
        page: 1,
        type: 'title',
        text: 'The response of flow duration curves to afforestation',
        bbox: [0.16, 0.23, 0.83, 0.25],
      },
      block('Peter N. Lark a,c,*, Alice E. Bond b,c,d, Karl Hiller b,c, Lu Zhao b,c', [0.16, 0.266, 0.83, 0.288], 1, {
        parserMergedWith: ['/2'],
      }),
      block(
        'aSchool of Forest and Ecosystem Studies, University of Melbourne, Victoria, Australia bCentre for Hydrology, Canberra',
        [0.14, 0.3, 0.85, 0.354],
        1,
        { parserMergedWith: ['/1'] },
      ),
    ]);
    expect(r.groups).toEqual([]);
  });

  it("still takes the parser's merge of a sentence cut by the page", () => {
    const r = merge([
      block(
        'This paper presents the results of a project on flows. Consequently, the aims of this project',
        L(0.6, 0.89),
        1,
        {
          parserMergedWith: ['/1'],
        },
      ),
      block('were to (1) fit a model to the observed annual time series of each catchment.', L(0.12, 0.2), 2, {
        parserMergedWith: ['/0'],
      }),
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });
});

describe("a boxed caption that is a paragraph's tail (text-merge.caption-tail, middle.json)", () => {
  const para = (bbox: Spec['bbox'], text: string, hints?: Spec['hints']): Spec => ({
    page: 1,
    type: 'text',
    text,
    bbox,
    hints,
  });
  it('takes a caption at the head of the next column after a full last line at the column foot', () => {
    const r = merge([
      para(
        L(0.71, 0.92),
        'Previous prompt optimisation work relies on an instruction-tuned model; for a small model it is unlikely to',
        {
          lineHeight: 0.012,
          lastLineFill: 0.99,
        },
      ),
      {
        page: 1,
        type: 'table_caption',
        text: '“understand” it (Owen et al., 2022). Furthermore, we see no gain.',
        bbox: R(0.084, 0.134),
      },
      { page: 1, type: 'table', text: 'Strategy Separator Score', bbox: R(0.15, 0.235) },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });

  it('takes a caption right under a heading line cut in mid-phrase', () => {
    const r = merge([
      para([0.094, 0.596, 0.82, 0.615], '1.6.2 Allowed regenerative pulse charge current and', { lineHeight: 0.021 }),
      { page: 1, type: 'table_caption', text: 'continuous time (BOL)', bbox: [0.14, 0.627, 0.345, 0.643] },
      { page: 1, type: 'table', text: 'Cell temperature Current Charge time', bbox: [0.09, 0.647, 0.906, 0.917] },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });

  it('leaves a caption far below the paragraph alone', () => {
    const r = merge([
      para([0.1, 0.3, 0.9, 0.4], 'The measured values are listed for every temperature and', { lineHeight: 0.012 }),
      { page: 1, type: 'table_caption', text: 'continuous time (BOL)', bbox: [0.14, 0.6, 0.345, 0.615] },
      { page: 1, type: 'table', text: 'Cell temperature Current Charge time', bbox: [0.09, 0.62, 0.906, 0.9] },
    ]);
    expect(r.groups).toEqual([]);
  });
});

describe("a block the parser gave its next part takes no footnote's run-on (text-merge.note-runs-on)", () => {
  it("keeps a numbered item cut at the column foot and merged by the parser from the next column's paragraph", () => {
    const r = merge([
      block('We further analyse this phenomenon with three random strategies and find the following.', L(0.56, 0.8)),
      block(
        '1. We show that random separators can be as effective as separators proposed by a language model.',
        [0.129, 0.818, 0.48, 0.867],
      ),
      block(
        '2. We analyse three random separator strategies, which need no instruction-following language model, and',
        [0.128, 0.873, 0.48, 0.922],
        1,
        {
          parserMergedWith: ['/3'],
          lastLineFill: 0.99,
        },
      ),
      block('show on-average a 12% relative improvement over human baselines.', R(0.086, 0.118), 1, {
        parserMergedWith: ['/2'],
      }),
      block(
        '3. We find that random separators are as competitive as those proposed by language models.',
        R(0.125, 0.224),
      ),
      { page: 1, type: 'title', text: '2 Random Separator Optimisation', bbox: R(0.239, 0.257) },
      block(
        'We propose a random separator optimisation framework to find effective separators at random.',
        R(0.268, 0.351),
      ),
      block('• To what degree are language models needed for prompt optimisation?', [0.531, 0.628, 0.884, 0.661]),
      block(
        'To answer these questions, we propose three strategies for generating random separators from a model.',
        R(0.677, 0.79),
      ),
      { page: 1, type: 'table', text: 'Language Model Task Relevant', bbox: R(0.804, 0.869) },
    ]);
    expect(r.groups).toEqual([[2, 3]]);
  });
});

describe("an article under a blank running head is no chapter label's title (text-merge.two-line-opener)", () => {
  const page = (title: string): Spec[] => [
    { page: 1, type: 'header', text: '', bbox: [0.12, 0.056, 0.26, 0.08] },
    { page: 1, type: 'title', text: title, bbox: [0.12, 0.108, 0.35, 0.126] },
    block(
      '9.1. After uploading the package, you will receive bug reports and must answer them.',
      [0.12, 0.138, 0.87, 0.196],
    ),
  ];
  it('keeps "第 9 条（紛争の解決）" and "Article 9. Disputes" apart from the blank header above', () => {
    expect(merge(page('第 9 条（紛争の解決）')).groups).toEqual([]);
    expect(merge(page('Article 9. Disputes')).groups).toEqual([]);
  });
  it('still reads a blank header over an unnumbered title as its lost chapter label', () => {
    expect(merge(page('Tool Setups')).groups).toEqual([[0, 1]]);
  });
});

describe("an annex's label and number open a heading typed as text (text-merge numbered-heading-first)", () => {
  // Mistral gives no boxes: the annex title, its rate table's caption and table, then the note under the table
  const page = (title: string, note: string): Spec[] => [
    { page: 1, type: 'text', text: title, bbox: null },
    { page: 1, type: 'table_caption', text: 'Table 1. Annual premium rates', bbox: null },
    { page: 1, type: 'table', text: 'Age 5-year term 10-year term 18 1.90 2.03', bbox: null },
    { page: 1, type: 'text', text: note, bbox: null },
  ];
  it('keeps the annex title apart from the note under its table', () => {
    expect(merge(page('Annex 1 Premium rates', 'Rates per 1,000 of the sum insured, payable yearly.')).groups).toEqual(
      [],
    );
    expect(merge(page('附表一 费率表', '费率按每千元保险金额计，按年交纳。')).groups).toEqual([]);
  });
});

describe('without boxes, a cut the words say goes on where no capital opens the rest (text-merge.parser-split-unboxed)', () => {
  // Unstructured's elements: no coordinates, two blocks of one page in reading order
  const pair = (a: string, b: string): Spec[] => [
    { page: 1, type: 'text', text: a, bbox: null },
    { page: 1, type: 'text', text: b, bbox: null },
  ];
  it('joins the lower-case rest after an acronym and an escape after a word left open', () => {
    expect(
      merge(
        pair(
          'The option leaves out the files of the directory found in the upstream VCS. (It also excludes typical VCS',
          'directories: .git/ .hg/ .svn/ .CVS/.)',
        ),
      ).groups,
    ).toEqual([[0, 1]]);
    expect(
      merge(
        pair(
          'The resulting output is created by taking the text and replacing the',
          '%-escapes according to their meanings (given below).',
        ),
      ).groups,
    ).toEqual([[0, 1]]);
  });
  it('keeps a capital after a comma apart: a float or a theorem read between', () => {
    expect(
      merge(
        pair(
          'Whether the newer version is installed or available in another distribution,',
          'Algorithm 1 Procedure described in this section',
        ),
      ).groups,
    ).toEqual([]);
  });
});
