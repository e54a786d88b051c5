// Paragraphs the parser cut inside a column, round eleven (src/stages/text-merge/split-text.ts, cut-words.ts,
// formula-debris.ts), and a web address's rest (address-rest.ts): the kinds of cut fresh `--para-habits` pages and the
// paras corpora's train/dev pages showed the rules missing — a noun phrase left open before a name, an acronym before
// lower case, a technical name cut at its hyphen, a bracket or an option's name opening the next block, a formula's
// index or power the text layer set at a line's start or end, a comma before lower case a little further off (office
// line spacing), a manual page's section after a name — and list entries that open alike, which are no cut. Hand-made
// pages modelled on those cases (the texts paraphrase the Debian Administrator's Handbook, the Debian New Maintainers'
// Guide and aptitude's manual).
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function groups(specs: Spec[]) {
  const i = input(makeDoc(specs));
  return mergeTextFragments(i, detectFurniture(i));
}

const block = (text: string, bbox: Spec['bbox'], page = 1): Spec => ({ page, type: 'text', text, bbox });
/** A two-line block over the next one's line, as close as a paragraph's lines stand. */
const pair = (a: string, b: string, gap = 0.002): Spec[] => [
  block(a, [0.1, 0.5, 0.9, 0.53]),
  block(b, [0.1, 0.53 + gap, 0.6, 0.545 + gap]),
];

describe('cuts the words at the cut say go on (text-merge.parser-split)', () => {
  const joined: Array<[string, string, string]> = [
    [
      'a noun phrase left open before a name',
      'You can import the old versions with the import-dscs command. It requires having the old',
      'Debian source in the git repository and the watch file in it.',
    ],
    [
      'an acronym before lower case',
      'If Fail2Ban detects five failed login attempts within ten minutes, it will ban the IP',
      'address where those attempts originated for one hour.',
    ],
    [
      'a technical name cut at its hyphen before a capital',
      'The configuration variables Aptitude::UI::Package-Display-Format, Aptitude::UI::Package-',
      'Header-Format, and Aptitude::UI::Package-Status-Format define the default formats.',
    ],
    [
      'a bracket the next block opens and closes',
      'When a security problem is fixed in a package, the security team issues a Debian Security Advisory',
      '(DSA) and announces it together with the security update.',
    ],
    [
      "an option's name the sentence goes on after",
      'This option keeps the packages that are suggested by installed ones. It is an obsolete option; use',
      'APT::AutoRemove::SuggestsImportant instead.',
    ],
    [
      'an escape the sentence goes on after',
      'The resulting output is created by taking the text and replacing the',
      '%-escapes according to their meanings (given below).',
    ],
    [
      "a formula's index at the next line's start",
      'A source package is a set of input files used to build the Debian',
      'm binary package and is not a single file.',
    ],
    [
      "a formula's index at the line's end",
      'The way the package hierarchy is formed, how packages are sorted, and even how m',
      'the display is organized are all open to change.',
    ],
    [
      "a manual page's section after a name",
      'The current Debian packaging practice of such Python programs uses',
      'dh_python3(1) and pybuild(1) from the dh-python package.',
    ],
  ];
  for (const [kind, a, b] of joined)
    it(`joins the next block after ${kind}`, () => {
      const r = groups(pair(a, b));
      expect(r.groups).toEqual([[0, 1]]);
      expect(r.decisions.find((d) => d.ruleId === 'text-merge.parser-split')?.accepted).toBe(true);
    });

  it('joins a comma before lower case a little further off than half a line (office line spacing)', () => {
    const a = 'If a solution falls into several safety cost levels, it will be placed in the highest one,';
    const r = groups(pair(a, 'that is, the one that appears last in the list of levels.', 0.009));
    expect(r.groups).toEqual([[0, 1]]);
  });

  it('joins CJK prose going on with an opening bracket or a mark glued before its text', () => {
    const a = '这个工具只是个帮手，它能帮您发现软件包中的常见错误，但它有时会犯错误';
    expect(groups(pair(a, '（例如，由于政策不时更改，它有时会过时）。')).groups).toEqual([[0, 1]]);
    const b = '对已有软件做出贡献也是成为开发者的理想途径。眼下正有很多软件包等着好的维';
    expect(groups(pair(b, '1护者来接手，请参见贡献流程一节。')).groups).toEqual([[0, 1]]);
    // a footnote's number glued before its text, a line's height under the paragraph: a note of its own
    const c = '如果不指定具体的分类数字，系统则会从小到大获取第一个数字作为默认值。因此直';
    expect(groups(pair(c, '1如果不指定具体的分类数字，系统返回第一个。', 0.012)).groups).toEqual([]);
    // a list's next item opening with its bracketed number (office kinds' rules: "（二） Debian 软件包网页" | "（三） 团队")
    const item = '（二） Debian 软件包网页上列出了需要新维护者的软件包以及相应的缺陷报告记录';
    expect(groups(pair(item, '（三） 团队页面列出了各个打包团队及其联系方式和邮件列表')).groups).toEqual([]);
  });

  it('keeps apart list entries that open alike, and a sentence opener after a noun phrase', () => {
    const deb = 'deb. package source (repository) of binary packages for the distribution';
    expect(groups(pair(deb, 'deb-src. package source (repository) of source packages')).groups).toEqual([]);
    const old = 'You can import the old versions with the import-dscs command. It requires having the old';
    expect(groups(pair(old, 'The next step is to build the package from the repository.')).groups).toEqual([]);
  });
});

describe("a formula's pieces set apart (text-merge.formula-debris)", () => {
  it('joins an index under its line and a power over the next block to the paragraph they stand on', () => {
    const r = groups([
      block(
        'After completing the test of the package, you can sign it with the debsign command. x ≤ n',
        [0.2, 0.38, 0.8, 0.412],
      ),
      block('i', [0.305, 0.403, 0.31, 0.414]),
      block('2', [0.54, 0.674, 0.545, 0.684]),
      block(
        'Instead of a title, an entry may end with a bar. f(x) = x + 1 This indicates that it is final.',
        [0.1, 0.675, 0.9, 0.723],
      ),
    ]);
    expect(r.groups).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(r.decisions.filter((d) => d.ruleId === 'text-merge.formula-debris').map((d) => d.accepted)).toEqual([
      true,
      true,
    ]);
  });

  it("joins a formula's rest to a block ending on its operator without boxes, not a CJK title nor a marker", () => {
    const r = groups([block('Let us package this with the debmake command. f(x) =', null), block('2 x + 1', null)]);
    expect(r.groups).toEqual([[0, 1]]);
    const zh = groups([block('在没有约束的志愿者环境中工作 2 ⋯f(x) = x + 1', null), block('致谢', null)]);
    expect(zh.decisions.some((d) => d.ruleId === 'text-merge.formula-debris')).toBe(false);
    const year = groups([block('程序将解释器对应的软件包添加为软件包依赖。2 f(x) = x + 1', null), block('2018', null)]);
    expect(year.decisions.some((d) => d.ruleId === 'text-merge.formula-debris')).toBe(false);
    const item = groups([block('The tool runs in three steps. k =', null), block('(a)', null)]);
    expect(item.decisions.some((d) => d.ruleId === 'text-merge.formula-debris')).toBe(false);
  });
});

describe("a web address's rest across a page break (text-merge.address-runs-on)", () => {
  it('takes no word after an address and its stop for the rest of the address', () => {
    const r = groups([
      block('For more information on debtags, see http://debtags.alioth.debian.org.', [0.29, 0.837, 0.79, 0.851]),
      block('task', [0.175, 0.158, 0.208, 0.172], 2),
      block('Creates a tree called “Tasks” which contains the available tasks.', [0.175, 0.173, 0.736, 0.217], 2),
    ]);
    expect(r.groups).toEqual([]);
    const rest = groups([
      block('The archive of the list is at http://lists.debian.', [0.29, 0.837, 0.79, 0.851]),
      block('org', [0.175, 0.158, 0.208, 0.172], 2),
    ]);
    expect(rest.groups).toEqual([[0, 1]]);
  });
});
