// The DEV set's Switch Transformers leftover (gold3's "noticed"): a page break between a citation's authors and its
// year ("… a pre-training task Lee et al." | "(2021). In our protocol …", Marker). Hand-made pages after it; the
// controls: a sentence ending in "et al." before a new sentence, and a year that opens no citation's rest.
import { describe, expect, it } from 'vitest';
import { featureIds, mergeAcrossPage } from '../helpers/merge-links.js';

const merge = mergeAcrossPage;

const A =
  'Our baselines are pre-trained on the C4 corpus, which increases the efficacy as a pre-training task Lee et al.';

describe('a citation cut between "et al." and its year', () => {
  it('runs on into "(2021). …" on the next page', () => {
    const r = merge(A, '(2021). In our protocol we pre-train with 2^20 tokens per batch for 550k steps.');
    expect(r.groups).toEqual([[0, 1]]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.citation-cut');
  });

  it('control: "et al." ending a sentence before a new one keeps its end', () => {
    const r = merge(A, 'In our protocol we pre-train with 2^20 tokens per batch for 550k steps.');
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.citation-cut');
  });

  it('control: a year after a sentence that does not end in "et al." is no citation\'s rest', () => {
    const r = merge('The survey was repeated every year.', '2021. The response rate fell below half.');
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.citation-cut');
  });
});
