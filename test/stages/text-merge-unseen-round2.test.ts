// Paragraph merges on fresh LaTeX documents no rule was tuned on (session 19, issue #15): hand-made pages in the shape
// of book / IEEEtran / ctexart documents built by scripts/corpus with seeds 9001 and 31337 (train and dev sources only,
// none in the corpora), each after the real case named in its test.
import { describe, expect, it } from 'vitest';
import { FORMULA_BLOCK } from '../../src/stages/text-merge/patterns.js';
import { col, left, right, type Spec } from '../helpers/doc.js';
import { mergeSpecs } from '../helpers/merge-links.js';

const merge = mergeSpecs;

describe('a note mark glued to the start of a page is no section number', () => {
  // latex-book-handbook-en-sect-debian-internals (train, every format): "… such as the use" | "2 of tags for labeling
  // bugs. For more information, see" — the footnote's mark set at the head of the next page's first line.
  const page = (next: string): Spec[] => [
    {
      page: 1,
      type: 'text',
      text: 'The Debian BTS has other functional features, as well, such as the use',
      bbox: col(0.78, 0.84),
    },
    { page: 2, type: 'text', text: next, bbox: col(0.12, 0.16) },
  ];

  it('a number then a word in lower case goes on with the sentence', () => {
    const { joined, featuresOf } = merge(page('2 of tags for labeling bugs. For more information, see'));
    expect(joined(0, 1)).toBe(true);
    expect(featuresOf(0, 1)).not.toContain('text-merge.numbered-heading-next');
  });

  it('a number then a capitalised title is still a heading', () => {
    const { joined, featuresOf } = merge(page('2 Tags for Labeling Bugs'));
    expect(joined(0, 1)).toBe(false);
    expect(featuresOf(0, 1)).toContain('text-merge.numbered-heading-next');
  });
});

describe("a menu path's arrow inside an open bracket is no list marker", () => {
  // latex-ieeetran-aptitude-en-ch02s05s05 (train, seven formats): the left column ends "(see Actions", the right
  // column opens "→ Clean package cache) after successful installation …".
  const A = 'If this option is true, aptitude will clean up all files in the package cache directory (see Actions';
  const specs = (b: string): Spec[] => [
    { page: 1, type: 'text', text: A, bbox: left(0.8, 0.9) },
    { page: 1, type: 'text', text: b, bbox: right(0.08, 0.14) },
  ];

  it('the bracket closes in the next fragment: one sentence', () => {
    const { joined, featuresOf } = merge(
      specs('→ Clean package cache) after successful installation of packages (or similar operations).'),
    );
    expect(joined(0, 1)).toBe(true);
    expect(featuresOf(0, 1)).not.toContain('text-merge.list-marker');
  });

  it('an arrow item that closes no bracket is still an item', () => {
    const { featuresOf } = merge(specs('→ Clean package cache after successful installation of packages.'));
    expect(featuresOf(0, 1)).toContain('text-merge.list-marker');
  });
});

describe("a paper's keyword line stands alone", () => {
  // latex-ieeetran-aptitude-en-rn01re01 (dev, Mistral and Unstructured, no boxes): "Index Terms—Synopsis, Description,
  // Command-line actions" | "aptitude — high-level interface to the package manager".
  it('without boxes the lower-case line under it does not run on', () => {
    const { joined, featuresOf } = merge([
      { page: 1, type: 'text', text: 'Index Terms—Synopsis, Description, Command-line actions' },
      { page: 1, type: 'text', text: 'aptitude — high-level interface to the package manager' },
    ]);
    expect(joined(0, 1)).toBe(false);
    expect(featuresOf(0, 1)).toContain('text-merge.keywords-first');
  });

  it('a line that only mentions keywords mid-sentence is no keyword line', () => {
    const { joined } = merge([
      { page: 1, type: 'text', text: 'The search matches the keywords of every package with' },
      { page: 1, type: 'text', text: 'aptitude search, which prints one line per package found.' },
    ]);
    expect(joined(0, 1)).toBe(true);
  });
});

describe('a display formula typed as text is no code', () => {
  // latex-ieeetran-handbook-en-sect-selinux (train, MinerU, dots, middle): the sum read as "X", its subscripts glued
  // ("wijxj"), at a column's foot; the next column opens a shell listing.
  it('the formula is a formula block, and the listing after it starts its own block', () => {
    expect(FORMULA_BLOCK.test('n X ai = wijxj + bi (1) j=1')).toBe(true);
    // two words of four letters or more: a line of text, not a formula
    expect(FORMULA_BLOCK.test('see fig (1) where = means equal')).toBe(false);
    const { joined, featuresOf } = merge([
      { page: 1, type: 'text', text: 'n X ai = wijxj + bi (1) j=1', bbox: left(0.85, 0.9) },
      {
        page: 1,
        type: 'text',
        text: '$ ps axZ | grep vstfpd system_u:system_r:ftpd_t:s0 2094 ? Ss ,→ 0:00 /usr/sbin/vsftpd',
        bbox: right(0.08, 0.12),
      },
    ]);
    expect(joined(0, 1)).toBe(false);
    expect(featuresOf(0, 1)).not.toContain('text-merge.code-block-runs-on');
  });
});

describe('a term alone and a one-line description', () => {
  // latex-book-aptitude-en-ch02s05s01 (train, MinerU, PaddleOCR): "priority" at a page's foot | "Sorts packages by
  // priority." at the next page's head — a description list's term and its short description.
  const specs = (b: string): Spec[] => [
    { page: 1, type: 'text', text: 'priority', bbox: [0.16, 0.84, 0.23, 0.86] },
    { page: 2, type: 'text', text: b, bbox: [0.27, 0.12, 0.48, 0.14] },
  ];

  it('a short sentence of its own after the term is its description', () => {
    const { joined, featuresOf } = merge(specs('Sorts packages by priority.'));
    expect(joined(0, 1)).toBe(false);
    expect(featuresOf(0, 1)).toContain('text-merge.term-alone-first');
  });

  it('a word in lower case after the term still goes on', () => {
    expect(merge(specs('sorts packages by priority.')).joined(0, 1)).toBe(true);
  });
});

describe('a numbered note above a float at the foot of the page', () => {
  // latex-book-handbook-en-sect-installation-steps (train, MinerU): "… any server) connected" | "1 Guided partitioning
  // can also set up LVM logical volumes instead of partitions (see below" | a figure under it | next page: "to the
  // Internet is regularly targeted …" — the note starts above the usual foot band, a float below pushed it up.
  const OPEN =
    'The root user’s password should be long (12 characters or more) and impossible to guess. Indeed, any computer ' +
    '(and a fortiori any server) connected';
  const page = (open: string): Spec[] => [
    { page: 1, type: 'text', text: open, bbox: col(0.558, 0.593) },
    {
      page: 1,
      type: 'text',
      text: '1 Guided partitioning can also set up LVM logical volumes instead of partitions (see below',
      bbox: col(0.608, 0.638),
    },
    { page: 1, type: 'image', text: '', bbox: [0.16, 0.686, 0.417, 0.786] },
    {
      page: 2,
      type: 'text',
      text: 'to the Internet is regularly targeted by automated connection attempts with the most obvious passwords.',
      bbox: col(0.39, 0.5),
    },
  ];

  it('the paragraph cut in mid-sentence runs on past the note and the figure', () => {
    const { joined, featuresOf } = merge(page(OPEN));
    expect(joined(0, 3)).toBe(true);
    expect(featuresOf(0, 3)).toContain('text-merge.around-footnote');
    expect(joined(1, 3)).toBe(false);
  });

  it('after a word that is a name (a capital), the numbered block may be the body’s: no bridge', () => {
    const { joined } = merge(page(`${OPEN} to the Internet`));
    expect(joined(0, 3)).toBe(false);
  });
});

describe('CJK prose cut where no box shows the column break', () => {
  // latex-ctexart-handbook-zh-sect-http-web-server (train, Mistral and Unstructured): "…并不被所有浏览器处理。当几个 HTTPS
  // 网站需要在" | "相同的服务器上运行时，它们通常…" — a sentence stops on a letter between two blocks of one page.
  const A =
    'IPv4 地址（增加的）稀缺性通常偏爱第二种方法；然而虚拟主机也需要提供 HTTPS 的话会变得更复杂，因为 SSL 协议不总是为基于名称的' +
    '虚拟主机而提供；允许这样组合的 SNI 扩展并不被所有浏览器处理。当几个 HTTPS 网站需要在';
  const B =
    '相同的服务器上运行时，它们通常或者由在不同的端口上，或者在不同的 IP 地址上运行来区分（IPv6 在这里会有帮助）。';

  it('running prose that stops on a letter goes on in the next block', () => {
    const { joined, featuresOf } = merge([
      { page: 1, type: 'text', text: A },
      { page: 1, type: 'text', text: B },
    ]);
    expect(joined(0, 1)).toBe(true);
    expect(featuresOf(0, 1)).toContain('text-merge.cjk-prose-cut');
  });

  it('a short CJK line without a stop (a title) does not run into the paragraph under it', () => {
    const { joined } = merge([
      { page: 1, type: 'text', text: '配置 Apache 虚拟主机的方法' },
      { page: 1, type: 'text', text: B },
    ]);
    expect(joined(0, 1)).toBe(false);
  });
});

describe('a CJK affiliation line inside a sentence', () => {
  // latex-ctexart-debmake-zh-ch03 (dev, Mistral and Unstructured): "许多 Debian 维护工具识别并使用 shell环境变量 $DEBEMAIL
  // 和 $DEBFULLNAME" | "陈思远示例大学计算机科学系" | a note box | "作为您的电子邮件地址和名称。" — the author's line under the
  // title read between the halves of a sentence.
  const specs = (affiliation: string): Spec[] => [
    { page: 1, type: 'text', text: '许多 Debian 维护工具识别并使用 shell环境变量 $DEBEMAIL 和 $DEBFULLNAME' },
    { page: 1, type: 'text', text: affiliation },
    { page: 1, type: 'table', text: 'Caution 这里展示的工具配置方式仅作为示例提供。' },
    { page: 1, type: 'text', text: '作为您的电子邮件地址和名称。' },
  ];

  it('the sentence runs on past the affiliation, which joins neither half', () => {
    const { joined, featuresOf } = merge(specs('陈思远示例大学计算机科学系'));
    expect(joined(0, 3)).toBe(true);
    expect(featuresOf(0, 3)).toContain('text-merge.around-out-of-place');
    expect(joined(1, 3) || joined(0, 1)).toBe(false);
  });

  it('a CJK line that names no institution is no affiliation: nothing runs past it', () => {
    const { joined } = merge(specs('作为默认的配置使用'));
    expect(joined(0, 3)).toBe(false);
  });
});
