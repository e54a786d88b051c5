// Paragraph merges on fresh LaTeX and Office documents no rule was tuned on (session 22, issue #15): hand-made pages in
// the shape of acmart / IEEEtran / book / ctexart documents and office forms built by scripts/corpus (seeds 1709 and
// 6247, and the fresh sets of sessions 20–21; train and dev sources only), each after the real case named in its test.
import { describe, expect, it } from 'vitest';
import { declarationBeforeDescription } from '../../src/stages/text-merge/declaration.js';
import { left, right, type Spec } from '../helpers/doc.js';
import { mergeSpecs as merge } from '../helpers/merge-links.js';

describe('a declaration line alone at a column foot, its description at the next column head', () => {
  // latex-acmart-aptitude-en-ch02s05s04 (train, seven formats): "Column column;" ends page 2's right column, and
  // "Specifies the leftmost column containing this display element." opens page 3: a syntax entry and its description.
  const page = (a: string, b: string): Spec[] => [
    {
      page: 2,
      type: 'text',
      text:
        'If this option is set to true on each element in a column and there is not enough horizontal space, the ' +
        'column will be shrunk as necessary to fit the screen. If this option is not present, it defaults to false.',
      bbox: right(0.8, 0.86),
    },
    { page: 2, type: 'text', text: a, bbox: right(0.88, 0.9) },
    { page: 3, type: 'text', text: b, bbox: left(0.29, 0.32) },
    {
      page: 3,
      type: 'text',
      // The document's other entries run the term into its description, so "Specifies" is a word it uses mid-line.
      text: 'Width width; Specifies the width of the current display element.',
      bbox: left(0.33, 0.4),
    },
  ];
  const DESCRIPTION = 'Specifies the leftmost column containing this display element.';

  it('stays apart from its description', () => {
    const { joined, featuresOf } = merge(page('Column column;', DESCRIPTION));
    expect(joined(1, 2)).toBe(false);
    expect(featuresOf(1, 2)).toContain('text-merge.declaration-before');
  });

  it('without boxes too (Mistral, Unstructured)', () => {
    expect(merge(page('Column column;', DESCRIPTION).map(({ bbox: _, ...s }) => s)).joined(1, 2)).toBe(false);
  });

  it('a clause of prose left on its semicolon still runs on', () => {
    const { joined } = merge(page('Installing is easy on most systems;', 'Debian users can install it at once.'));
    expect(joined(1, 2)).toBe(true);
  });

  it('the line shape: names and a semicolon, no function word, then a capitalised sentence', () => {
    expect(declarationBeforeDescription('ColumnsCfg HEADER|STATUS|name;', DESCRIPTION)).toBe(true);
    expect(declarationBeforeDescription('Row row;', 'sets the row.')).toBe(false);
    expect(declarationBeforeDescription('It is done;', DESCRIPTION)).toBe(false);
    expect(declarationBeforeDescription('Column column', DESCRIPTION)).toBe(false);
  });
});

describe("a sidebar's English kind word before a Japanese title", () => {
  // office-form-handbook-ja-sect-selinux (train; MinerU 2, Mistral, Unstructured): the box title "EXTRA SELinux ドメインと
  // SELinux タイプは同じ" at the foot of page 1 and the next box's title "IN PRACTICE セキュリティコンテキストの検索" at the
  // head of page 2 were joined (CJK runs on past a Latin name).
  const pair = (a: string, b: string): Spec[] => [
    { page: 1, type: 'text', text: a },
    { page: 2, type: 'text', text: b },
  ];

  it('the title line stands alone', () => {
    const { joined, featuresOf } = merge(
      pair('EXTRA SELinux ドメインと SELinux タイプは同じ', 'IN PRACTICE セキュリティコンテキストの検索'),
    );
    expect(joined(0, 1)).toBe(false);
    expect(featuresOf(0, 1)).toContain('text-merge.box-title-first');
  });

  it('an acronym opening a Japanese sentence is no kind word', () => {
    const { featuresOf } = merge(pair('LDAP サーバーの設定を変更するには', 'slapd パッケージを再設定します。'));
    expect(featuresOf(0, 1)).not.toContain('text-merge.box-title-first');
  });
});

describe("a listing's caption between two code blocks at a page break", () => {
  // latex-ctexart-handbook-zh-sect-building-first-package (train, nine formats): the changelog listing "falcot-data (1.0)
  // … -- Raphael Hertzog <hertzog@debian.org> Sat, 26 Feb 2022 15:12:06 +0100" ends page 8 above the caption "例 15.5.
  // copyright 文件", and page 9 opens with the copyright file's listing "Format: https://…": two listings.
  const CHANGELOG =
    "falcot-data (1.0) bullseye; urgency=low\n* Initial Release.\n* Let's start with few documents:\n" +
    '- internal company structure;\n- contacts for each department.\n' +
    '-- Raphael Hertzog <hertzog@debian.org> Sat, 26 Feb 2022 15:12:06 +0100';
  const COPYRIGHT =
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: falcot-data\n' +
    'Files: *\nCopyright: 2004-2021 Falcot Corp\nLicense:\nAll rights reserved.';
  const page = (caption: string, type: 'code' | 'text' = 'code'): Spec[] => [
    { page: 8, type: 'text', text: '例 15.4. changelog 文件', bbox: [0.2, 0.61, 0.41, 0.626] },
    { page: 8, type, text: CHANGELOG, bbox: [0.2, 0.645, 0.78, 0.816] },
    { page: 8, type: 'text', text: caption, bbox: [0.2, 0.833, 0.41, 0.848] },
    { page: 9, type, text: COPYRIGHT, bbox: [0.2, 0.167, 0.8, 0.318] },
    { page: 9, type: 'text', text: 'Makefile 文件是 make 程序使用的脚本。', bbox: [0.2, 0.363, 0.79, 0.422] },
  ];

  it('the code blocks stay apart (the parser typed them code)', () => {
    const { joined, featuresOf } = merge(page('例 15.5. copyright 文件'));
    expect(joined(1, 3)).toBe(false);
    expect(featuresOf(1, 3)).toContain('text-merge.listing-caption-between');
  });

  it('the preformatted text blocks stay apart (dots, PaddleOCR)', () => {
    expect(merge(page('Example 15.5. copyright file', 'text')).joined(1, 3)).toBe(false);
  });

  it("an algorithm's caption (a float the listing flows around) does not part it", () => {
    // latex-ctexart-handbook-zh-sect-backup (train, nine formats): "bank: /backup exclude: lost+found/" | "Algorithm 1
    // 本节所述的过程" with its lines at the next page's head | "core *~ Runall: root 22:00 …".
    expect(merge(page('Algorithm 1 本节所述的过程')).joined(1, 3)).toBe(true);
  });

  it('a caption saying the listing goes on does not part it', () => {
    expect(merge(page('Listing 15.4 (continued)')).joined(1, 3)).toBe(true);
  });
});

describe("the second author's name and affiliation at the head of the next column", () => {
  // latex-acmart-handbook-en-sect-common-procedures (train, nine formats): "… will allow you to learn of specific
  // provisions made to simplify the use of" ends the left column of page 1 over the publisher's notice; the parser reads
  // "Jonas Weber" and "Department of Computer Science, Example University Springfield, USA" (the right column's head, the
  // second author) before "the software. It is sometimes essential …" under them.
  const OPEN =
    'When you want to configure an unknown package, you must proceed in stages. First, you should read what the ' +
    'package maintainer has documented. Reading /usr/share/doc/package/README.Debian will allow you to learn of ' +
    'specific provisions made to simplify the use of';
  const REST =
    'the software. It is sometimes essential in order to understand the differences from the original program.';
  const page = (open = OPEN, rest = REST): Spec[] => [
    { page: 1, type: 'text', text: 'Sam O. Kessler', bbox: [0.235, 0.132, 0.364, 0.149] },
    {
      page: 1,
      type: 'text',
      text: 'The purpose of this section is to present some general hints.',
      bbox: left(0.44, 0.51),
    },
    { page: 1, type: 'text', text: open, bbox: left(0.683, 0.751) },
    { page: 1, type: 'text', text: 'Jonas Weber', bbox: [0.648, 0.132, 0.755, 0.149] },
    {
      page: 1,
      type: 'text',
      text: 'Department of Computer Science, Example University Springfield, USA',
      bbox: [0.51, 0.15, 0.894, 0.179],
    },
    { page: 1, type: 'text', text: rest, bbox: right(0.191, 0.258) },
  ];

  it('the paragraph runs on past them, though it was left on "of"', () => {
    const { joined, featuresOf } = merge(page());
    expect(joined(2, 5)).toBe(true);
    expect(featuresOf(2, 5)).toContain('text-merge.around-out-of-place');
    expect(joined(2, 3)).toBe(false);
  });

  it('a capital under them opens the column: no run-on', () => {
    expect(merge(page(OPEN, 'The software is described in its manual page.')).joined(2, 5)).toBe(false);
  });
});
