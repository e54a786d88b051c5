// Paragraph merges on documents no rule was tuned on (session 24, issue #15): hand-made pages after the real case
// named in each test — fresh LaTeX documents built by scripts/corpus (seed 6151; train and dev sources only, none in
// /work/corpora) and the office forms of the corpora's train split.
import { describe, expect, it } from 'vitest';
import { col, type Spec } from '../helpers/doc.js';
import { featureIds, mergeSpecs as merge, mergeAcrossPage } from '../helpers/merge-links.js';

describe('a listing wider than its column, cut at the column’s foot', () => {
  // latex-ieeetran-handbook-en-sect-kernel-compilation (train; every format with boxes): the gpg session's lines reach
  // over the gutter at the left column's foot, a note under it; the listing goes on at the right column's head under a
  // figure, and the right column's prose stands beside and below the listing's overhang.
  const WGET =
    '$ wget\n,→ https://kernel.org/pub/linux/kernel/v5.x/linux-5.10.62.tar.xz\n[..]\n' +
    '$ unxz -c linux-5.10.62.tar.xz | gpg --verify\n,→ linux-5.10.62.tar.sign -\n' +
    'gpg: Good signature from "Greg Kroah-Hartman\n,→ <gregkh@linuxfoundation.org>" [unknown]';
  const GPG =
    'gpg: aka "Greg Kroah-Hartman\n,→ <gregkh@kernel.org>" [unknown]\n' +
    'gpg: WARNING: This key is not certified with a\n,→ trusted signature!';
  const page = (listingRight: number): Spec[] => [
    {
      page: 2,
      type: 'text',
      text: 'To build a kernel from the pristine sources, just download the tarball of the version of your choice.',
      bbox: [0.08, 0.3, 0.49, 0.36],
    },
    { page: 2, type: 'text', text: WGET, bbox: [0.08, 0.53, listingRight, 0.745] },
    {
      page: 2,
      type: 'text',
      text: '1 To apply one or more of these installed patches, use the patch command in the sources directory.',
      bbox: [0.08, 0.76, 0.49, 0.895],
    },
    { page: 2, type: 'image', bbox: [0.55, 0.07, 0.88, 0.21] },
    { page: 2, type: 'image_caption', text: 'Fig. 1: Overview of the components.', bbox: [0.55, 0.22, 0.88, 0.26] },
    { page: 2, type: 'text', text: GPG, bbox: [0.51, 0.297, 0.914, 0.398] },
    {
      page: 2,
      type: 'text',
      text: 'The next step consists of configuring the kernel according to your needs. The exact procedure depends on the goals.',
      bbox: [0.51, 0.45, 0.914, 0.7],
    },
    {
      page: 2,
      type: 'text',
      text: 'make menuconfig compiles and executes a text-mode interface which allows navigating the options available.',
      bbox: [0.51, 0.75, 0.914, 0.93],
    },
  ];

  it('ends its own column: the right column’s text it only overhangs stands beside it, and the listing runs on', () => {
    const { joined, featuresOf } = merge(page(0.67));
    expect(featuresOf(1, 5)).toContain('text-merge.code-block-runs-on');
    expect(joined(1, 5)).toBe(true);
  });

  it('but text under a listing inside its own column is text below it: the listing ended', () => {
    const specs = page(0.49);
    specs.splice(2, 0, {
      page: 2,
      type: 'text',
      text: 'The signature is then checked against the key of the maintainer.',
      bbox: [0.08, 0.75, 0.49, 0.78],
    });
    expect(merge(specs).joined(1, 6)).toBe(false);
  });
});

describe('a config file’s directives at a page’s foot, prose at the next head', () => {
  // latex-acmart-handbook-en-sect-http-web-server (dev; MinerU, dots.ocr, PaddleOCR, content_list v2, Unstructured):
  // "SSLCertificateFile /etc/letsencrypt/live/DOMAIN/fullchain.pem …" ends page 2, "Some extra care must be taken …"
  // opens page 3; the prose test reads each path as a word, so the block passed for a sentence left open.
  const DIRECTIVES =
    'SSLCertificateFile /etc/letsencrypt/live/DOMAIN/fullchain.pem\n' +
    'SSLCertificateKeyFile /etc/letsencrypt/live/DOMAIN/privkey.pem\n' +
    'SSLCACertificateFile /etc/ssl/certs/ca-certificates.crt';
  const PROSE =
    'Some extra care must be taken if you want to favor SSL connections with Perfect Forward Secrecy (PFS).';

  it('are code, and prose after them is no rest of theirs', () => {
    const r = mergeAcrossPage(DIRECTIVES, PROSE);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions.find((d) => d.stage === 'text-merge'))).toContain('text-merge.code-and-prose');
  });

  it('flattened into one line without boxes (Unstructured) too', () => {
    const specs: Spec[] = [
      { page: 2, type: 'text', text: 'Then adjust the following variables in the configuration of the site:' },
      { page: 2, type: 'text', text: DIRECTIVES.replace(/\n/g, ' ') },
      { page: 3, type: 'text', text: PROSE },
    ];
    const { joined, featuresOf } = merge(specs);
    expect(joined(1, 2)).toBe(false);
    expect(featuresOf(1, 2)).toContain('text-merge.code-and-prose');
  });

  it('a sentence naming two paths is no such block', () => {
    const r = mergeAcrossPage(
      'The certificates are kept in /etc/ssl/certs/ and their keys in /etc/ssl/private/ on the',
      'server itself, readable by root only.',
    );
    expect(r.groups).toEqual([[0, 1]]);
  });
});

describe('a listing at a page’s foot, a link line at the next head', () => {
  // office-form-handbook-zh-sect-ldap-directory (train; content_list v2, Unstructured): the migration command ends
  // page 2, "→ https://bugs.debian.org/982666" opens page 3 — the text's pointer to a bug report, no listing's line.
  const LISTING =
    'cd /usr/share/migrationtools\nLDAPADD="/usr/bin/ldapadd -c" ETC_ALIASES=/dev/null ./migrate_all_online.sh';

  it('stays apart', () => {
    const r = mergeAcrossPage(LISTING, '→ https://bugs.debian.org/982666');
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions.find((d) => d.stage === 'text-merge'))).toContain('text-merge.code-and-prose');
  });

  it('but the listing’s next line runs on', () => {
    const r = mergeAcrossPage(LISTING, 'ldapsearch -x -b dc=falcot,dc=com\n/usr/sbin/slapcat -l backup.ldif');
    expect(r.groups).toEqual([[0, 1]]);
  });
});

describe('a figure’s caption typed as a heading between a sentence’s halves', () => {
  // latex-ieeetran-handbook-en-sect-becoming-package-maintainer and latex-book-handbook-en-sect-debian-internals
  // (train; dots.ocr types the caption as a title): the paragraph runs around the figure, caption and all.
  const specs = (caption: string): Spec[] => [
    {
      page: 2,
      type: 'text',
      text: 'reprotest builds the same source code twice in different environments, and then checks the binaries produced',
      bbox: [0.08, 0.8, 0.49, 0.9],
    },
    { page: 2, type: 'image', bbox: [0.55, 0.07, 0.88, 0.2] },
    { page: 2, type: 'title', text: caption, bbox: [0.55, 0.21, 0.88, 0.26] },
    {
      page: 2,
      type: 'text',
      text: 'by each build for differences. If any are found, then diffoscope is used to display them in detail.',
      bbox: [0.52, 0.28, 0.92, 0.34],
    },
  ];

  it('is the float’s part: the paragraph runs on past it', () => {
    const caption = 'Fig. 1: Overview of the components described in this section. The boxes stand for the parts.';
    expect(merge(specs(caption)).joined(0, 3)).toBe(true);
  });

  it('but a section heading there ends the paragraph', () => {
    expect(merge(specs('2 Reproducible builds')).joined(0, 3)).toBe(false);
  });
});

describe('a note opening in lower case at a page’s end, without boxes', () => {
  // latex-acmart-handbook-en-sect-package-meta-information (train; Mistral OCR): "… binary packages produced from the
  // same" | "2 dpkg will refuse to install a package that breaks … compatible again)." | page 5: "source package: a
  // replaced file no longer belongs to the old package …".
  const OPEN =
    'This also happens when the maintainer decides to distribute files differently among various binary packages ' +
    'produced from the same';
  const NOTE =
    '2 dpkg will refuse to install a package that breaks an already installed package, and apt will try to ' +
    'resolve the problem (which is assumed to be fixed and, thus, compatible again).';
  const REST = 'source package: a replaced file no longer belongs to the old package, but only to the new one.';
  const specs = (note: string): Spec[] => [
    { page: 4, type: 'text', text: OPEN },
    { page: 4, type: 'text', text: note },
    { page: 5, type: 'text', text: REST },
  ];

  it('is out of the flow: the sentence runs on to the next page', () => {
    const { joined } = merge(specs(NOTE));
    expect(joined(0, 2)).toBe(true);
    expect(joined(1, 2)).toBe(false);
  });

  it('but the body’s rest behind a note’s mark at the next page’s head stays the paragraph’s', () => {
    // latex-book-handbook-en-sect-debian-internals (train; dots.ocr): "… such as the use" | "1 of tags for …".
    const { joined } = merge([
      {
        page: 13,
        type: 'text',
        text: 'The Debian BTS has other functional features, as well, such as the use',
        bbox: col(0.85, 0.9),
      },
      {
        page: 14,
        type: 'text',
        text: '1 of tags for labeling bugs. For more information, see the documentation.',
        bbox: col(0.08, 0.12),
      },
    ]);
    expect(joined(0, 1)).toBe(true);
  });

  it('nor is a block that goes on itself (no stop at its end) set aside', () => {
    const { joined } = merge(specs('2 dpkg will refuse to install a package that breaks an already installed'));
    expect(joined(0, 2)).toBe(false);
  });
});

describe('an affiliation in a row of head matter across the gutter (ctexart)', () => {
  // latex-ctexart-debmake-zh-ch04 (train; every format with boxes): the third author's line "王晓明示例大学计算机科学系"
  // stands in the right column level with "李静赵敏" in the left, above a note box; the parser reads it after the left
  // column's foot, between "…，而" and "非通常使用的 /usr/local 下的位置。" under the note box.
  const specs = (authors: boolean): Spec[] => [
    { page: 1, type: 'title', text: '简单例子', bbox: [0.443, 0.2, 0.556, 0.223] },
    ...(authors ? [{ page: 1, type: 'text', text: '李静赵敏', bbox: [0.295, 0.247, 0.441, 0.264] } as Spec] : []),
    {
      page: 1,
      type: 'text',
      text: '这一类源代码设计可以用这样的方式安装成为非系统文件。',
      bbox: [0.118, 0.68, 0.491, 0.714],
    },
    {
      page: 1,
      type: 'text',
      text: 'Debian 的打包需要对“make install”流程进行改变，从而将文件安装至目标系统镜像所在位置，而',
      bbox: [0.118, 0.819, 0.491, 0.852],
    },
    { page: 1, type: 'text', text: '王晓明示例大学计算机科学系', bbox: [0.508, 0.247, 0.704, 0.287] },
    {
      page: 1,
      type: 'table',
      text: 'Note\n在其它更加复杂的构建系统下构建 Debian 软件包的例子。',
      bbox: [0.512, 0.345, 0.748, 0.445],
    },
    { page: 1, type: 'text', text: '非通常使用的 /usr/local 下的位置。', bbox: [0.508, 0.472, 0.769, 0.486] },
  ];

  it('is out of the flow: the paragraph runs on under the note box', () => {
    const { joined } = merge(specs(true));
    expect(joined(3, 6)).toBe(true);
  });

  it('alone in the right column, it stays that column’s start', () => {
    const { joined } = merge(specs(false));
    expect(joined(2, 5)).toBe(false);
  });
});

describe('code blocks in a row without boxes (Mistral OCR, Unstructured)', () => {
  // latex-ctexart-handbook-zh-sect-becoming-package-maintainer (dev; Mistral OCR as code, Unstructured as text): the
  // ~/.gbp.conf listing cut by an unseen column break after its first line "[DEFAULT]".
  const REST =
    'builder = sbuild -d bullseye --build-dep-resolver=aptitude -s --source-only-changes\n' +
    'pristine-tar = true\n[buildpackage]\nsign-tags = true\nkeyid = XXXX';
  const specs = (type: 'code' | 'text', a: string, b: string): Spec[] => [
    { page: 5, type: 'text', text: '下面是 ~/.gbp.conf 配置文件的一个例子：' },
    { page: 5, type, text: a },
    { page: 5, type, text: b },
  ];

  it('a lone section header goes on into the lines under it', () => {
    expect(merge(specs('code', '[DEFAULT]', REST)).joined(1, 2)).toBe(true);
    // Unstructured flattens the lines and keeps the wrap arrows ("↪→") of the long one.
    const flat = REST.replace(/\n/g, ' ').replace(/ --/g, ' ↪→ --');
    expect(merge(specs('text', '[DEFAULT]', flat)).joined(1, 2)).toBe(true);
  });

  it('but elided output ("[..]") alone is no header', () => {
    expect(merge(specs('code', '[..]', REST)).joined(1, 2)).toBe(false);
  });

  // latex-ieeetran-debmake-en-ch07 (train; Mistral OCR): a session cut at the gutter right before its next prompt
  // ("… $ git checkout master" | "$ gbp pq export …"): a prompt proves no new listing, so the cut is still taken.
  it('a block opening with a shell prompt may be the listing’s rest', () => {
    const session = '$ gbp import-orig --pristine-tar --uscan\n$ gbp pq rebase\n$ git checkout master';
    const rest = '$ gbp pq export\n$ gbp pq drop\n$ git add debian/patches';
    expect(merge(specs('code', session, rest)).joined(1, 2)).toBe(true);
  });
});

describe('acmart’s first page without boxes: notices under a keyword list, one author’s address', () => {
  // latex-acmart-aptitude-en-rn01re01 (train; all nine formats): "KEYWORDS" | "Synopsis, Description, Command-line
  // actions" | "ACM Reference Format: …" | "aptitude — high-level interface to the package manager": the notice stands
  // where the class sets it, but the keyword list is no paragraph left open.
  const NOTICE =
    'ACM Reference Format: Lucas Okafor. 2025. Name. In Proceedings of ACM Conference (Conference’17). ACM, New York.';
  const firstPage = (keywords: string): Spec[] => [
    { page: 1, type: 'text', text: 'KEYWORDS' },
    { page: 1, type: 'text', text: keywords },
    { page: 1, type: 'text', text: NOTICE },
    { page: 1, type: 'text', text: 'aptitude — high-level interface to the package manager' },
  ];

  it('a keyword list does not run on past the notice', () => {
    expect(merge(firstPage('Synopsis, Description, Command-line actions')).joined(1, 3)).toBe(false);
  });

  it('but a sentence left open does', () => {
    expect(merge(firstPage('The tool is described here together with the options of the')).joined(1, 3)).toBe(true);
  });

  // latex-acmart-aptitude-en-ch02s05s01 (train; Mistral OCR, PaddleOCR, Unstructured): one author, so "Author’s
  // address: …" (not "Authors’ addresses: …") over "Permission to make …" at the first page's foot.
  it('one author’s address is a notice too', () => {
    const { joined } = merge([
      { page: 1, type: 'text', text: 'To print the candidate version of a package, use the format string %V#. You' },
      {
        page: 1,
        type: 'text',
        text: 'Author’s address: Jonas Weber, Department of Computer Science, Example University.',
      },
      {
        page: 1,
        type: 'text',
        text: 'Permission to make digital or hard copies of all or part of this work is granted.',
      },
      {
        page: 2,
        type: 'text',
        text: 'can also place # after something that is not a %-escape; aptitude will expand it.',
      },
    ]);
    expect(joined(0, 3)).toBe(true);
  });
});

describe('a colon’s lead-in before a description list’s first term in lower case', () => {
  // latex-acmart-aptitude-en-ch02s05s01 (train; Mistral OCR, Unstructured): "mode can be one of the following:" ends
  // page 8, "binary. Group based on the binary package name. …" opens page 9 — the list's first entry.
  const LEAD_IN = 'Groups packages by their source or binary name; mode can be one of the following:';
  it('stays apart from the entry', () => {
    const { joined, featuresOf } = merge([
      { page: 8, type: 'text', text: LEAD_IN },
      { page: 9, type: 'text', text: 'binary. Group based on the binary package name. This is the default.' },
    ]);
    expect(joined(0, 1)).toBe(false);
    expect(featuresOf(0, 1)).toContain('text-merge.colon-lead-in');
  });

  it('but the sentence’s rest in lower case with its own stop is not taken for an entry', () => {
    const { featuresOf } = merge([
      { page: 8, type: 'text', text: LEAD_IN },
      { page: 9, type: 'text', text: 'binary, source or none, as the option below says.' },
    ]);
    expect(featuresOf(0, 1)).not.toContain('text-merge.colon-lead-in');
  });
});

describe('a column break no box shows (Mistral OCR, Unstructured)', () => {
  // latex-ieeetran-handbook-en-sect-ldap-directory (train; Mistral OCR): a list item cut after "the".
  it('a list item left on a word no sentence ends with goes on in the next block', () => {
    const { joined } = merge([
      { page: 1, type: 'list_item', text: '- format: An LDIF file is a portable text file describing the' },
      { page: 1, type: 'text', text: 'contents of an LDAP database; this can then be used to inject the data.' },
    ]);
    expect(joined(0, 1)).toBe(true);
  });

  it('but an item that ends as an item may stays whole', () => {
    const { joined } = merge([
      { page: 1, type: 'list_item', text: '- format: An LDIF file, a portable text file' },
      { page: 1, type: 'text', text: 'contents of an LDAP database are injected with it later.' },
    ]);
    expect(joined(0, 1)).toBe(false);
  });

  // latex-acmart-handbook-en-apt (dev; Mistral OCR, Unstructured): "(e.g. ftp.us.debian.org for the USA,
  // ftp.fr.debian.org for France," | "etc.) which are covering many countries …".
  it('a bracket left open goes on in the word that closes it', () => {
    const { joined } = merge([
      {
        page: 5,
        type: 'text',
        text: 'Mirrors are named country-code.debian.org (e.g. ftp.us.debian.org for the USA, ftp.fr.debian.org for France,',
      },
      { page: 5, type: 'text', text: 'etc.) which are covering many countries and point to one or more mirrors.' },
    ]);
    expect(joined(0, 1)).toBe(true);
  });
});
