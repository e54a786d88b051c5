// Paragraph merges on fresh LaTeX documents no rule was tuned on (session 20, issue #15): hand-made pages in the shape
// of acmart / IEEEtran / book documents built by scripts/corpus with seeds 9001, 31337, 2718 and 16180 (train and dev
// sources only, none in the corpora), each after the real case named in its test.
import { describe, expect, it } from 'vitest';
import { col, type Spec } from '../helpers/doc.js';
import { mergeSpecs } from '../helpers/merge-links.js';

const merge = mergeSpecs;

const NOTICE =
  'Permission to make digital or hard copies of all or part of this work for personal or classroom use is granted ' +
  'without fee provided that copies are not made or distributed for profit or commercial advantage.';
const ADDRESSES =
  'Authors’ addresses: Tomas Reyes, Department of Computer Science, Example University, Springfield, USA; Mei ' +
  'Lindqvist, Department of Computer Science, Example University, Springfield, USA.';

describe("a journal's first page: the authors' addresses over the publisher's notice", () => {
  // latex-acmart-aptitude-en-ch02s05s01 (train; Mistral, PaddleOCR): "… For instance, to display the" | "Authors’
  // addresses: …" | "Permission to make …" | (page 2) "candidate version of a package, no matter how long it is, …".
  const OPEN =
    'If you want a particular %-escape to be expandable, even though it normally has a fixed width, place a pound ' +
    'sign immediately after it. For instance, to display the';
  const REST = 'candidate version of a package, no matter how long it is, use the format string %V#.';
  const withBoxes: Spec[] = [
    { page: 1, type: 'text', text: OPEN, bbox: col(0.605, 0.632) },
    { page: 1, type: 'text', text: ADDRESSES, bbox: col(0.642, 0.664) },
    { page: 1, type: 'text', text: NOTICE, bbox: col(0.675, 0.781) },
    { page: 2, type: 'text', text: REST, bbox: col(0.22, 0.261) },
  ];

  it('with boxes, the paragraph runs on past both blocks under it', () => {
    const { joined, featuresOf } = merge(withBoxes);
    expect(joined(0, 3)).toBe(true);
    expect(featuresOf(0, 3)).toContain('text-merge.around-publisher-notice');
    expect(joined(0, 1) || joined(1, 2) || joined(2, 3)).toBe(false);
  });

  it('without boxes, the lower case after both notices says the paragraph goes on', () => {
    const { joined } = merge(withBoxes.map(({ bbox: _, ...s }) => s));
    expect(joined(0, 3)).toBe(true);
  });

  it('without boxes, a capital after them does not', () => {
    const specs = withBoxes.map(({ bbox: _, ...s }, i) =>
      i === 3 ? { ...s, text: 'Candidate versions are shown with the format string %V#.' } : s,
    );
    expect(merge(specs).joined(0, 3)).toBe(false);
  });
});
