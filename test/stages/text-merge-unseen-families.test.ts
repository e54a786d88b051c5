// Paragraph merges on documents of the LaTeX families that no rule was tuned on (session 18, issue #15): hand-made
// pages in the shape of fresh acmart / IEEEtran / article documents built by scripts/corpus with another seed (train
// and dev sources only), each after the real case named in its test.
import { describe, expect, it } from 'vitest';
import { left, right, type Spec } from '../helpers/doc.js';
import { mergeSpecs } from '../helpers/merge-links.js';

const merge = mergeSpecs;

const OPEN =
  'An option that contains other options is sometimes called a group. In fact, the double colons that appear in ' +
  'option names are a shorthand: the option Aptitude::UI::Default-Grouping is contained in the group';
const NOTICE =
  'Permission to make digital or hard copies of all or part of this work for personal or classroom use is granted ' +
  'without fee provided that copies are not made or distributed for profit or commercial advantage.';

describe("acmart's first page: a publisher's notice and the authors between a paragraph's halves", () => {
  // latex-acmart-aptitude-en-ch02s05s05 (dev): the left column ends in mid-sentence above the ACM notice; the
  // reading order then gives the authors' names and affiliations (across the gutter, above the right column), then
  // the paragraph's rest at the right column's head.
  const page: Spec[] = [
    { page: 1, type: 'text', text: OPEN, bbox: left(0.678, 0.746) },
    { page: 1, type: 'text', text: NOTICE, bbox: left(0.763, 0.895) },
    { page: 1, type: 'text', text: 'Sam O. Kessler Ines Carvalho', bbox: [0.436, 0.137, 0.826, 0.153] },
    {
      page: 1,
      type: 'text',
      text: 'Department of Computer Science, Department of Computer Science, Example University Example University',
      bbox: [0.381, 0.154, 0.891, 0.198],
    },
    {
      page: 1,
      type: 'text',
      text: 'Aptitude. Thus, if you wanted to, you could set this option as follows:',
      bbox: right(0.21, 0.236),
    },
  ];

  it('the paragraph runs on past the notice and the page-head matter, which start no column', () => {
    const { joined, featuresOf } = merge(page);
    expect(joined(0, 4)).toBe(true);
    expect(featuresOf(0, 4)).toEqual(
      expect.arrayContaining(['text-merge.around-publisher-notice', 'text-merge.around-out-of-place']),
    );
    expect(featuresOf(0, 4)).not.toContain('text-merge.not-column-start');
    expect(joined(0, 1) || joined(1, 4) || joined(2, 4) || joined(3, 4)).toBe(false);
  });

  it('after a finished sentence the notice is no bridge', () => {
    const specs = page.map((s, i) => (i === 0 ? { ...s, text: `${OPEN} Aptitude::UI.` } : s));
    expect(merge(specs).joined(0, 4)).toBe(false);
  });

  it('without boxes, a capital after the notice does not say the paragraph goes on', () => {
    // latex-acmart-debmake-en-ch08 (Mistral): "… setup.py (Python3, CLI)" | notice | "There is an old Latin saying: …"
    const { joined } = merge([
      { page: 1, type: 'text', text: 'Makefile (shell, CLI), setup.py (Python3, CLI)' },
      { page: 1, type: 'text', text: NOTICE },
      {
        page: 1,
        type: 'text',
        text: 'There is an old Latin saying: “fabricando fit faber” (“practice makes perfect”).',
      },
    ]);
    expect(joined(0, 2)).toBe(false);
  });
});

describe('the listing wrap arrow as text layers give it', () => {
  it('a listing flattened into text, its wrap arrow "˓→", does not run into the sentence on the next page', () => {
    // latex-acmart-aptitude-en-rn01re01 (MinerU, dots.ocr, PaddleOCR …): `aptitude search` output at the foot of the
    // right column, "Each search result is listed on a separate line." at the head of the next page.
    const { joined, featuresOf } = merge([
      {
        page: 3,
        type: 'text',
        text: 'p apt-file - APT package\n˓→ searching utility -- command-\nihA raptor-utils - Raptor RDF Parser\n˓→ utilities',
        bbox: right(0.792, 0.897),
      },
      {
        page: 4,
        type: 'text',
        text: 'Each search result is listed on a separate line. The first character of each line indicates the state.',
        bbox: left(0.309, 0.501),
      },
    ]);
    expect(joined(0, 1)).toBe(false);
    expect(featuresOf(0, 1)).toContain('text-merge.code-and-prose');
  });
});

describe("an option's name with its argument is a term", () => {
  it('"-z extension, –targz extension" does not run into its description on the next page', () => {
    // latex-ieeetran-debmake-en-apa (all formats): the term at the right column's foot, its description overleaf.
    const { joined, featuresOf } = merge([
      { page: 1, type: 'text', text: '-z extension, –targz extension', bbox: [0.51, 0.931, 0.719, 0.945] },
      {
        page: 2,
        type: 'text',
        text: 'set the tarball type, extension=(tar.gz|tar.bz2|tar.xz). (alias: z, b, x)',
        bbox: left(0.268, 0.297),
      },
    ]);
    expect(joined(0, 1)).toBe(false);
    expect(featuresOf(0, 1)).toContain('text-merge.option-term-before');
  });
});

describe('a short sentence at an indent is no block of its own', () => {
  it('"Let’s inspect the result." at a page foot does not run into the next indented line', () => {
    // latex-acmart-debmake-en-ch08: both lines at the list's indent, one ends page 9, the other opens page 10.
    const { joined, featuresOf } = merge([
      {
        page: 9,
        type: 'text',
        text: 'Here the body of the page runs at the margin of the column as usual.',
        bbox: [0.087, 0.5, 0.48, 0.6],
      },
      { page: 9, type: 'text', text: 'Let’s inspect the result.', bbox: [0.115, 0.899, 0.327, 0.914] },
      {
        page: 10,
        type: 'text',
        text: 'The body of the next page starts at the margin of the column too.',
        bbox: [0.087, 0.06, 0.48, 0.1],
      },
      {
        page: 10,
        type: 'text',
        text: 'The generated files of debhello version 0.2 by the debuild command:',
        bbox: [0.115, 0.119, 0.727, 0.135],
      },
    ]);
    expect(joined(1, 3)).toBe(false);
    expect(featuresOf(1, 3)).not.toContain('text-merge.indented-block-runs-on');
  });
});

describe('Mistral writes a list item cut by a page break as a new item', () => {
  const item = (page: number, text: string): Spec => ({ page, type: 'list_item', text });

  it('a sentence cut after a word in lower case goes on in lower case over the page', () => {
    // office-legal-handbook-en-sect-ldap-directory (Mistral): "… Only answer “yes” if you actually" | "- want to …"
    const body = (n: number) =>
      `${n}. The slapd package asks its questions in turn, and each answer is kept in the debconf database. `.repeat(4);
    const { joined, featuresOf } = merge([
      { page: 1, type: 'text', text: body(1) },
      { page: 1, type: 'text', text: body(2) },
      item(
        1,
        '- Move old database? This question is only asked when a database already exists. Only answer “yes” if you actually',
      ),
      item(2, '- want to start again from a clean database, for instance right after the initial installation.'),
    ]);
    expect(joined(2, 3)).toBe(true);
    expect(featuresOf(2, 3)).toContain('text-merge.marker-over-page');
  });

  it('an enumeration’s ", and" before its next item stays two items', () => {
    const { joined } = merge([
      item(4, '- using the dh command to invoke many utility scripts automatically from the debhelper package, and'),
      item(5, '- configuring their behavior with declarative configuration files in the debian/ directory.'),
    ]);
    expect(joined(0, 1)).toBe(false);
  });
});

describe('a numbered block right under the body is the body’s, not a note', () => {
  // latex-ieeetran-handbook-en-sect-becoming-package-maintainer (all boxed formats): formula debris ("2 m") opens the
  // paragraph under the open one, touching it; the real note ("2 This step …") stands lower, set off by the rule.
  const page: Spec[] = [
    {
      page: 3,
      type: 'text',
      text: 'All candidates are expected to have at least a working knowledge of the English language, which is required at every level.',
      bbox: left(0.717, 0.822),
    },
    {
      page: 3,
      type: 'text',
      text: '2 m The other prerequisite deals with motivation. Becoming a Debian developer is a process that only makes sense if the commitment is real. The acceptance process itself may last for several months, and Debian needs developers for the long',
      bbox: left(0.821, 0.897),
    },
    {
      page: 3,
      type: 'text',
      text: '2 This step does not intend to discriminate, but to ensure at least a modicum of knowledge common to all.',
      bbox: left(0.909, 0.933),
    },
    {
      page: 3,
      type: 'text',
      text: 'haul; each package needs permanent maintenance, and not just an initial upload.',
      bbox: right(0.243, 0.272),
    },
  ];

  it('the paragraph that opens with the debris runs on into the next column, past the note', () => {
    const { joined, featuresOf } = merge(page);
    expect(joined(1, 3)).toBe(true);
    expect(featuresOf(1, 3)).toContain('text-merge.around-footnote');
    expect(joined(0, 3) || joined(2, 3)).toBe(false);
  });
});

describe('a listing wider than its column', () => {
  it('goes on at the head of the next column: its box reaching over the gutter puts nothing out of place', () => {
    // latex-revtex-debmake-en-ch03 (MinerU, dots.ocr, PaddleOCR …): ~/.quiltrc-dpkg set in the left column, its box to x 0.70.
    const { joined, featuresOf } = merge([
      {
        page: 2,
        type: 'text',
        text: 'Then let’s create ~/.quiltrc-dpkg as follows.',
        bbox: [0.105, 0.679, 0.416, 0.692],
      },
      {
        page: 2,
        type: 'text',
        text: 'd=.\nwhile [ ! -d $d/debian -a `readlink -e $d` != / ];\ndo d=$d/..; done\nif [ -d $d/debian ] && [ -z $QUILT_PATCHES ]; then',
        bbox: [0.088, 0.704, 0.704, 0.915],
      },
      {
        page: 2,
        type: 'text',
        text: 'if ! [ -d $d/debian/patches ]; then mkdir\n↪→ $d/debian/patches; fi\nfi',
        bbox: [0.518, 0.068, 0.864, 0.107],
      },
      {
        page: 2,
        type: 'text',
        text: 'See quilt(1) and How To Survive With Many Patches on how to use the quilt command.',
        bbox: right(0.121, 0.164),
      },
    ]);
    expect(joined(1, 2)).toBe(true);
    expect(featuresOf(1, 2)).not.toContain('text-merge.around-out-of-place');
    expect(joined(2, 3)).toBe(false);
  });
});

describe('short lines in title case inside a sentence cut by the column break', () => {
  // latex-acmart-handbook-en-apt (dev, every format): the author and the affiliation stand between the halves.
  const specs = (boxed: boolean): Spec[] => [
    {
      page: 1,
      type: 'text',
      text: 'APT downloads Packages.xz or a variant such as Packages.gz or .bz2 (using a different compression method) in case of a source of binary packages',
      bbox: boxed ? left(0.655, 0.751) : null,
    },
    { page: 1, type: 'text', text: 'Tomas Reyes', bbox: boxed ? [0.647, 0.137, 0.756, 0.153] : null },
    {
      page: 1,
      type: 'text',
      text: 'Department of Computer Science, Example University Springfield, USA',
      bbox: boxed ? [0.51, 0.154, 0.894, 0.183] : null,
    },
    {
      page: 1,
      type: 'text',
      text: 'and by analyzing their contents. In case of a source of source packages, APT downloads Sources.xz files.',
      bbox: boxed ? right(0.195, 0.263) : null,
    },
  ];

  it('the sentence runs on past them, with boxes and without', () => {
    for (const boxed of [true, false]) {
      const { joined, featuresOf } = merge(specs(boxed));
      expect(joined(0, 3)).toBe(true);
      expect(featuresOf(0, 3)).toContain('text-merge.around-out-of-place');
      expect(joined(1, 3) || joined(2, 3)).toBe(false);
    }
  });

  it('not after a word no sentence ends with, where a name may be the sentence’s own', () => {
    const cut = specs(false).map((s, i) => (i === 0 ? { ...s, text: `${s.text} of the` } : s));
    expect(merge(cut).featuresOf(0, 3)).toEqual([]);
  });

  it('not past a field line ("Option: Aptitude::Ignore-Old-Tmp"), which is a block of its own', () => {
    const withField = specs(false).map((s, i) => (i === 1 ? { ...s, text: 'Option: Aptitude::Ignore-Old-Tmp' } : s));
    expect(merge(withField).joined(0, 3)).toBe(false);
  });
});

describe('a note’s number before a field line', () => {
  it('"2 Option: APT::List-Cleanup" at a page foot and "Default: true" overleaf stay two fields', () => {
    // latex-llncs-aptitude-en-ch02s05s05 (every boxed format): both lines at the description list's indent.
    const { joined } = merge([
      {
        page: 2,
        type: 'text',
        text: 'Description: A synonym for APT::List-Cleanup. If either of these options is set to false, aptitude will not delete them.',
        bbox: [0.22, 0.781, 0.785, 0.825],
      },
      { page: 2, type: 'text', text: '2 Option: APT::List-Cleanup', bbox: [0.245, 0.825, 0.543, 0.84] },
      { page: 3, type: 'text', text: 'Default: true', bbox: [0.245, 0.148, 0.413, 0.162] },
      {
        page: 3,
        type: 'text',
        text: 'Description: A synonym for APT::Get::List-Cleanup. If either of these options is set to false, aptitude keeps them.',
        bbox: [0.22, 0.164, 0.785, 0.208],
      },
    ]);
    expect(joined(1, 2)).toBe(false);
  });
});
