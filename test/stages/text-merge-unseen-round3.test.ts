// Paragraph merges on fresh LaTeX documents no rule was tuned on (session 20, issue #15): hand-made pages in the shape
// of acmart / IEEEtran / book documents built by scripts/corpus with seeds 9001, 31337, 2718 and 16180 (train and dev
// sources only, none in the corpora), each after the real case named in its test.
import { describe, expect, it } from 'vitest';
import { hasFormulaTail } from '../../src/stages/text-merge/patterns.js';
import { col, left, right, type Spec } from '../helpers/doc.js';
import { mergeSpecs } from '../helpers/merge-links.js';

const merge = mergeSpecs;

const NOTICE =
  'Permission to make digital or hard copies of all or part of this work for personal or classroom use is granted ' +
  'without fee provided that copies are not made or distributed for profit or commercial advantage.';
const ADDRESSES =
  'Authors’ addresses: Tomas Reyes, Department of Computer Science, Example University, Springfield, USA; Mei ' +
  'Lindqvist, Department of Computer Science, Example University, Springfield, USA.';

describe("a journal's first page: the authors' addresses over the publisher's notice", () => {
  // latex-acmart-aptitude-en-ch02s05s01 (train; Mistral, PaddleOCR): "… For instance, to display the" | "Authors’
  // addresses: …" | "Permission to make …" | (page 2) "candidate version of a package, no matter how long it is, …".
  const OPEN =
    'If you want a particular %-escape to be expandable, even though it normally has a fixed width, place a pound ' +
    'sign immediately after it. For instance, to display the';
  const REST = 'candidate version of a package, no matter how long it is, use the format string %V#.';
  const withBoxes: Spec[] = [
    { page: 1, type: 'text', text: OPEN, bbox: col(0.605, 0.632) },
    { page: 1, type: 'text', text: ADDRESSES, bbox: col(0.642, 0.664) },
    { page: 1, type: 'text', text: NOTICE, bbox: col(0.675, 0.781) },
    { page: 2, type: 'text', text: REST, bbox: col(0.22, 0.261) },
  ];

  it('with boxes, the paragraph runs on past both blocks under it', () => {
    const { joined, featuresOf } = merge(withBoxes);
    expect(joined(0, 3)).toBe(true);
    expect(featuresOf(0, 3)).toContain('text-merge.around-publisher-notice');
    expect(joined(0, 1) || joined(1, 2) || joined(2, 3)).toBe(false);
  });

  it('without boxes, the lower case after both notices says the paragraph goes on', () => {
    const { joined } = merge(withBoxes.map(({ bbox: _, ...s }) => s));
    expect(joined(0, 3)).toBe(true);
  });

  it('without boxes, a capital after them does not', () => {
    const specs = withBoxes.map(({ bbox: _, ...s }, i) =>
      i === 3 ? { ...s, text: 'Candidate versions are shown with the format string %V#.' } : s,
    );
    expect(merge(specs).joined(0, 3)).toBe(false);
  });
});

describe("the publisher's notice ends the column of the paragraph above it", () => {
  // latex-acmart-handbook-en-sect-http-web-server (dev, every format): the left column ends "… but the inactive
  // connections" right above the ACM notice (less than the footnote rule's space between), the right column opens
  // "(notably those kept open by the HTTP keep-alive feature) are handed back …".
  const page = (gap: number): Spec[] => [
    {
      page: 1,
      type: 'text',
      text: 'With the event MPM it also uses threads, but the inactive connections',
      bbox: left(0.686, 0.754),
    },
    { page: 1, type: 'text', text: NOTICE, bbox: left(0.754 + gap, 0.895) },
    {
      page: 1,
      type: 'text',
      text: '(notably those kept open by the HTTP keep-alive feature) are handed back to a dedicated thread.',
      bbox: right(0.197, 0.223),
    },
    { page: 1, type: 'text', text: 'The administrators also install the PHP module.', bbox: right(0.225, 0.279) },
  ];

  it('close under the paragraph, the notice still stands at the foot: the paragraph goes on', () => {
    const { joined, featuresOf } = merge(page(0.009));
    expect(joined(0, 2)).toBe(true);
    expect(featuresOf(0, 2)).toContain('text-merge.ends-column-low');
    expect(featuresOf(0, 2)).not.toContain('text-merge.space-below');
  });

  it('a block that is no notice there is the column’s text: blank space under the paragraph is not claimed', () => {
    const specs = page(0.009).map((s, i) =>
      i === 1 ? { ...s, text: 'The worker MPM uses threads for every connection that is open at a time.' } : s,
    );
    expect(merge(specs).featuresOf(0, 2)).not.toContain('text-merge.ends-column-low');
  });
});

describe('a formula run into the text before the next sentence’s first word', () => {
  // latex-ieeetran-handbook-en-advanced-administration (train, six formats): "… when one of the copies is modified.
  // O(n log n) The" | "filesystem also handles transparent compression of files, …" at the next column's head.
  it('"… modified. O(n log n) The" is cut after "The", not ended by a display formula', () => {
    const { joined, featuresOf } = merge([
      {
        page: 1,
        type: 'text',
        text: 'Snapshots do not use any disk space, the data only being duplicated when one of the copies is modified. O(n log n) The',
        bbox: left(0.8, 0.907),
      },
      {
        page: 1,
        type: 'text',
        text: 'filesystem also handles transparent compression of files, and checksums ensure the integrity of all data.',
        bbox: right(0.07, 0.13),
      },
    ]);
    expect(joined(0, 1)).toBe(true);
    expect(featuresOf(0, 1)).not.toContain('text-merge.sentence-end');
  });

  it('a formula that ends the block is still its tail', () => {
    expect(hasFormulaTail('… is downloaded. f(x) = x + 1')).toBe(true);
    expect(hasFormulaTail('… is modified. O(n log n) The')).toBe(false);
  });
});

describe('a list item left on a conjunction goes on past a capital', () => {
  // latex-ieeetran-handbook-en-sect-user-group-databases (train, seven formats): "• password: … relying on DES, MD5,
  // SHA-256 or" at the left column's foot | "SHA-512. The special value “x” …" (typed as a list item) at the right's head.
  const specs = (a: string, b: string): Spec[] => [
    { page: 1, type: 'list_item', text: '• login, for example rhertzog;', bbox: left(0.863, 0.877) },
    { page: 1, type: 'list_item', text: a, bbox: left(0.879, 0.907) },
    { page: 1, type: 'list_item', text: b, bbox: right(0.07, 0.1) },
    { page: 1, type: 'list_item', text: '• uid: unique number identifying each user;', bbox: right(0.102, 0.115) },
  ];

  it('"… SHA-256 or" | "SHA-512. …": one item', () => {
    const { joined, featuresOf } = merge(
      specs(
        '• password: this is a password encrypted by a one-way function (crypt), relying on DES, MD5, SHA-256 or',
        'SHA-512. The special value “x” indicates that the encrypted password is stored in /etc/shadow;',
      ),
    );
    expect(joined(1, 2)).toBe(true);
    expect(featuresOf(1, 2)).not.toContain('text-merge.capital-after-list-item');
  });

  it('"• setup.py, or" | "Build.PL.": the comma closes the item, the next is an item of its own', () => {
    const { featuresOf } = merge(specs('• setup.py, or', 'Build.PL.'));
    expect(featuresOf(1, 2)).toContain('text-merge.capital-after-list-item');
  });
});

describe("a proof's end and a theorem-like opener, whatever their indent", () => {
  // latex-acmart-handbook-en-sect-becoming-package-maintainer (train, six formats): "Proof. … on the key. □" at the
  // left column's foot, a figure at the right column's head, then "Remark 1. The first verification is an identity
  // check.", both set in from the body's edge.
  const body = (y: number, x = 0.086): Spec => ({
    page: 1,
    type: 'text',
    text: 'This is another important tool: it automates the installation, upgrade, removal and purge of a package.',
    bbox: [x, y, x + 0.395, y + 0.07],
  });
  const page = (a: string, b: string): Spec[] => [
    body(0.1),
    body(0.2),
    body(0.3),
    body(0.4),
    { page: 1, type: 'text', text: a, bbox: [0.104, 0.87, 0.484, 0.895] },
    { page: 1, type: 'image', text: '', bbox: [0.559, 0.11, 0.873, 0.242] },
    { page: 1, type: 'text', text: b, bbox: [0.536, 0.355, 0.892, 0.368] },
    body(0.377, 0.519),
    body(0.47, 0.519),
  ];

  it('"… □" | "Remark 1. …": two blocks', () => {
    const { joined } = merge(
      page(
        'Proof. The signature authenticates the name on the key. □',
        'Remark 1. The first verification is an identity check.',
      ),
    );
    expect(joined(4, 6)).toBe(false);
  });

  it('an indented block cut by the break still runs on', () => {
    const { joined } = merge(
      page(
        'Proof. The signature authenticates the name on the key, and the key',
        'authenticates the signature of every upload made with it afterwards.',
      ),
    );
    expect(joined(4, 6)).toBe(true);
  });
});

describe("a CJK sidebar's kind word", () => {
  // latex-ctexbook-handbook-zh-sect-config-misc (dev, every format): the sidebar's title "说明系统时钟，硬件时钟" at the
  // foot of a page, its body "电脑内有两个时间来源。…" at the head of the next; latex-ctexbook-handbook-zh-apt (dev): "关键词
  // main、contrib、non-free 归档" | "Debian uses three components …".
  const pair = (a: string, b: string): Spec[] => [
    { page: 1, type: 'text', text: a, bbox: col(0.85, 0.87) },
    { page: 2, type: 'text', text: b, bbox: col(0.1, 0.2) },
  ];
  const BODY = '电脑内有两个时间来源。主板有个硬件时钟，称为“CMOS 时钟”。这个时钟不准，访问的速度慢。';

  it('"说明" glued to the title: the title stands alone', () => {
    const { joined, featuresOf } = merge(pair('说明系统时钟，硬件时钟', BODY));
    expect(joined(0, 1)).toBe(false);
    expect(featuresOf(0, 1)).toContain('text-merge.box-title-first');
  });

  it('"关键词", a space and a Latin title: the title stands alone', () => {
    const { joined } = merge(
      pair('关键词 main、contrib、non-free 归档', 'Debian uses three components to differentiate packages.'),
    );
    expect(joined(0, 1)).toBe(false);
  });

  it('a sentence cut in the middle still runs on', () => {
    expect(
      merge(pair('操作系统内核有自己的系统时钟，以自己的方式保持', '准确的时间。这个时钟不准，访问的速度慢。')).joined(
        0,
        1,
      ),
    ).toBe(true);
  });

  it('after a finished sentence, a block opening with the kind word is a sidebar of its own', () => {
    // latex-ctexart-handbook-zh-sect-other-security-considerations (train, six formats): "…又时不时的跳出来。" | "词汇 SQL
    // 注入 When a program inserts data …" (the sidebar's title and its untranslated body in one block).
    const A = '许多明显的问题随着时间的推移都被修正了，然而新的安全问题又时不时的跳出来。';
    const { joined, featuresOf } = merge(pair(A, '词汇 SQL 注入 When a program inserts data into SQL queries.'));
    expect(joined(0, 1)).toBe(false);
    expect(featuresOf(0, 1)).toContain('text-merge.box-title-next');
  });
});

describe('a numbered section heading typed as text', () => {
  // latex-book-handbook-en-sect-remote-login (train; Mistral, Unstructured): "1.1. KEY-BASED AUTHENTICATION" | "a
  // connection, or if you use a tool that requires frequent connections over SSH. …"; latex-ctexbook-handbook-zh-sect-
  // supervision (dev; Mistral, Unstructured): "2.2 历史" | "mrtg-contrib 和 mrtgutils 软件包含有可以直接使用的示例脚本。"
  const pair = (a: string, b: string): Spec[] => [
    { page: 7, type: 'text', text: a },
    { page: 8, type: 'text', text: b },
  ];

  it('runs into nothing after it, lower case or CJK', () => {
    const en = merge(pair('1.1. KEY-BASED AUTHENTICATION', 'a connection, or if you use a tool that requires SSH.'));
    expect(en.joined(0, 1)).toBe(false);
    expect(en.featuresOf(0, 1)).toContain('text-merge.numbered-heading-first');
    expect(merge(pair('2.2 历史', 'mrtg-contrib 和 mrtgutils 软件包含有可以直接使用的示例脚本。')).joined(0, 1)).toBe(
      false,
    );
  });

  it('a line that opens with a number but goes on in lower case is no heading', () => {
    const { joined, featuresOf } = merge(pair('2.5 packages were removed from the', 'archive during the freeze.'));
    expect(featuresOf(0, 1)).not.toContain('text-merge.numbered-heading-first');
    expect(joined(0, 1)).toBe(true);
  });
});

describe('without boxes, a semicolon or a spaced dash left open at an unseen column break', () => {
  const pair = (a: string, b: string): Spec[] => [
    { page: 4, type: 'text', text: a },
    { page: 4, type: 'text', text: b },
  ];

  it('running prose on a semicolon goes on in lower case', () => {
    // latex-acmart-handbook-en-sect-becoming-package-maintainer (train; Mistral, Unstructured).
    const { joined, featuresOf } = merge(
      pair(
        'The first verification is an identity check. If you already have a key signed by two Debian developers, this step is easy;',
        'otherwise, the application manager will try and guide you in your search for Debian developers close by.',
      ),
    );
    expect(joined(0, 1)).toBe(true);
    expect(featuresOf(0, 1)).toContain('text-merge.no-break-seen');
  });

  it('a spaced dash left open goes on', () => {
    // latex-ctexart-handbook-zh-sect-installation-steps (train; Mistral, Unstructured).
    const { joined } = merge(
      pair(
        'In that case, the login for the root user will be deactivated and the first regular user —',
        'that will be created by the installer in the next step — will have administrative rights through sudo.',
      ),
    );
    expect(joined(0, 1)).toBe(true);
  });

  it("a term's line on a semicolon is no sentence cut: its description is a block of its own", () => {
    // latex-jlreq-aptitude-ja-ch02s05s04 (train; Mistral, Unstructured), which the first form of the rule joined.
    const { joined } = merge(pair('RowAlign alignment;', 'alignment must be either Top, Bottom, or Center.'));
    expect(joined(0, 1)).toBe(false);
  });
});
