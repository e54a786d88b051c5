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
