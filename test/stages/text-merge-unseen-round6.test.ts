// Paragraph merges on documents no rule was tuned on (session 23, issue #15): hand-made pages after the real case
// named in each test — the hand-checked DEV set of real parser outputs and fresh LaTeX / Office documents built by
// scripts/corpus (seeds 2609 and 7741; train and dev sources only).
import { describe, expect, it } from 'vitest';
import { isAddressNote } from '../../src/stages/text-merge/address-notes.js';
import type { Spec } from '../helpers/doc.js';
import { mergeSpecs as merge } from '../helpers/merge-links.js';

describe("a page's notes without boxes, an address alone after its number, between a paragraph and its rest", () => {
  // DEV set, unstructured/layout-parser-paper-hires-tables (no coordinates): "… Libraries like Dectectron2 [35]," ends
  // page 3's body; the page's notes follow, the first typed ListItem ("6 The number shown …"), the others
  // UncategorizedText ("7 https://ocr-d.de/en/about", …); "AllenNLP [8] and transformers [34] have provided …" opens
  // page 4's body.
  const OPEN =
    'Recent years have also seen numerous efforts to create libraries for promoting reproducibility and ' +
    'reusability in the field of DL. Libraries like Dectectron2 [35],';
  const REST =
    'AllenNLP [8] and transformers [34] have provided the community with complete DL-based support for developing ' +
    'and deploying models for general computer vision and natural language processing problems.';
  const page = (open: string, firstNote: Spec): Spec[] => [
    { page: 3, type: 'text', text: open },
    firstNote,
    { page: 3, type: 'text', text: '7 https://ocr-d.de/en/about' },
    { page: 3, type: 'text', text: '8 https://github.com/BobLd/DocumentLayoutAnalysis' },
    { page: 4, type: 'text', text: REST },
    {
      page: 4,
      type: 'text',
      text: 'There have been a variety of document data collections to facilitate development.',
    },
  ];
  const NOTE_AS_ITEM: Spec = {
    page: 3,
    type: 'list_item',
    text: '6 The number shown is obtained by specifying the search type as ‘code’.',
  };

  it('the paragraph runs on past them to the next page', () => {
    expect(merge(page(OPEN, NOTE_AS_ITEM)).joined(0, 4)).toBe(true);
  });

  it('with the first note typed as text too', () => {
    expect(merge(page(OPEN, { ...NOTE_AS_ITEM, type: 'text' })).joined(0, 4)).toBe(true);
  });

  it('a numbered item under a finished lead-in stays in the flow: the list is the lead-in’s', () => {
    const specs = page('The tool reads three kinds of source, listed with their homes:', {
      ...NOTE_AS_ITEM,
      text: '6 The first source is the project’s issue tracker.',
    });
    const { joined } = merge(specs);
    expect(joined(0, 4)).toBe(false);
    expect(joined(0, 1)).toBe(false);
  });

  it('the shape: a number, then an address and nothing more', () => {
    expect(isAddressNote('14 https://altoxml.github.io')).toBe(true);
    expect(isAddressNote('2https://example.org/a?b=c')).toBe(true);
    expect(isAddressNote('7 see https://ocr-d.de/en/about')).toBe(false);
    expect(isAddressNote('https://ocr-d.de/en/about')).toBe(false);
    expect(isAddressNote('1.2 https://example.org and more')).toBe(false);
  });
});
