import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/model/decision.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments, namesUsedMidSentence } from '../../src/stages/text-merge.js';
import { joinFragments } from '../../src/text/chars.js';
import type { TextMergeWeights } from '../../src/weights/text-merge.js';
import { col, input, left, makeDoc, right, type Spec } from '../helpers/doc.js';

/** The ids of the features a decision weighed. */
const featureIds = (d: Decision | undefined) => d?.features?.map((f) => f.id) ?? [];

function merge(specs: Spec[], weights: Partial<TextMergeWeights> = {}) {
  const doc = makeDoc(specs);
  const i = input(doc);
  i.options.weights.textMerge = { ...i.options.weights.textMerge, ...weights };
  return mergeTextFragments(i, detectFurniture(i));
}

describe('joinFragments', () => {
  it("de-hyphenates Latin words, keeps a compound's hyphen before a capital or digit, joins CJK without a space, one space otherwise", () => {
    expect(joinFragments('the recon-', 'struction of')).toBe('the reconstruction of');
    expect(joinFragments('数字普惠金融对中小企业', '信用风险的影响')).toBe('数字普惠金融对中小企业信用风险的影响');
    expect(joinFragments('studied by', 'Smith et al.')).toBe('studied by Smith et al.');
    expect(joinFragments('state-of-the-', 'Art')).toBe('state-of-the-Art');
    expect(joinFragments('APT::Install-', 'Recommends "false";')).toBe('APT::Install-Recommends "false";');
    expect(joinFragments('encoded in UTF-', '8 throughout')).toBe('encoded in UTF-8 throughout');
  });
});

describe('namesUsedMidSentence', () => {
  it('keeps capitalised words used mid-sentence, but not those the text mostly writes in lower case', () => {
    const names = namesUsedMidSentence([
      'Install it on Debian or on any system derived from Debian, as the manual called The Book says.',
      'It is the tool the team uses for the packages of the archive; the rest is the same as before.',
      'As shown in Figure 3, the archive is signed.',
    ]);
    expect(names.has('Debian')).toBe(true);
    expect(names.has('The')).toBe(false);
    expect(names.has('Figure')).toBe(false);
  });
});

describe('text-merge evidence as features', () => {
  // A sentence cut by a page break: no stop at the end of page 1, lower case on page 2.
  const cut: Spec[] = [
    {
      page: 1,
      type: 'text',
      text: 'The survey covered the northern valleys and was carried out by three',
      bbox: col(0.6, 0.92),
    },
    { page: 2, type: 'text', text: 'teams working in turn over two summers.', bbox: col(0.08, 0.2) },
  ];

  it('records each kind of evidence with its contribution, and the score is their sum', () => {
    const r = merge(cut);
    expect(r.groups).toEqual([[0, 1]]);
    const [d] = r.decisions;
    expect(d.ruleId).toBe('text-merge.continuation');
    const byId = new Map(d.features?.map((f) => [f.id, f]));
    expect(byId.get('text-merge.no-sentence-end')?.contribution).toBeGreaterThan(0);
    expect(byId.get('text-merge.lowercase-start')?.contribution).toBeGreaterThan(0);
    expect(byId.has('text-merge.sentence-end')).toBe(false);
    expect(d.features?.every((f) => f.id.startsWith('text-merge.') && f.value !== 0)).toBe(true);
  });

  it('a finished sentence records text-merge.sentence-end against the merge', () => {
    const r = merge(
      [cut[0], { ...cut[1], text: 'Three teams worked in turn.' }].map((s, i) =>
        i === 0 ? { ...s, text: 'The survey covered the northern valleys.' } : s,
      ),
    );
    const sentenceEnd = r.decisions[0].features?.find((f) => f.id === 'text-merge.sentence-end');
    expect(sentenceEnd?.contribution).toBeLessThan(0);
    expect(r.decisions[0].accepted).toBe(false);
  });

  it('a weights override changes the decision, and the record shows the new contribution', () => {
    const r = merge(cut, { 'no-sentence-end': -6 });
    expect(r.groups).toEqual([]);
    expect(r.decisions[0].accepted).toBe(false);
    expect(r.decisions[0].features?.find((f) => f.id === 'text-merge.no-sentence-end')?.contribution).toBe(-6);
    // The bias moves every score: a large negative bias keeps even a hyphenated word apart.
    expect(merge(cut, { bias: -10 }).groups).toEqual([]);
  });

  it('the confidence follows the shared curve: a larger scale gives a less sure decision', () => {
    const sure = merge(cut).decisions[0].confidence;
    const lessSure = merge(cut, { scale: 5 }).decisions[0].confidence;
    expect(lessSure).toBeLessThan(sure);
    expect(lessSure).toBeGreaterThan(0.5);
  });
});

describe('mergeTextFragments', () => {
  it('joins a paragraph cut by a page break (hyphen), with a running head and page number between', () => {
    const r = merge([
      { page: 1, type: 'text', text: 'Running head', bbox: col(0.02, 0.04) },
      { page: 1, type: 'text', text: 'The first paragraph ends here.', bbox: col(0.1, 0.3) },
      {
        page: 1,
        type: 'text',
        text: 'A second paragraph that goes on to the bottom of the page and is cut in the mid-',
        bbox: col(0.32, 0.9),
      },
      { page: 1, type: 'text', text: '1', bbox: [0.48, 0.95, 0.52, 0.97] },
      { page: 2, type: 'text', text: 'Running head', bbox: col(0.02, 0.04) },
      { page: 2, type: 'text', text: 'dle of a word, and then continues.', bbox: col(0.1, 0.2) },
      { page: 2, type: 'text', text: '2', bbox: [0.48, 0.95, 0.52, 0.97] },
    ]);
    expect(r.groups).toEqual([[2, 5]]);
  });

  it('joins a paragraph cut by a table on the same page', () => {
    const r = merge([
      { page: 1, type: 'text', text: 'The measurements, which were taken over three years at', bbox: col(0.1, 0.3) },
      { page: 1, type: 'table', html: '<table><tr><td>a</td></tr></table>', bbox: col(0.32, 0.6) },
      { page: 1, type: 'text', text: 'four stations, are summarised below.', bbox: col(0.62, 0.7) },
    ]);
    expect(r.groups).toEqual([[0, 2]]);
  });

  it('joins a continuation that starts with a proper noun', () => {
    const r = merge([
      { page: 1, type: 'text', text: 'This approach was first studied in depth by', bbox: col(0.6, 0.92) },
      { page: 2, type: 'text', text: 'Smith and Jones, who showed that it converges.', bbox: col(0.08, 0.2) },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });

  it('keeps apart a finished sentence and a new capitalised paragraph', () => {
    const r = merge([
      { page: 1, type: 'text', text: 'The results are shown in the next section.', bbox: col(0.6, 0.92) },
      { page: 2, type: 'text', text: 'The second experiment used a larger corpus.', bbox: col(0.08, 0.2) },
    ]);
    expect(r.groups).toEqual([]);
    expect(r.decisions[0].accepted).toBe(false);
    // A sentence that ends exactly at the page end may still go on: unsure, for the LLM path.
    expect(r.decisions[0].ruleId).toBe('text-merge.sentence-at-break');
    expect(r.decisions[0].confidence).toBeLessThanOrEqual(0.6);
  });

  it('does not join across blank space at the end of a chapter', () => {
    const r = merge([
      { page: 1, type: 'text', text: 'Body text that fills the page down to the bottom line of', bbox: col(0.1, 0.9) },
      { page: 2, type: 'text', text: 'the page, and ends early on the next one without a stop', bbox: col(0.08, 0.15) },
      { page: 3, type: 'text', text: 'Another chapter opens', bbox: col(0.08, 0.2) },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });

  it('follows a paragraph over a column break and a page break (three fragments)', () => {
    const r = merge([
      { page: 1, type: 'text', text: 'A long paragraph in the left column that runs on and on', bbox: left(0.5, 0.92) },
      {
        page: 1,
        type: 'text',
        text: 'into the right column where it still goes on, and on into',
        bbox: right(0.08, 0.92),
      },
      { page: 2, type: 'text', text: 'the next page, where it finally ends.', bbox: left(0.08, 0.12) },
    ]);
    expect(r.groups).toEqual([[0, 1, 2]]);
  });

  it('joins CJK text cut by a page break but not after a full stop', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: '本文研究了数字普惠金融对中小企业信用风险的影响，并通过实证分析',
        bbox: col(0.7, 0.92),
      },
      { page: 2, type: 'text', text: '验证了相关假设。', bbox: col(0.08, 0.1) },
      { page: 2, type: 'text', text: '第二段的内容到页末结束。', bbox: col(0.8, 0.92) },
      { page: 3, type: 'text', text: '新的段落从这里开始。', bbox: col(0.08, 0.1) },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });

  it('does not join a list item that starts with a marker', () => {
    const r = merge([
      { page: 1, type: 'text', text: 'The options are the following', bbox: col(0.7, 0.92) },
      { page: 2, type: 'list_item', text: '• the first option', bbox: col(0.08, 0.1) },
    ]);
    expect(r.groups).toEqual([]);
  });

  // The cases below are cut from the evaluation corpus's Debian manuals (re-typeset), where they once went wrong.
  it('ends a paragraph after a link line, but follows an address the break cut in two', () => {
    const r = merge([
      { page: 1, type: 'text', text: '→ https://wiki.debian.org/LTS', bbox: col(0.88, 0.91) },
      { page: 2, type: 'text', text: 'COMMUNITY Companies sponsoring the LTS effort', bbox: col(0.08, 0.1) },
      { page: 2, type: 'text', text: '→ https://munin.readthedocs.org/en/latest/referen', bbox: left(0.88, 0.91) },
      { page: 2, type: 'text', text: 'ce/plugin.html', bbox: right(0.08, 0.1) },
    ]);
    expect(r.groups).toEqual([[2, 3]]);
  });

  it('reads file paths in a sentence as words, not as code', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: 'The kernel gives every device a file name (for instance, /dev/hda and /dev/sdc),',
        bbox: col(0.8, 0.92),
      },
      {
        page: 2,
        type: 'text',
        text: 'partitions (/dev/hda1 or /dev/sdc3), microphones and so on.',
        bbox: col(0.08, 0.12),
      },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });

  it('joins a command and its output, which is not prose, over a page break', () => {
    const r = merge([
      { page: 1, type: 'text', text: '$ ./easyrsa build-ca nopass', bbox: col(0.88, 0.91) },
      {
        page: 2,
        type: 'text',
        text: 'Using SSL: openssl OpenSSL 1.1.1k 25 Mar 2021\nEnter New CA Key Passphrase:\nCommon Name [Easy-RSA CA]:',
        bbox: col(0.08, 0.16),
      },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });

  it('keeps a command apart from the Chinese paragraph that follows it', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: 'apt --reinstall -o Dpkg::Options::="--force-confask,confmiss" install package',
        bbox: col(0.86, 0.91),
      },
      {
        page: 2,
        type: 'text',
        text: '某些软件包不会将 /etc 中的配置文件一起发布。而是在安装时复制一个配置框架或通过脚本编写配置。',
        bbox: col(0.08, 0.14),
      },
    ]);
    expect(r.groups).toEqual([]);
    // The command is a listing's line by its tokens (text-merge/flat-listing.ts): code beside prose, else the script.
    expect(
      featureIds(r.decisions[0]).some((f) => f === 'text-merge.script-change' || f === 'text-merge.code-and-prose'),
    ).toBe(true);
  });

  it('joins a list item whose rest opens with a name the document uses mid-sentence', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: 'Debian added support for OpenPOWER machines in this release.',
        bbox: col(0.1, 0.2),
      },
      {
        page: 1,
        type: 'list_item',
        text: '• Finally, Debian is available on a multitude of architectures, including ppc64el for',
        bbox: col(0.8, 0.92),
      },
      {
        page: 2,
        type: 'list_item',
        text: 'OpenPOWER processors; it will, thus, be possible to install it on most machines.',
        bbox: col(0.08, 0.12),
      },
    ]);
    expect(r.groups).toEqual([[1, 2]]);
    expect(featureIds(r.decisions.at(-1))).toContain('text-merge.name-start');
    expect(featureIds(r.decisions.at(-1))).not.toContain('text-merge.capital-start');
  });

  it('takes a question mark standing alone for a symbol where the parser sets stops tight', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: 'depType may be either “provides” or one of the dependency types given in the documentation of ?',
        bbox: col(0.84, 0.92),
      },
      {
        page: 2,
        type: 'text',
        text: 'broken-depType. If depType is not present, it defaults to depends.',
        bbox: col(0.08, 0.12),
      },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });

  it('still ends a sentence at a spaced stop in tokenised text (Docling)', () => {
    // TableFormer paper through Docling: stops and commas stand after a space all through the text.
    const r = merge([
      { page: 1, type: 'text', text: 'The encoder is shared , as Figure 3 shows .', bbox: col(0.1, 0.3) },
      { page: 1, type: 'text', text: 'Its output is sent to the decoders , one per task .', bbox: col(0.32, 0.5) },
      {
        page: 1,
        type: 'text',
        text: 'CNN Backbone Network. Its features are provided to both the Structure Decoder , and Cell BBox Decoder .',
        bbox: col(0.8, 0.92),
      },
      {
        page: 2,
        type: 'text',
        text: 'Structure Decoder. The transformer architecture of this component is based on the original one .',
        bbox: col(0.08, 0.2),
      },
    ]);
    expect(r.groups).toEqual([]);
  });

  // Cases from the development corpus (Installation Guide, FAQ, Kernel Handbook).
  it('does not run a Chinese sentence on into a lower-case command line', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: '安装 makedev 软件包，并创建默认的静态设备文件，使用(chroot 以后)',
        bbox: col(0.86, 0.92),
      },
      {
        page: 2,
        type: 'text',
        text: 'apt install makedev mount none /proc -t proc cd /dev MAKEDEV generic',
        bbox: col(0.08, 0.14),
      },
    ]);
    expect(r.groups).toEqual([]);
  });

  it('joins two preformatted fragments of one config file, comments in Japanese included', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: 'Debian の ISC dhcpd 用設定ファイルの見本\nddns-update-style interim;\nsubnet 192.168.0.0 netmask 255.255.255.0 {\noption routers 192.168.0.1;',
        bbox: col(0.5, 0.92),
      },
      {
        page: 2,
        type: 'text',
        text: 'option broadcast-address 192.168.0.255;\nrange 192.168.0.128 192.168.0.254;\n}',
        bbox: col(0.08, 0.14),
      },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });

  it('reads nothing into line breaks when the parser keeps them in every block (Textract)', () => {
    const kept = (page: number, text: string, y1: number, y2: number): Spec => ({
      page,
      type: 'text',
      text,
      bbox: col(y1, y2),
    });
    const r = merge([
      kept(1, 'The first paragraph has its\nline breaks kept by the parser.', 0.1, 0.2),
      kept(1, 'Another paragraph with its\nline breaks kept, as all are.', 0.25, 0.35),
      kept(1, 'And one more paragraph with\nits line breaks kept as well.', 0.4, 0.5),
      kept(1, 'A fourth one, which is also\nprinted over two lines here.', 0.55, 0.65),
      kept(1, 'So does the last one, which\nends its page with a full stop.', 0.8, 0.92),
      kept(2, 'The next opens the next page\nand is a paragraph of its own.', 0.08, 0.2),
    ]);
    expect(r.groups).toEqual([]);
  });

  it('does not run a sentence on into a long term or a note label', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: 'These meta-packages provide (via dependencies) the latest binary package of',
        bbox: col(0.86, 0.92),
      },
      { page: 2, type: 'text', text: 'linux-image-version-abiname[-featureset]-flavour', bbox: col(0.08, 0.1) },
      {
        page: 2,
        type: 'text',
        text: 'Debian 二进制包的文件名遵循以下约定：foo_版本号-修订版本号_架构',
        bbox: col(0.86, 0.92),
      },
      {
        page: 3,
        type: 'text',
        text: '注意 foo 应当是软件包的名称。要检查特定的 Debian 档案文件的包名，可以使用以下方法之一：',
        bbox: col(0.08, 0.12),
      },
    ]);
    expect(r.groups).toEqual([]);
  });

  it('follows Chinese text over a break that falls before a Latin letter, and prose that ends with its stop', () => {
    const r = merge([
      {
        page: 1,
        type: 'list_item',
        text: '• 如果运行软件包 A 前必须先安装软件包 B，那么A 依赖 B。某些情况下，A 不仅依赖于',
        bbox: col(0.86, 0.92),
      },
      {
        page: 2,
        type: 'list_item',
        text: 'B，还依赖 B 的某个版本。这种情况下，依赖的版本号通常是一个下限。',
        bbox: col(0.08, 0.12),
      },
      {
        page: 2,
        type: 'text',
        text: 'Building binary packages for a single kernel flavour requires up to',
        bbox: left(0.86, 0.92),
      },
      { page: 2, type: 'text', text: '300 MB in /tmp (or $TMPDIR).', bbox: right(0.08, 0.1) },
    ]);
    expect(r.groups).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('takes "i.e." and "e.g." at a break for abbreviations, not sentence ends', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: 'Contents files are kept for each of the subdirectories (main, non-free, contrib) at a Debian archive site (i.e.',
        bbox: col(0.84, 0.92),
      },
      {
        page: 2,
        type: 'text',
        text: 'under /debian/dists/bullseye). A Contents file refers only to those packages.',
        bbox: col(0.08, 0.12),
      },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });

  // Cases from the second development corpus (Policy Manual, Securing Debian Manual).
  it('does not run a sentence on into a command line, nor a command line or a lone path into a sentence', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: 'Now you can either edit /etc/init.d/bind with your favorite',
        bbox: col(0.86, 0.92),
      },
      { page: 2, type: 'text', text: 'start-stop-daemon --start', bbox: col(0.08, 0.1) },
      {
        page: 2,
        type: 'text',
        text: 'The postrm script is called after the package’s files have been removed or replaced:',
        bbox: col(0.2, 0.3),
      },
      {
        page: 2,
        type: 'text',
        text: 'deconfigured’s-prerm deconfigure in-favour package-being-installed version',
        bbox: col(0.86, 0.92),
      },
      {
        page: 3,
        type: 'text',
        text: 'The package whose prerm is being called will be at least half-installed.',
        bbox: col(0.08, 0.12),
      },
      { page: 3, type: 'text', text: '/usr/lib/cgi-bin/.../cgi-bin-name', bbox: left(0.86, 0.92) },
      {
        page: 3,
        type: 'text',
        text: 'should be referred to as the program’s name in its documentation.',
        bbox: right(0.08, 0.12),
      },
    ]);
    expect(r.groups).toEqual([]);
  });

  it('does not run a sentence on into a single term (a definition list)', () => {
    const r = merge([
      { page: 1, type: 'text', text: 'contains the kernel image and the associated modules,', bbox: col(0.86, 0.92) },
      { page: 2, type: 'text', text: 'linux-headers-version', bbox: col(0.08, 0.1) },
    ]);
    expect(r.groups).toEqual([]);
  });

  it('runs a sentence on after a word no sentence ends with ("… The" | "BSD printing layer …")', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: 'Finally, NFS and NIS provide the file server functionality, while NIS creates user directories. The',
        bbox: left(0.8, 0.92),
      },
      {
        page: 1,
        type: 'text',
        text: 'BSD printing layer, used by most Unix systems, also allows sharing of print queues.',
        bbox: right(0.08, 0.12),
      },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.dangling-word');
  });

  it('keeps the items of an enumeration apart at a page break: "…, and" | "• …" is the next item', () => {
    const items = (first: string) =>
      merge([
        { page: 1, type: 'text', text: first, bbox: col(0.86, 0.92) },
        {
          page: 2,
          type: 'text',
          text: '• configuring their behavior with declarative configuration files.',
          bbox: col(0.08, 0.1),
        },
      ]);
    const r = items(
      '• using the dh command to invoke many utility scripts automatically from the debhelper package, and',
    );
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.enumeration-goes-on');
    // a word left dangling inside an item is not the enumeration's conjunction
    const cut = items('• using the dh command to invoke many utility scripts automatically from the');
    expect(featureIds(cut.decisions[0])).toContain('text-merge.dangling-word');
    expect(featureIds(cut.decisions[0])).not.toContain('text-merge.enumeration-goes-on');
  });

  it('finds the edge of a column that holds no long prose (only notes) from its own blocks', () => {
    const prose =
      'Every long paragraph of this document stands at the left edge of the first column, where the text starts.';
    const r = merge([
      { page: 1, type: 'text', text: prose, bbox: left(0.08, 0.2) },
      { page: 1, type: 'text', text: prose, bbox: left(0.22, 0.34) },
      { page: 1, type: 'text', text: prose, bbox: left(0.36, 0.48) },
      {
        page: 1,
        type: 'text',
        text: 'The debmake command delegates most of the heavy lifting to its back-end packages:',
        bbox: left(0.84, 0.92),
      },
      { page: 1, type: 'text', text: 'debhelper, dpkg-dev, devscripts, sbuild, schroot, etc.', bbox: right(0.08, 0.1) },
      { page: 1, type: 'table', html: '<table><tr><td>Tip</td></tr></table>', bbox: right(0.12, 0.3) },
    ]);
    expect(r.groups).toEqual([[3, 4]]);
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.different-indents');
  });

  it('lets a paragraph flow around a caption typed as text, which it never joins', () => {
    const r = merge([
      { page: 1, type: 'text', text: 'The library stores every detected region in its own', bbox: col(0.1, 0.3) },
      { page: 1, type: 'image', bbox: col(0.32, 0.6) },
      {
        page: 1,
        type: 'text',
        text: 'Table 1: Current layout detection models in the model zoo',
        bbox: col(0.62, 0.64),
      },
      {
        page: 1,
        type: 'text',
        text: 'layout data structures, which are optimized for efficiency.',
        bbox: col(0.66, 0.7),
      },
    ]);
    expect(r.groups).toEqual([[0, 3]]);
  });

  it('reads a footnote number after the stop as the end of a sentence', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: 'Directories should be mode 755. A directory should be owned by the group that needs write access to it. 14',
        bbox: col(0.84, 0.92),
      },
      {
        page: 2,
        type: 'text',
        text: 'Control information files should be owned by root:root and either mode 644 or mode 755.',
        bbox: col(0.08, 0.12),
      },
    ]);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.sentence-end');
  });

  it('gives text back at the body edge its own kind after an indented code line', () => {
    const prose =
      'Every long paragraph of this document stands at the left edge of the column, where body text starts.';
    const r = merge([
      { page: 1, type: 'text', text: prose, bbox: col(0.08, 0.2) },
      { page: 1, type: 'text', text: prose, bbox: col(0.22, 0.34) },
      { page: 1, type: 'text', text: prose, bbox: col(0.36, 0.48) },
      { page: 1, type: 'text', text: 'Depends: foo [i386], bar [amd64]', bbox: [0.14, 0.9, 0.5, 0.92] },
      {
        page: 2,
        type: 'text',
        text: 'becomes Depends: foo when the package is built on the i386 architecture, and Depends: bar on amd64.',
        bbox: col(0.08, 0.12),
      },
    ]);
    expect(r.groups).toEqual([]);
  });

  it('follows a web address cut after a hyphen, and stops at one that ends a sentence', () => {
    const r = merge([
      {
        page: 1,
        type: 'text',
        text: 'The security issue might have been reported as a http://bugs.debian.org/cgi-',
        bbox: left(0.84, 0.92),
      },
      {
        page: 1,
        type: 'text',
        text: 'bin/pkgreport.cgi?tag=security but a fix has not been tested and uploaded.',
        bbox: right(0.08, 0.12),
      },
      {
        page: 1,
        type: 'text',
        text: 'If you feel that some patch should be packaged, please ask for it at http://www.debian.org/devel/wnpp/.',
        bbox: right(0.84, 0.92),
      },
      {
        page: 2,
        type: 'text',
        text: 'apt-get install kernel-source-2.4.22\nkernel-patch-debian-2.4.22',
        bbox: left(0.08, 0.12),
      },
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });

  it('runs a footnote on into the next column of the same page', () => {
    const r = merge([
      { page: 1, type: 'text', text: 'The body text of the page ends here.', bbox: left(0.1, 0.6) },
      {
        page: 1,
        type: 'page_footnote',
        text: '9 Note that this mechanism is not the same as using',
        bbox: left(0.86, 0.92),
      },
      {
        page: 1,
        type: 'page_footnote',
        text: 'local file system, whereas X resources are stored in the X server.',
        bbox: right(0.08, 0.12),
      },
    ]);
    expect(r.groups).toEqual([[1, 2]]);
  });

  it('never starts a paragraph with a lone number (a footnote number set as its own block)', () => {
    const r = merge([
      { page: 1, type: 'text', text: '17', bbox: [0.1, 0.1, 0.12, 0.12] },
      { page: 1, type: 'image', bbox: col(0.14, 0.4) },
      { page: 1, type: 'text', text: 'shows the name of the library and its version.', bbox: col(0.42, 0.44) },
    ]);
    expect(r.groups).toEqual([]);
  });

  it('uses line boxes where the parser gives them: a full last line goes on, a short one ends the paragraph', () => {
    const at = (fill: number | undefined, aText: string, bText: string) =>
      merge([
        { page: 1, type: 'text', text: aText, bbox: left(0.7, 0.92), hints: { lastLineFill: fill } },
        { page: 1, type: 'text', text: bText, bbox: right(0.08, 0.3) },
      ]);
    const sentence = 'We use the MIMIC-III and MIMIC-IV datasets for training and testing.';
    const next = 'The two datasets differ in terms of time span and the number of patients.';
    expect(at(undefined, sentence, next).decisions[0].ruleId).toBe('text-merge.sentence-at-break');
    const full = at(1, sentence, next);
    expect(full.groups).toEqual([[0, 1]]);
    // a sentence ending where a full line ends is a continuation about as often as not: unsure, for the LLM path
    expect(full.decisions[0].ruleId).toBe('text-merge.sentence-at-line-end');
    expect(full.decisions[0].confidence).toBeLessThanOrEqual(0.6);
    const short = at(0.4, sentence, next);
    expect(short.groups).toEqual([]);
    expect(short.decisions[0].ruleId).toBe('text-merge.new-paragraph');
    // no stop at the end, but a short last line: a list of names, then a new paragraph
    const names = 'Group 3 holds Lambrechtsbos B, Glendhu 2, Biesievlei and Traralgon Creek';
    const group = 'Group 1 exhibit both the highest reduction of flows and the fastest response.';
    expect(at(undefined, names, group).groups).toEqual([[0, 1]]);
    expect(at(0.48, names, group).groups).toEqual([]);
  });

  it('does not run a footnote on into the next one opened by a superscript mark', () => {
    const r = merge([
      { page: 1, type: 'text', text: 'The body text of the page ends here.', bbox: left(0.1, 0.6) },
      {
        page: 1,
        type: 'page_footnote',
        text: '<sup>4</sup>Due to the difficulty of reproducing these methods, we adapt our settings instead.',
        bbox: left(0.86, 0.92),
        hints: { lastLineFill: 1 },
      },
      {
        page: 1,
        type: 'page_footnote',
        text: '<sup>5</sup>Here, “Foo Bar” represents a random string sampled from the vocabulary.',
        bbox: right(0.86, 0.92),
      },
    ]);
    expect(r.groups).toEqual([]);
  });

  it('reads first-line indents where the document indents its paragraphs (line boxes)', () => {
    // Five earlier paragraphs with an indented first line tell the style; then a sentence ends at a column's
    // foot on a full line: the next fragment not indented goes on, one indented starts a paragraph.
    const earlier: Spec[] = Array.from({ length: 5 }, (_, i) => ({
      page: 1,
      type: 'text',
      text: `An earlier paragraph, number ${i + 1}, which ends where it should end.`,
      bbox: left(0.1 + i * 0.1, 0.18 + i * 0.1),
      hints: { firstLineIndent: 0.05, lastLineFill: 0.5 },
    }));
    const at = (bFirstLine: number) =>
      merge([
        ...earlier,
        {
          page: 1,
          type: 'text',
          text: 'We use the MIMIC-III and MIMIC-IV datasets for training and testing.',
          bbox: left(0.7, 0.92),
          hints: { firstLineIndent: 0.05, lastLineFill: 1 },
        },
        {
          page: 1,
          type: 'text',
          text: 'The two datasets differ in terms of time span and the number of patients.',
          bbox: right(0.08, 0.3),
          hints: { firstLineIndent: bFirstLine, lastLineFill: 0.6 },
        },
      ]);
    const flush = at(0);
    expect(flush.groups).toEqual([[5, 6]]);
    expect(flush.decisions.at(-1)?.ruleId).toBe('text-merge.continuation'); // settled, not left unsure
    const indented = at(0.05);
    expect(indented.groups).toEqual([]);
    expect(featureIds(indented.decisions.at(-1))).toContain('text-merge.first-line-indented');
  });

  it('takes a one-line paragraph set in by the paragraph indent for a paragraph, not an indented block', () => {
    // The document indents paragraphs by 0.04 of the page (first lines); "Option: …" and "Default: false" are
    // one-line paragraphs whose boxes therefore start at that indent, on either side of a page break.
    const body: Spec[] = Array.from({ length: 6 }, (_, i) => ({
      page: 1,
      type: 'text',
      text: `Paragraph ${i + 1} of the chapter, long enough to be prose that runs over several lines of text.`,
      bbox: col(0.1 + i * 0.12, 0.2 + i * 0.12),
      hints: { firstLineIndent: 0.05, lineCount: 3, lastLineFill: 0.4 },
    }));
    const r = merge([
      ...body,
      {
        page: 1,
        type: 'text',
        text: 'Option: Aptitude::Keep-Suggests',
        bbox: [0.14, 0.9, 0.5, 0.92],
        hints: { lineCount: 1 },
      },
      { page: 2, type: 'text', text: 'Default: false', bbox: [0.14, 0.08, 0.3, 0.1], hints: { lineCount: 1 } },
      ...body.map((b) => ({ ...b, page: 2, bbox: col(0.2, 0.3) })),
    ]);
    expect(r.groups).toEqual([]);
    const at6 = featureIds(r.decisions.find((d) => d.place.refs[0] === '/6'));
    expect(at6).not.toContain('text-merge.indented-block-runs-on');
    expect(at6).not.toContain('text-merge.indented-blocks-apart');
  });

  describe('first lines where the document indents its paragraphs', () => {
    // Six paragraphs on page 1 whose line boxes show a first line set in by 0.04 of the page (0.05 of the
    // column); the last one is cut by the page break after a line that ends without a stop.
    const body: Spec[] = Array.from({ length: 6 }, (_, i) => ({
      page: 1,
      type: 'text',
      text: `Paragraph ${i + 1} of the chapter, long enough to be prose that runs over several lines of text.`,
      bbox: col(0.1 + i * 0.12, 0.2 + i * 0.12),
      hints: { firstLineIndent: 0.05, lineCount: 3, lastLineFill: 0.4 },
    }));
    const cut = (a: string, b: Omit<Spec, 'page'>) =>
      merge([
        ...body,
        { page: 1, type: 'text', text: a, bbox: col(0.84, 0.92), hints: { lineCount: 3, lastLineFill: 1 } },
        { ...b, page: 2 },
        ...body.map((e, i) => ({ ...e, page: 2, bbox: col(0.3 + i * 0.1, 0.38 + i * 0.1) })),
      ]);
    const decisionAt6 = (r: ReturnType<typeof merge>) => r.decisions.find((d) => d.place.refs[0] === '/6');

    it('a one-line paragraph whose box stands at the paragraph indent opens a paragraph', () => {
      const r = cut('the packaging workflow can be summarised in ten steps, as the manual says x ≤ n', {
        type: 'text',
        text: 'A very short workflow follows.',
        bbox: [0.14, 0.08, 0.6, 0.1],
        hints: { lineCount: 1 },
      });
      expect(featureIds(decisionAt6(r))).toContain('text-merge.first-line-indented');
      expect(r.groups).toEqual([]);
      // the same line back at the column's edge goes on
      const flush = cut('the packaging workflow can be summarised in ten steps, as the manual says x ≤ n', {
        type: 'text',
        text: 'a very short workflow follows.',
        bbox: [0.1, 0.08, 0.6, 0.1],
        hints: { lineCount: 1 },
      });
      expect(featureIds(decisionAt6(flush))).not.toContain('text-merge.first-line-indented');
      expect(flush.groups).toEqual([[6, 7]]);
    });

    it('in a bibliography the hanging lines of an entry are no paragraph indent', () => {
      const r = cut('[6] J. Lindqvist and P. Ramanathan, “git-buildpackage,” Proc. USENIX Annual Technical', {
        type: 'text',
        text: 'Conf., vol. 28, pp. 20–487, 2018.',
        bbox: [0.14, 0.08, 0.5, 0.1],
        hints: { lineCount: 1 },
      });
      expect(featureIds(decisionAt6(r))).not.toContain('text-merge.first-line-indented');
    });

    it('an option entry or a listing in a monospaced font starts flush without going on', () => {
      const option = cut('-r revision, --revision revision sets the revision of the Debian package', {
        type: 'text',
        text: '-z ext, --targz ext sets the type of the source tarball, ext=(tar.gz|tar.bz2|tar.xz)',
        bbox: [0.1, 0.08, 0.9, 0.12],
        hints: { lineCount: 2, firstLineIndent: 0, lastLineFill: 0.5 },
      });
      expect(featureIds(decisionAt6(option))).not.toContain('text-merge.first-line-flush');
      const listing = cut('For example, the package description can be specified by the following file', {
        type: 'text',
        text: "para['desc'] = 'program short description'\npara['desc_long'] = 'program long'",
        bbox: [0.1, 0.08, 0.9, 0.12],
        hints: {
          lineCount: 2,
          firstLineIndent: 0,
          lastLineFill: 0.4,
          pdf: { textLayer: true, fontName: 'LMMono9-Regular', fontFamily: 'LMMono9' },
        },
      });
      expect(featureIds(decisionAt6(listing))).not.toContain('text-merge.first-line-flush');
      // the same text in the body's font is read as a paragraph going on
      const prose = cut('For example, the package description can be specified by the following file', {
        type: 'text',
        text: 'which the tool reads when it writes the control file of the package.',
        bbox: [0.1, 0.08, 0.9, 0.12],
        hints: {
          lineCount: 2,
          firstLineIndent: 0,
          lastLineFill: 0.4,
          pdf: { textLayer: true, fontName: 'LMRoman10-Regular', fontFamily: 'LMRoman10' },
        },
      });
      expect(featureIds(decisionAt6(prose))).toContain('text-merge.first-line-flush');
    });

    it('flush after a display formula says nothing: text after a display starts flush either way', () => {
      const r = cut('handles packaging works in the following contents. 𝑥𝑖 ≤ 𝑛', {
        type: 'text',
        text: 'Let me oversimplify the historical perspective of Debian packaging practices.',
        bbox: [0.1, 0.08, 0.9, 0.12],
        hints: { lineCount: 2, firstLineIndent: 0, lastLineFill: 0.3 },
      });
      expect(featureIds(decisionAt6(r))).not.toContain('text-merge.first-line-flush');
      expect(featureIds(decisionAt6(r))).toContain('text-merge.formula-end');
    });
  });
});

describe('theorem-like blocks (hand-written pages)', () => {
  const page1 = (text: string): Spec => ({ page: 1, type: 'text', text, bbox: col(0.6, 0.92) });
  const page2 = (text: string): Spec => ({ page: 2, type: 'text', text, bbox: col(0.08, 0.2) });

  it('an opener ("Remark 2.9.", "Proof.", "Assumption A2:", "定理 3") starts a block after an unfinished line', () => {
    for (const opener of [
      'Remark 2.9. The bound is tight',
      'Proof. By induction on n',
      'Assumption A2: the noise is',
      '定理 3 设 f 为连续函数',
    ]) {
      const r = merge([page1('and the constant c depends only on the dimension of the space'), page2(opener)]);
      expect(r.groups, opener).toEqual([]);
      expect(featureIds(r.decisions[0]), opener).toContain('text-merge.theorem-opener');
    }
  });

  it('a proof end mark ("□", "∎") ends the block', () => {
    const r = merge([
      page1('which proves the claim for every n ∎'),
      page2('the second part of the argument uses the same'),
    ]);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.proof-end');
  });

  it('a mid-sentence cut before a word like "theorem" still runs on', () => {
    const r = merge([page1('and this follows from the main'), page2('theorem of the previous section, as shown.')]);
    expect(r.groups).toEqual([[0, 1]]);
  });
});

describe('bullets the shared list-marker test does not know ("∙", "・")', () => {
  it('a "∙" item is a list item: a capitalised sentence after it on the next page is a new paragraph', () => {
    const r = merge([
      { page: 1, type: 'text', text: '∙ dgit push — for uploading binary package', bbox: col(0.88, 0.92) },
      { page: 2, type: 'text', text: 'If you already use main branches, keep them as they are.', bbox: col(0.08, 0.2) },
    ]);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.capital-after-list-item');
  });

  it('a "∙" item on the next page is not run into the item before it', () => {
    const r = merge([
      { page: 1, type: 'text', text: '∙ dpkg-buildpackage = core of package building tool', bbox: col(0.88, 0.92) },
      { page: 2, type: 'text', text: '∙ debuild = dpkg-buildpackage + lintian', bbox: col(0.08, 0.2) },
    ]);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.list-marker');
  });
});
