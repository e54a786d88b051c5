// Paragraph merges on documents no rule was tuned on (session 23, issue #15): hand-made pages after the real case
// named in each test — the hand-checked DEV set of real parser outputs and fresh LaTeX / Office documents built by
// scripts/corpus (seeds 2609 and 7741; train and dev sources only).
import { describe, expect, it } from 'vitest';
import { defaultEngineOptions } from '../../src/options.js';
import { isAddressNote } from '../../src/stages/text-merge/address-notes.js';
import { continuationScore } from '../../src/stages/text-merge.js';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
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
    // The commands are a listing by their tokens (text-merge/flat-listing.ts): code beside prose, else the lead-in.
    expect(featuresOf(1, 2).some((f) => f === 'text-merge.colon-lead-in' || f === 'text-merge.code-and-prose')).toBe(
      true,
    );
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

describe('a round bracket left open at a column foot and closed at the next column', () => {
  // latex-ieeetran-handbook-en-sect-dist-upgrade (train; six formats): "… deborphan, debfoster, and apt-show-versions
  // (see" ends the left column of page 1; the right column holds a figure and its caption, then "Section 6.2.7,
  // “Tracking Automatically Installed Packages”). For example, …": the aside runs over the break.
  const page = (a: string, b: string): Spec[] => [
    {
      page: 1,
      type: 'text',
      text: 'In this section, we will focus on upgrading a Buster system to Bullseye. This is a major operation.',
      bbox: [0.08, 0.825, 0.49, 0.884],
    },
    { page: 1, type: 'text', text: a, bbox: [0.08, 0.885, 0.49, 0.945] },
    { page: 1, type: 'image', bbox: [0.551, 0.181, 0.879, 0.27] },
    {
      page: 1,
      type: 'image_caption',
      text: 'Fig. 1: Overview of the components described in this section.',
      bbox: [0.51, 0.281, 0.92, 0.34],
    },
    { page: 1, type: 'text', text: b, bbox: [0.51, 0.37, 0.92, 0.43] },
  ];
  const OPEN =
    'Another good habit which makes the upgrade easier is to tidy your installed packages and keep only the ones ' +
    'that are really needed. Helpful tools to do that include aptitude, deborphan, debfoster, and apt-show-versions (see';
  const REST =
    'Section 6.2.7, “Tracking Automatically Installed Packages”). For example, you can use the following command.';

  it('the sentence runs on into the next column', () => {
    const { joined, featuresOf } = merge(page(OPEN, REST));
    expect(featuresOf(1, 4)).toContain('text-merge.bracket-carried');
    expect(joined(1, 4)).toBe(true);
  });

  it('it outweighs a capital under a float at the next column’s head (the real page: not the column’s first text)', () => {
    // The real document's page reads the continuation as "not the column's start" (its caption's box), which the
    // hand-made page above does not reproduce: the score on that context, as the stage computes it.
    const [a, b] = makeDoc(page(OPEN, REST)).elements.filter((e) => e.id === 1 || e.id === 4);
    const context = { aEndsColumnLow: true, bStartsColumn: false };
    expect(continuationScore(a, b, context).score).toBeGreaterThanOrEqual(defaultEngineOptions.textMerge.threshold);
  });

  it('not after a sentence that ended inside the bracket’s text (the bracket counts only on an open sentence)', () => {
    const { featuresOf } = merge(page(`${OPEN.slice(0, -5)}(see below.`, REST));
    expect(featuresOf(1, 4)).not.toContain('text-merge.bracket-carried');
  });
});
