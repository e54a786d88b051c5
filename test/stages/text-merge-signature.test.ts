// Issue #15 §3 (audit 2b): a function signature alone on its line does not run into its description. Hand-made pages
// after a manual's API entries cut by a page break ("open(path)" at a page's foot, its description at the next
// page's head); the controls are prose that merely holds parentheses, and the typed forms code.ts already reads.
import { describe, expect, it } from 'vitest';
import { isSignatureLine } from '../../src/stages/text-merge/signature.js';
import { featureIds, mergeAcrossPage } from '../helpers/merge-links.js';

const merge = mergeAcrossPage;

describe('a call-form signature alone before its description', () => {
  it.each([
    ['open(path)', 'opens the file named by path and returns a handle to it.'],
    ['strlen(s)', 'Returns the length of the string s, not counting the null byte.'],
    ['Array.prototype.map(callback)', 'creates a new array from the results of calling callback on every element.'],
  ])('"%s" | its description stay two blocks', (a, b) => {
    const r = merge(a, b);
    expect(r.groups).toEqual([]);
    expect(featureIds(r.decisions[0])).toContain('text-merge.signature-before');
  });

  it('control: prose that runs on past a page break still joins (a space before its parenthesis)', () => {
    const r = merge('The survey covered every region (north and south) and', 'was paid for by the ministry.');
    expect(r.groups).toEqual([[0, 1]]);
    expect(featureIds(r.decisions[0])).not.toContain('text-merge.signature-before');
  });

  it('reads the call form only: names with dots or "::", an argument list, an optional return type', () => {
    for (const s of [
      'open(path)',
      'std::vector::push_back(value)',
      'parse(input: string): Doc',
      'stitch(input, options?);',
    ])
      expect(isSignatureLine(s), s).toBe(true);
    for (const s of ['the survey (n = 1200)', 'Results (2021)', 'open(path) and read it', 'see open(path).'])
      expect(isSignatureLine(s), s).toBe(false);
  });
});
