// A display formula the parser ran into a text block ("… network. f(x) = x + 1", "determined.x ≤ n i") or typed as
// a text block of its own ("( ) n T(n) = 2 T + O(n) (1.1) 2"): the sentence before the formula says how the block
// ends, and a formula is no code. Hand-made pages in the shape of train/dev documents of the full LaTeX corpus
// (dots.ocr boxes; the same cases stood in every format).
import { describe, expect, it } from 'vitest';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

function judge(specs: Spec[], pair: string) {
  const merges = mergeTextFragments(input(makeDoc(specs)), { kinds: new Map(), decisions: [] });
  const d = merges.decisions.find((x) => x.place.refs?.join('|') === pair);
  return { groups: merges.groups, features: d?.features?.map((f) => f.id) ?? [] };
}

describe('a formula after a finished sentence', () => {
  it('ends the block where the sentence ended: the listing after the example title is not its rest (elsarticle)', () => {
    const { groups, features } = judge(
      [
        {
          page: 3,
          type: 'text',
          text: 'If the computer has an Ethernet card, the IP network that is associated with it must be configured by choosing from one of two methods. The DHCP server then sends configuration settings for the appropriate network. f(x) = x + 1',
          bbox: [0.181, 0.573, 0.816, 0.681],
        },
        { page: 3, type: 'text', text: 'Example 8.1. DHCP configuration', bbox: [0.181, 0.683, 0.514, 0.7] },
        {
          page: 3,
          type: 'text',
          text: 'auto enp0s31f6\niface enp0s31f6 inet dhcp\nhostname arrakis',
          bbox: [0.181, 0.715, 0.415, 0.765],
        },
      ],
      '/0|/2',
    );
    expect(features).toContain('text-merge.sentence-end');
    expect(features).not.toContain('text-merge.no-sentence-end');
    expect(groups).toEqual([]);
  });

  it('in the next block is that block’s punctuation: "determined.x ≤ n i" ends a sentence left open (ltjsarticle)', () => {
    const { groups, features } = judge(
      [
        {
          page: 10,
          type: 'text',
          text: '説明: This option gives the width in characters for which command-line search results should be formatted. If it is set to 0, search results will be formatted for the current terminal size, or for an 80-column display if the terminal size cannot be',
          bbox: [0.121, 0.821, 0.879, 0.886],
        },
        { page: 11, type: 'text', text: 'determined.x ≤ n i', bbox: [0.121, 0.147, 0.277, 0.165] },
      ],
      '/0|/1',
    );
    expect(features).not.toContain('text-merge.short-unpunctuated');
    expect(features).not.toContain('text-merge.command-line-after');
    expect(groups).toEqual([[0, 1]]);
  });

  it('makes no code of a sentence: "2 to Top.f(x) = x + 1" goes on with "… it defaults" (ltjsarticle)', () => {
    const { groups, features } = judge(
      [
        {
          page: 5,
          type: 'text',
          text: 'If this option is not present, it defaults',
          bbox: [0.536, 0.871, 0.879, 0.888],
        },
        { page: 6, type: 'table', text: '用語\t説明\nDisplay 1\tThe Row option', bbox: [0.128, 0.182, 0.493, 0.568] },
        { page: 6, type: 'text', text: '2 to Top.f(x) = x + 1', bbox: [0.121, 0.605, 0.301, 0.623] },
      ],
      '/0|/2',
    );
    expect(features).not.toContain('text-merge.code-and-prose');
    expect(groups).toEqual([[0, 2]]);
  });

  it('but a line of code with a dot before an assignment stays code ("foo.bar = baz(1);")', () => {
    const { groups, features } = judge(
      [
        {
          page: 1,
          type: 'text',
          text: 'The value is then set by the method below, which',
          bbox: [0.1, 0.85, 0.9, 0.9],
        },
        { page: 2, type: 'text', text: 'foo.bar = baz(1);', bbox: [0.1, 0.1, 0.3, 0.12] },
      ],
      '/0|/1',
    );
    expect(features).toContain('text-merge.code-and-prose');
    expect(groups).toEqual([]);
  });
});

describe('a display equation typed as text', () => {
  it('numbered "(1.1)" is a formula, not a listing the next page’s prompt goes on (report class)', () => {
    const { groups, features } = judge(
      [
        {
          page: 4,
          type: 'text',
          text: 'To find the security context of a given process, you should use the Z option of ps.',
          bbox: [0.21, 0.779, 0.787, 0.807],
        },
        { page: 4, type: 'text', text: '( ) n T(n) = 2 T + O(n) (1.1) 2', bbox: [0.412, 0.809, 0.787, 0.843] },
        {
          page: 5,
          type: 'text',
          text: '$ ps axZ | grep vstfpd\nsystem_u:system_r:ftpd_t:s0 2094 ? Ss 0:00 /usr/sbin/vsftpd',
          bbox: [0.21, 0.152, 0.724, 0.177],
        },
      ],
      '/1|/2',
    );
    expect(features).not.toContain('text-merge.code-block-runs-on');
    expect(groups).toEqual([]);
  });
});
