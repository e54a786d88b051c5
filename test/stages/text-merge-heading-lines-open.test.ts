// A heading given line by line without boxes (text-merge/heading-lines-open.ts), on hand-made pages (our own words)
// modelled on Unstructured without coordinates in the heading corpora's office forms: "14.4. Introduction to" |
// "AppArmor". The first line ends in a word no heading ends with: one heading, the lines one group. Controls: a first
// line that ends in a noun is a heading over the next one; the weight at 0.
import { describe, expect, it } from 'vitest';
import { detectFurniture } from '../../src/stages/furniture.js';
import { assignHeadingLevels } from '../../src/stages/headings.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { findTableOfContents } from '../../src/stages/toc.js';
import type { TextMergeWeights } from '../../src/weights/text-merge.js';
import { input, makeDoc, type Spec } from '../helpers/doc.js';

const BODY = 'The profiles say which files each program may read and write, and the kernel holds it to them.';
const title = (text: string): Spec => ({ page: 1, type: 'title', text, bbox: null });
const body: Spec = { page: 1, type: 'text', text: BODY, bbox: null };

function run(first: string, second: string, weights: Partial<TextMergeWeights> = {}) {
  const i = input(makeDoc([title('Security'), title(first), title(second), body, title('14.4.2. Profiles'), body]));
  i.options.weights.textMerge = { ...i.options.weights.textMerge, ...weights };
  const furniture = detectFurniture(i);
  const text = mergeTextFragments(i, furniture);
  const headings = assignHeadingLevels(i, furniture, text, findTableOfContents(i, furniture));
  return { joined: text.groups.some((g) => g[0] === 1 && g[1] === 2), second: headings.levels.get(2) };
}

describe('a heading given line by line without boxes', () => {
  it('is one heading where the first line ends in a preposition, article or conjunction', () => {
    for (const [a, b] of [
      ['14.4.1. Introduction to', 'AppArmor'],
      ['14.4.1. Managing accounts with', 'LDAP'],
      ['14.4.1. Configuring the', 'server'],
    ]) {
      const r = run(a, b);
      expect(r.joined, a).toBe(true);
      expect(r.second, a).toBeUndefined();
    }
  });

  it('stays two headings where the first line ends in a noun', () => {
    const r = run('14.4.1. Principles', 'AppArmor');
    expect(r.joined).toBe(false);
  });

  it('off, the lines stay apart', () => {
    expect(run('14.4.1. Introduction to', 'AppArmor', { 'heading-lines': 0 }).joined).toBe(false);
  });
});
