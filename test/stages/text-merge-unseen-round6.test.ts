// Paragraph merges on documents no rule was tuned on (session 23, issue #15): hand-made pages after the real case
// named in each test — the hand-checked DEV set of real parser outputs and fresh LaTeX / Office documents built by
// scripts/corpus (seeds 2609 and 7741; train and dev sources only).
import { describe, expect, it } from 'vitest';
import { isAddressNote } from '../../src/stages/text-merge/address-notes.js';
import { col, type Spec } from '../helpers/doc.js';
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

describe('a lead-in closed by a colon at a page foot, a command in lower case at the next head', () => {
  // latex-book-handbook-en-sect-rtc-services (dev; Dots, PaddleOCR): "… server uses anonymous access. We have to add
  // the users we want to use:" ends page 4, and "turnadmin -a -u roland -p secret_password -r falcot.com turn" opens
  // page 5: the command the sentence announces, not its rest.
  const page = (a: string, b: string): Spec[] => [
    {
      page: 4,
      type: 'text',
      text: 'The TURN server needs a few settings before it can be used by the clients.',
      bbox: col(0.6, 0.66),
    },
    { page: 4, type: 'text', text: a, bbox: col(0.7, 0.9) },
    { page: 5, type: 'text', text: b, bbox: col(0.08, 0.1) },
    { page: 5, type: 'text', text: 'Then restart the server so that it reads the new users.', bbox: col(0.12, 0.16) },
  ];
  const LEAD_IN =
    'By default the server uses anonymous access, which is not what we want on a public network. ' +
    'We have to add the users we want to use:';

  const COMMANDS = 'turnadmin -a -u roland -p secret_password -r falcot.com\nturnadmin -A -u admin -p secret_password';

  it('stays apart from the command', () => {
    const { joined, featuresOf } = merge(page(LEAD_IN, COMMANDS));
    expect(joined(1, 2)).toBe(false);
    expect(featuresOf(1, 2)).toContain('text-merge.colon-lead-in');
  });

  it('but a sentence that ends after the colon is its rest (a list of names, "… etc.")', () => {
    const { joined } = merge(page(LEAD_IN, 'roland, admin and the other accounts of the office, one by one.'));
    expect(joined(1, 2)).toBe(true);
  });

  it('a listing flattened into text goes on past its own field’s colon (Unstructured, no boxes)', () => {
    // office-form-handbook-en-sect-backup (train, Unstructured): "bank: /backup exclude: lost+found/ core *~ Runall:" |
    // "root 22:00 expire-default: +15 days …", one dirvish configuration file cut by the page.
    const LISTING_REST =
      'root 22:00 expire-default: +15 days expire-rule: # MIN HR DOM MON DOW STRFTIME_FMT * * * * 1 +3 months * * ' +
      '1-7 * 1 +1 year * * 1-7 1,4,7,10 1';
    const specs = page('bank: /backup exclude: lost+found/ core *~ Runall:', LISTING_REST);
    const { joined, featuresOf } = merge(specs.map(({ bbox: _, ...s }) => s));
    expect(featuresOf(1, 2)).not.toContain('text-merge.colon-lead-in');
    expect(joined(1, 2)).toBe(true);
  });
});
