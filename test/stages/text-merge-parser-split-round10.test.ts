// Paragraphs the parser cut inside a column, round ten (src/stages/text-merge/parser-split.ts, split-text.ts): the
// kinds of cut the corpora's `--para-habits` pages showed the rule missing — ragged-right lines, a closing bracket, a
// possessive, an option's letter or a note's mark at the cut, a section's label before its number, a name's next
// word, a bracket left open — and the same cuts where the parser gives no boxes (Unstructured, Mistral). Hand-made
// pages modelled on those cases (the texts paraphrase the Debian Administrator's Handbook and aptitude's manual).
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function groups(specs: Spec[]) {
  const i = input(makeDoc(specs));
  return mergeTextFragments(i, detectFurniture(i));
}

const block = (text: string, bbox: Spec['bbox']): Spec => ({ page: 1, type: 'text', text, bbox });
/** A two-line block over the next one's line, as close as a paragraph's lines stand. */
const pair = (a: string, b: string, gap = 0.002): Spec[] => [
  block(a, [0.1, 0.5, 0.9, 0.53]),
  block(b, [0.1, 0.53 + gap, 0.6, 0.545 + gap]),
];

describe('cuts the text says go on (text-merge.parser-split)', () => {
  const joined: Array<[string, string, string]> = [
    [
      'a closing bracket',
      'When a security problem is fixed in a package, the security team issues a Debian Security Advisory (DSA)',
      'and announces it together with the security update.',
    ],
    [
      'a possessive',
      'This option tells the resolver to ignore the dependencies (if any) that relate to a package’s',
      'state when it computes a solution for the broken packages.',
    ],
    [
      "an option's letter",
      'If this option is true, aptitude will ignore any broken packages it finds. This is equivalent to the -f',
      'command-line option of aptitude, which is described below.',
    ],
    [
      "a note's mark after the last word",
      'If the upstream project releases a new version, you can update to the new upstream source with the uscan 2',
      'command from the devscripts package, which reads debian/watch.',
    ],
    [
      "a note's mark opening the next block",
      'If the upstream project releases a new version, you can update to the new upstream source with the uscan',
      '2 command from the devscripts package, which reads debian/watch.',
    ],
    [
      "a section's label before its number",
      'To keep the packages of one distribution, the administrators use the Default-Release setting of Section',
      '6.2.3, on system upgrades, to instruct APT to pick packages.',
    ],
    [
      "a name's next word",
      'Fortunately, most browsers now work with the server name indication extension; this includes Microsoft',
      'Internet Explorer starting with version 7.0 on Vista.',
    ],
    [
      'a bracket left open',
      'When this option is set, aptitude removes the package files that can no longer be downloaded (see',
      'Actions → Clean obsolete files) every time it updates.',
    ],
    [
      "a placeholder's closing angle bracket",
      'The tool can also create the repository for Debian source packages named <source-package>',
      'recorded in the snapshot archive, with all of their history.',
    ],
    [
      'a letter named in the sentence',
      'Taking dpkg as an example, the binary packages dselect, dpkg and dpkg-dev would be grouped under',
      'd, while libdpkg-dev would be added to the libd group.',
    ],
    [
      'a path that the sentence goes on after',
      'Configuring suricata mostly involves reviewing and editing the file',
      '/etc/suricata/suricata.yaml, which is long because each parameter is described.',
    ],
    [
      'a file name and the stop',
      'Since version 7, the dh command alone allows us to write a simple and clean',
      'debian/rules file.',
    ],
  ];
  for (const [kind, a, b] of joined)
    it(`joins the next block after ${kind}`, () => {
      const r = groups(pair(a, b));
      expect(r.groups).toEqual([[0, 1]]);
      expect(r.decisions.find((d) => d.ruleId === 'text-merge.parser-split')?.accepted).toBe(true);
    });

  it("keeps apart a footnote set off under the paragraph, a title's words, and a bracket some other block opened", () => {
    // a footnote opens with its number: the cut's mark stands as close as a line, the note a little further
    const see = 'Some of these tags are used for labelling bugs in the tracking system. For more information, see';
    const note = '2 patch file contains the instructions for changing the content of files.';
    expect(groups(pair(see, note, 0.002)).groups).toEqual([[0, 1]]);
    expect(groups(pair(see, note, 0.009)).groups).toEqual([]);
    const titles =
      'Preseeding Debian-Installer, Using a Preseed File, Configuring Virtual Hosts, Creating a Preseed File';
    expect(groups(pair(titles, 'The Falcot Corp administrators decided to use the Apache server.')).groups).toEqual([]);
    // a footnote's number and text under a sentence left on "version"; head matter's terms over the first paragraph
    const version = 'The module is enabled with the a2enmod command. Unfortunately the version';
    expect(groups(pair(version, '1 The main configuration file usually includes several blocks.')).groups).toEqual([]);
    const terms = 'Index Terms—Synopsis, Description, Command-line actions, Options, Customization and actions';
    expect(groups(pair(terms, 'aptitude is a high-level interface to the package manager.')).groups).toEqual([]);
    expect(groups(pair(`${terms},`, 'Historical perspective of Debian packaging')).groups).toEqual([[0, 1]]);
    // a file's name over its description, a bracket after it, is a term
    const term = 'The files it writes are listed here with the package they belong to, under usr/share';
    expect(groups(pair(term, 'debian/manpages (maintainer version): the manual pages.')).groups).toEqual([]);
    const listing = 'Below is an example of a configuration file for the tool that builds the packages from git';
    expect(groups(pair(listing, 'outdated). The first step consists in finding a sponsor.')).groups).toEqual([]);
  });
});

describe('the geometry of a cut in ragged-right text and in a narrow column (text-merge.parser-split)', () => {
  const next = 'management tasks such as installing, upgrading, and removing packages from the system, and it shows';
  it("joins a line that ends short of the column where the next block's first word would not have fitted", () => {
    const a = block(
      'It allows the user to view the list of packages and to perform package',
      [0.093, 0.301, 0.788, 0.318],
    );
    const b = block(
      `${next} the list of packages with their state and the actions planned for each.`,
      [0.093, 0.323, 0.858, 0.362],
    );
    expect(groups([a, b]).groups).toEqual([[0, 1]]);
    // a line with room to spare for the next word ends there (a title over its paragraph)
    const title = block('The list of packages shown in the screen with', [0.093, 0.301, 0.55, 0.318]);
    expect(groups([title, b]).groups).toEqual([]);
  });

  it("joins a narrow column's short line that goes on in lower case", () => {
    const a = block('If you already use main and upstream', [0.52, 0.3, 0.91, 0.315]);
    const b = block('branches in the Debian packaging repository, you can keep them.', [0.52, 0.317, 0.92, 0.347]);
    expect(groups([a, b]).groups).toEqual([[0, 1]]);
  });
});

describe('cuts without boxes (text-merge.parser-split-unboxed)', () => {
  const unboxed = (a: string, b: string): Spec[] => [block(a, null), block(b, null)];
  it('joins the next block of the page that goes on plainly in lower case', () => {
    const r = groups(
      unboxed(
        'It allows the user to view the list of packages and to perform package',
        'management tasks such as installing, upgrading, and removing packages.',
      ),
    );
    expect(r.groups).toEqual([[0, 1]]);
    expect(r.decisions.find((d) => d.ruleId === 'text-merge.parser-split-unboxed')?.accepted).toBe(true);
  });

  it("leaves alone a box's title, an algorithm's end, a footnote's number, a name, CJK text and another page", () => {
    // (the stage's other evidence may still weigh such a pair: only this rule's say is tested)
    const claims = (specs: Spec[]) =>
      groups(specs).decisions.some((d) => d.ruleId === 'text-merge.parser-split-unboxed');
    const rest = 'dpkg and debsums are useful in detecting changes to files coming from a package.';
    expect(claims(unboxed('GOING FURTHER Protecting against upstream changes of files', rest))).toBe(false);
    const steps = 'It is interesting to make sure that the files 8: end if 9: i ← i + 1 10: end while';
    expect(claims(unboxed(steps, 'attacker will therefore update these files so they match.'))).toBe(false);
    const see = 'Some of these tags are used for labelling bugs in the tracking system. For more information, see';
    expect(claims(unboxed(see, '2 patch file contains the instructions for changing files.'))).toBe(false);
    const name = 'Fortunately, most browsers now work with the server name indication; this includes Microsoft';
    expect(claims(unboxed(name, 'Internet Explorer starting with version 7.0 on Vista.'))).toBe(false);
    const zh = '在你能搞懂引发问题的原因之前，你需要从原理上明白程序及其所包含的子程序所';
    expect(claims(unboxed(zh, '扮演的角色。为此，最好的方法是参考程序的文档。'))).toBe(false);
    const [a, b] = unboxed(
      'It allows the user to view the list of packages and to perform package',
      'management tasks.',
    );
    expect(claims([a, { ...b, page: 2 }])).toBe(false);
  });
});
