// Issue #15 item 3 (hand-made pages): blocks that do not run into each other because one side ends without
// punctuation — a note's label alone, a description list's next term, footnotes of web addresses — and blocks
// that do run on although their shape says otherwise: a listing's "else:" after a column's foot, a spaced dash.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/model/decision.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { col, input, left, makeDoc, right, type Spec } from '../helpers/doc.js';

const featureIds = (d: Decision | undefined) => d?.features?.map((f) => f.id) ?? [];

function merge(specs: Spec[]) {
  const i = input(makeDoc(specs));
  return mergeTextFragments(i, detectFurniture(i));
}

/** A page-1 block low in its column and a page-2 block at the head of its column. */
const atFoot = (type: Spec['type'], text: string): Spec => ({ page: 1, type, text, bbox: col(0.6, 0.92) });
const atHead = (type: Spec['type'], text: string): Spec => ({ page: 2, type, text, bbox: col(0.08, 0.2) });

describe('a listing cut where a column ends goes on with a line no block opens with', () => {
  const listing =
    'if is_DFSG(program):\n    file_ITP(program, area="main")\nelif is_DFSG_free(program):\n    file_ITP(program)';

  // The right column runs to the page's foot: the left one ends higher, with space under the listing.
  const rest: Spec = { page: 1, type: 'text', text: 'Here the program is checked.', bbox: right(0.25, 0.92) };

  it('"else:" at the head of the next column continues the listing, though space is left under the first part', () => {
    const r = merge([
      { page: 1, type: 'code', text: listing, bbox: left(0.5, 0.7) },
      {
        page: 1,
        type: 'code',
        text: 'else: # non-DFSG\n    file_ITP(program, area="non-free")',
        bbox: right(0.08, 0.2),
      },
      rest,
    ]);
    expect(r.groups).toEqual([[0, 1]]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.code-goes-on');
  });

  it('a listing opening a statement of its own in the same place stays apart', () => {
    const r = merge([
      { page: 1, type: 'code', text: listing, bbox: left(0.5, 0.7) },
      { page: 1, type: 'code', text: 'if need_help(program):\n    contact(program)', bbox: right(0.08, 0.2) },
      rest,
    ]);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.code-goes-on');
  });

  it('without boxes, a reference entry written between the listing and its "else:" does not end it (Mistral-like)', () => {
    const r = merge([
      { page: 4, type: 'code', text: listing, bbox: null },
      { page: 4, type: 'list_item', text: '[1] J. Weber, “Debian documentation,” J. of Systems, 2005.', bbox: null },
      { page: 4, type: 'code', text: 'else: # non-DFSG\n    file_ITP(program, area="non-free")', bbox: null },
    ]);
    expect(r.groups).toEqual([[0, 2]]);
  });

  it('without boxes, the same entry before a listing that opens a statement of its own stays in the flow', () => {
    const r = merge([
      { page: 4, type: 'code', text: listing, bbox: null },
      { page: 4, type: 'list_item', text: '[1] J. Weber, “Debian documentation,” J. of Systems, 2005.', bbox: null },
      { page: 4, type: 'code', text: 'if need_help(program):\n    contact(program)', bbox: null },
    ]);
    expect(r.groups).toEqual([]);
  });
});

describe('a description list’s next term is no continuation of the item before it', () => {
  const item = 'The sbuild package can be used as its build backend by adding –git-builder=’sbuild -A -d unstable’';

  it('"gbp pull: update …" after an item that ends as an item may is the next entry', () => {
    const r = merge([
      atFoot('list_item', item),
      atHead('list_item', 'gbp pull: update the debian, upstream and pristine-tar branches safely.'),
    ]);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.term-opens-item');
  });

  it('the same item continued in lower case without a term runs on', () => {
    const r = merge([atFoot('list_item', item), atHead('list_item', 'which keeps the chroot clean between builds.')]);
    expect(r.groups).toEqual([[0, 1]]);
  });

  it('after an item cut at a word no sentence ends with, a term-like start is the sentence’s', () => {
    const r = merge([
      atFoot('list_item', 'gbp import-dsc: import the source package into the'),
      atHead('list_item', 'upstream branch: the branch named by the configuration file.'),
    ]);
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.term-opens-item');
  });
});

describe('a note’s label standing alone', () => {
  for (const label of ['Note', 'Tip:', '警告']) {
    it(`"${label}" is not run into the body after it`, () => {
      const r = merge([
        atFoot('text', label),
        atHead('text', 'The package must be rebuilt after every change of the ABI.'),
      ]);
      expect(r.groups).toEqual([]);
      expect(featureIds(r.decisions[0])).toContain('text-merge.note-label-alone');
    });
  }

  it('a sentence that opens with "Note" is no label alone', () => {
    const r = merge([
      atFoot('text', 'Note that the package must be rebuilt after every change of the'),
      atHead('text', 'ABI.'),
    ]);
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.note-label-alone');
  });
});

describe('a spaced dash and a lower-case word after an open sentence', () => {
  it('"… executes the first program" | "— init. Frequently, …" is one paragraph', () => {
    const r = merge([
      atFoot(
        'text',
        'The bootloader loads the kernel, which mounts the root filesystem and finally executes the first program',
      ),
      atHead(
        'text',
        '— init. Frequently, this root partition is located in a virtual filesystem that only exists in RAM.',
      ),
    ]);
    expect(r.groups).toEqual([[0, 1]]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.dash-runs-on');
  });

  it('dash items of a list stay items', () => {
    const r = merge([
      atFoot('text', '— build the package from the source tree'),
      atHead('text', '— upload it to the archive with dput'),
    ]);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.dash-runs-on');
  });
});

describe('footnotes whose number is glued to a web address', () => {
  it('"1https://…" and "2https://…" over a page break are two notes', () => {
    const r = merge([
      atFoot('text', '1https://www.debian.org/doc/manuals/developers-reference/'),
      atHead('text', '2https://wiki.debian.org/Packaging'),
    ]);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.note-address-next');
  });

  it('an address cut by the page still goes on with its rest', () => {
    const r = merge([
      atFoot('text', 'The guide is at https://www.debian.org/doc/manuals/developers-'),
      atHead('text', 'reference/pkgs.html for all of them.'),
    ]);
    expect(r.groups).toEqual([[0, 1]]);
  });
});

describe('an enumeration whose items end with semicolons', () => {
  it('"… from NFS;" | "executing /usr/sbin/fai, …" over a page break are two items', () => {
    const r = merge([
      atFoot('list_item', '• mounting the root filesystem from NFS;'),
      atHead('list_item', '• executing /usr/sbin/fai, which controls the rest of the process;'),
    ]);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.item-ends-enumeration');
  });

  it('a paragraph cut after a semicolon still runs on into lower case', () => {
    const r = merge([
      atFoot('text', 'The installer mounts the root filesystem from the server;'),
      atHead('text', 'it then executes the script that controls the rest of the process.'),
    ]);
    expect(r.groups).toEqual([[0, 1]]);
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.item-ends-enumeration');
  });
});

describe('a sidebar’s title line', () => {
  for (const title of [
    'QUICK LOOK Detailed configuration file',
    'IN PRACTICE Protecting the database',
    'BACK TO BASICS gzip, bzip2, LZMA and XZ Compression',
    '注释磁盘和卷大小',
  ]) {
    it(`"${title}" is not run into the sidebar's body`, () => {
      const r = merge([
        atFoot('text', title),
        atHead('text', 'Since the tool uses a local database to compare the states of the files, keep it safe.'),
      ]);
      expect(r.groups).toEqual([]);
      expect(featureIds(r.decisions[0])).toContain('text-merge.box-title-first');
    });
  }

  it('a CJK sentence opening with an upper-case name is no sidebar title', () => {
    const r = merge([
      atFoot('text', 'RFC 是 “Request For Comments”（征求意见稿）的缩写。这些标准被提交给公众评估'),
      atHead('text', '（这就是名字的由来）。 IETF 决定这些文档的演进状态。'),
    ]);
    expect(r.groups).toEqual([[0, 1]]);
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.box-title-first');
  });
});

describe('a publisher’s notice on a paper’s first page', () => {
  const notice =
    'Permission to make digital or hard copies of all or part of this work is granted without fee. © 2024 Association for Computing Machinery. https://doi.org/10.1145/nnnnnnn.nnnnnnn';

  it('its closing address does not run on into a word of the body', () => {
    const r = merge([atFoot('text', notice), atHead('text', 'name')]);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.publisher-notice');
  });

  it('the body text after it in lower case is not its rest', () => {
    const r = merge([
      atFoot('text', notice),
      atHead('text', 'installing a particular system with non-packaged applications requires custom work.'),
    ]);
    expect(r.groups).toEqual([]);
  });
});

describe('fields of an option list, indented alike', () => {
  it('"Option: …" | "Default: false" are two fields, not one indented block', () => {
    const body = (page: number, y: [number, number]): Spec => ({
      page,
      type: 'text',
      text: 'The options of the command line are these, and each of them has a default value that the program takes when the configuration file does not set it.',
      bbox: [0.1, y[0], 0.9, y[1]],
    });
    const field = (page: number, text: string, y: [number, number]): Spec => ({
      page,
      type: 'text',
      text,
      bbox: [0.2, y[0], 0.9, y[1]],
    });
    const r = merge([
      body(1, [0.1, 0.3]),
      body(1, [0.32, 0.6]),
      body(1, [0.62, 0.85]),
      field(1, 'Option: Aptitude::CmdLine::Show-Size-Changes', [0.87, 0.92]),
      field(2, 'Default: false', [0.08, 0.11]),
      body(2, [0.13, 0.4]),
      body(2, [0.42, 0.7]),
      body(2, [0.72, 0.92]),
    ]);
    const d = r.decisions.find((x) => x.place.refs.join() === '/3,/4');
    expect(featureIds(d)).toContain('text-merge.label-line');
    expect(r.groups).toEqual([]);
  });
});

describe('CJK prose that names a "%" escape', () => {
  it('is prose, not a comment line: its sentence cut by the page runs on', () => {
    const r = merge([
      atFoot('text', '% エスケープは固定サイズの場合があります。後者は、固定サイズの欄が使用しない'),
      atHead('text', '領域をすべて使用するという意味です。'),
    ]);
    expect(r.groups).toEqual([[0, 1]]);
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.code-and-prose');
  });
});

describe('a description list’s term alone before its description', () => {
  it('"action" | "Groups packages according to …" are a term and its description', () => {
    const r = merge([
      atFoot('text', 'action'),
      atHead('text', 'Groups packages according to the action scheduled on them; unchanged packages are ignored.'),
    ]);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.term-alone-first');
  });

  it('a word alone before lower case is no term', () => {
    const r = merge([atFoot('text', 'action'), atHead('text', 'scheduled on the packages is shown in the list.')]);
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.term-alone-first');
  });
});

describe('a whole web address before a word alone', () => {
  it('"… https://doi.org/10.1145/nnnnnnn.nnnnnnn" | "name": the word is no rest of the address', () => {
    const r = merge([
      atFoot('text', 'ACM, New York, NY, USA, 10 pages. https://doi.org/10.1145/nnnnnnn.nnnnnnn'),
      atHead('text', 'name'),
    ]);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.address-runs-on');
  });

  it('an address cut inside its path goes on with the rest of it', () => {
    const r = merge([
      atFoot('text', 'The manual is at https://www.debian.org/doc/manuals/referen'),
      atHead('text', 'ce/plugin.html'),
    ]);
    expect(r.groups).toEqual([[0, 1]]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.address-runs-on');
  });
});
