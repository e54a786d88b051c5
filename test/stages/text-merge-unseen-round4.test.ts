// Paragraph merges on fresh LaTeX documents no rule was tuned on (session 21, issue #15): hand-made pages in the shape
// of book / acmart / IEEEtran / ctexart documents built by scripts/corpus with seeds 3301 and 9907, and of the fresh
// sets of sessions 19–20 (train and dev sources only, none in the corpora), each after the real case named in its test.
import { describe, expect, it } from 'vitest';
import { isUpperCaseHeadLine } from '../../src/stages/text-merge/running-head.js';
import { col, type Spec } from '../helpers/doc.js';
import { mergeSpecs as merge } from '../helpers/merge-links.js';

describe("a book's running head typed as text at the head of the page the paragraph goes on", () => {
  // latex-book-handbook-en-sect-config-misc (train; Mistral, Unstructured): "… a service offered in the ntp package. In
  // its default" | "2.1. FOR WORKSTATIONS" | (page number) | "configuration, the server will synchronize with …".
  const OPEN =
    'If you want to keep the time right on a server, you would install a local NTP server, a service offered in ' +
    'the ntp package. In its default';
  const REST = 'configuration, the server will synchronize with pool.ntp.org and provide time to the local network.';
  const page = (head: string, rest = REST, type: 'text' | 'title' = 'text'): Spec[] => [
    { page: 8, type: 'text', text: OPEN },
    { page: 9, type, text: head },
    { page: 9, type: 'text', text: rest },
  ];

  it('without boxes, the paragraph runs on past it', () => {
    const { joined, featuresOf } = merge(page('2.1. FOR WORKSTATIONS'));
    expect(joined(0, 2)).toBe(true);
    expect(featuresOf(0, 2)).toContain('text-merge.around-running-head');
    expect(joined(1, 2)).toBe(false);
  });

  it('with a box, only in the head band of its page', () => {
    const boxed = (y: number): Spec[] =>
      page('2.1. FOR WORKSTATIONS').map((s, i) => ({
        ...s,
        bbox: [col(0.8, 0.9), col(y, y + 0.015), col(y + 0.03, y + 0.13)][i],
      }));
    expect(merge(boxed(0.08)).joined(0, 2)).toBe(true);
    expect(merge(boxed(0.4)).joined(0, 2)).toBe(false);
  });

  it('a capital after it, the open fragment left on a plain word: a section may start there', () => {
    expect(merge(page('2.1. FOR WORKSTATIONS', 'Configuration files are read at boot.')).joined(0, 2)).toBe(false);
  });

  it('a line the parser typed as a title is a heading (latex-jlreq-debmake-ja-apa: "3 DESCRIPTION")', () => {
    expect(merge(page('3 DESCRIPTION', 'debmake helps to build a Debian package.', 'title')).joined(0, 2)).toBe(false);
  });

  it('the line shape: one line, upper case, no sentence end', () => {
    expect(isUpperCaseHeadLine('1.2. CONFLICTS: THE CONFLICTS FIELD')).toBe(true);
    expect(isUpperCaseHeadLine('2.1. For Workstations')).toBe(false);
    expect(isUpperCaseHeadLine('SEE ALSO.')).toBe(false);
    expect(isUpperCaseHeadLine('2.2 历史')).toBe(false);
  });
});

describe("a CJK sidebar's kind word the handbook translation uses", () => {
  // latex-ctexart-handbook-zh-sect-how-to-migrate (train, seven formats): "硬件 64 位电脑 vs 32 位电脑" at a column's foot,
  // its body "近年的电脑使用 64 位 Intel 或 AMD 处理器，…" at the next column's head; -manipulating-packages-with-dpkg
  // (dev, seven formats): "回到基础选项的语法" | "“长”版 (一个或多个字，…) 与“短”版 …".
  const pair = (a: string, b: string): Spec[] => [
    { page: 1, type: 'text', text: a, bbox: col(0.85, 0.87) },
    { page: 2, type: 'text', text: b, bbox: col(0.1, 0.2) },
  ];

  it('"硬件", a space and a number: the title stands alone', () => {
    const body = '近年的电脑使用 64 位 Intel 或 AMD 处理器，兼容于稍旧的 32 位处理器。';
    const { joined, featuresOf } = merge(pair('硬件 64 位电脑 vs 32 位电脑', body));
    expect(joined(0, 1)).toBe(false);
    expect(featuresOf(0, 1)).toContain('text-merge.box-title-first');
  });

  it('"回到基础" glued to the title: the title stands alone', () => {
    const body = '“长”版 (一个或多个字，前置两个链接号) 与“短”版软件包都有该等选项。这是 POSIX 标准常见的用法。';
    expect(merge(pair('回到基础选项的语法', body)).joined(0, 1)).toBe(false);
  });
});

describe("a body block opening with the number of the note under it holds the body's mark", () => {
  // latex-ctexart-handbook-zh-sect-virtual-private-network (train, eight formats): "2 First, we install the libreswan
  // package. … (or Security Asso-" low on page 6, the note "2 This allows every user to configure …" under it, and
  // "ciations, in the IPsec terminology) …" at the head of page 7. Read as a note, the block's half was lost.
  const BEFORE = 'IPsec, despite being the standard in IP VPNs, is rather more involved in its implementation.';
  const OPEN =
    "2 First, we install the libreswan package. In concrete terms, each host's /etc/ipsec.conf contains the " +
    'parameters for IPsec tunnels (or Security Asso-';
  const REST = 'ciations, in the IPsec terminology) that the host is concerned with.';
  const page = (note: string): Spec[] => [
    { page: 6, type: 'text', text: BEFORE, bbox: col(0.664, 0.775) },
    { page: 6, type: 'text', text: OPEN, bbox: col(0.781, 0.822) },
    { page: 6, type: 'page_footnote', text: note, bbox: col(0.836, 0.852) },
    { page: 7, type: 'text', text: REST, bbox: col(0.357, 0.421) },
  ];
  const NOTE = '2 This allows every user to configure OpenVPN connections graphically.';

  it('with boxes, the paragraph cut by the page break is joined', () => {
    const { joined } = merge(page(NOTE));
    expect(joined(1, 3)).toBe(true);
    expect(joined(0, 3)).toBe(false);
  });

  it('without boxes too (Unstructured)', () => {
    expect(merge(page(NOTE).map(({ bbox: _, ...s }) => s)).joined(1, 3)).toBe(true);
  });

  it('a note with another number under it: the numbered block is read as a note', () => {
    const { joined } = merge(page('3 This allows every user to configure OpenVPN connections graphically.'));
    expect(joined(1, 3)).toBe(false);
  });
});

describe('a listing wider than its column starts the column it starts in', () => {
  // latex-ieeetran-handbook-en-sect-kernel-compilation (train, seven formats): the listing "[..] # Certificates for
  // signature checking # … CONFIG_SYSTEM_TRUSTED_KEYRING=y" ends page 3's right column; page 4 opens with the glossary
  // table in the left column, then "CONFIG_SYSTEM_TRUSTED_KEYS=…", whose lines run over the gutter into the right
  // column, where the text of that column stands above it.
  const page: Spec[] = [
    { page: 3, type: 'text', text: 'The kernel configuration holds the signing keys.', bbox: [0.51, 0.6, 0.92, 0.77] },
    {
      page: 3,
      type: 'code',
      text: '[..]\n# Certificates for signature checking\n#\nCONFIG_MODULE_SIG_KEY=""\nCONFIG_SYSTEM_TRUSTED_KEYRING=y',
      bbox: [0.51, 0.781, 0.835, 0.906],
    },
    {
      page: 4,
      type: 'table_caption',
      text: 'TABLE I: Glossary of the terms used in this text.',
      bbox: [0.08, 0.059, 0.49, 0.103],
    },
    { page: 4, type: 'table', text: 'Term Description', bbox: [0.085, 0.108, 0.492, 0.286] },
    {
      page: 4,
      type: 'code',
      text: 'CONFIG_SYSTEM_TRUSTED_KEYS="debian/certs/debian-uefi-certs.pem"\n# CONFIG_SYSTEM_EXTRA_CERTIFICATE is not set',
      bbox: [0.08, 0.309, 0.634, 0.397],
    },
    {
      page: 4,
      type: 'text',
      text: 'Building a custom kernel based on these settings will fail.',
      bbox: [0.08, 0.401, 0.49, 0.49],
    },
    {
      page: 4,
      type: 'text',
      text: 'use linux-image-amd64, you would also install the headers.',
      bbox: [0.51, 0.063, 0.92, 0.092],
    },
    {
      page: 4,
      type: 'text',
      text: 'First, create a private key and a matching certificate.',
      bbox: [0.51, 0.189, 0.92, 0.339],
    },
  ];

  it('the text of the column it overhangs is not above it in its own: the listing runs on', () => {
    const { joined, featuresOf } = merge(page);
    expect(joined(1, 4)).toBe(true);
    expect(featuresOf(1, 4)).toContain('text-merge.code-block-runs-on');
  });
});

describe("a footnote's rest past a page of floats", () => {
  // latex-book-handbook-en-sect-task-scheduling-cron-atd (train, every format): the note "2 In Debian, cron takes the
  // time change (for Daylight Savings Time, or in fact for any" at page 7's foot; page 8 holds an algorithm and a figure
  // only; "significant change in the local time) into account as best as it can." is the lowest text of page 9.
  const NOTE = '2 In Debian, cron takes the time change (for Daylight Savings Time, or in fact for any';
  const REST = 'significant change in the local time) into account as best as it can.';
  const pages = (page8: Spec[], boxed = true): Spec[] =>
    [
      {
        page: 7,
        type: 'text',
        text: 'Each significant line of a crontab entry describes a scheduled command.',
        bbox: col(0.7, 0.834),
      },
      { page: 7, type: 'page_footnote', text: NOTE, bbox: col(0.844, 0.857) },
      ...page8,
      {
        page: 9,
        type: 'text',
        text: 'Each value can also be expressed in the form of a list of possible values.',
        bbox: col(0.454, 0.533),
      },
      { page: 9, type: 'page_footnote', text: REST, bbox: col(0.832, 0.844) },
    ].map((s) => (boxed ? s : { ...s, bbox: null })) as Spec[];
  const FLOATS: Spec[] = [
    { page: 8, type: 'text', text: 'Algorithm 1 Procedure described in this section', bbox: col(0.236, 0.25) },
    { page: 8, type: 'code', text: 'Require: n ≥ 1\n1: i ← 0\n2: while i < n do', bbox: col(0.255, 0.43) },
    { page: 8, type: 'image', bbox: col(0.618, 0.715) },
    { page: 8, type: 'image_caption', text: '(a) Before the change.', bbox: col(0.726, 0.739) },
  ];

  it('with boxes, the note goes on at the foot of page 9', () => {
    const { joined, featuresOf } = merge(pages(FLOATS));
    expect(joined(1, 7)).toBe(true);
    expect(featuresOf(1, 7)).toContain('text-merge.note-runs-on');
  });

  it('without boxes too', () => {
    expect(merge(pages(FLOATS, false)).joined(1, 7)).toBe(true);
  });

  it('a page 8 with running text holds the rest, if any: page 9 is not looked at', () => {
    const text: Spec[] = [
      { page: 8, type: 'text', text: 'The at command executes a command at a given moment.', bbox: col(0.2, 0.5) },
    ];
    expect(merge(pages(text)).joined(1, 5)).toBe(false);
  });
});
