// The first heading in another case than the unnumbered headings of its size is the document title, not the first of
// their series (headings/title.ts, `title-own-case`). Hand-made after a fresh revtex paper as MinerU middle gives it
// (session 23, head9's set; train source "other security-related considerations"): the title in mixed case, its
// `\section*`s in capitals beside Roman sections, every heading one line tall (one size class).
import { describe, expect, it } from 'vitest';
import { headingRun } from '../helpers/headings.js';

const TITLE = 'Other Security-Related Considerations';

function levels(title: string, weights: Record<string, number> = {}) {
  return headingRun(
    title,
    [
      'INHERENT RISKS OF WEB APPLICATIONS',
      'I. KNOWING WHAT TO EXPECT',
      'CHOOSING THE SOFTWARE WISELY',
      'II. MANAGING A MACHINE AS A WHOLE',
      'USERS ARE PLAYERS',
      'ACKNOWLEDGMENTS',
      'REFERENCES',
    ],
    {
      body: 'Security is not just a technical problem; it is about good practices and understanding the risks.',
      headingHeight: 0.012,
      titleHeight: 0.012,
      bodyHeight: 0.06,
      charWidth: 0.012,
    },
    weights,
  );
}

describe('a first heading in its own case over sections in capitals of its size', () => {
  it('is the title, the sections under it', () => {
    const { level, features } = levels(TITLE);
    expect(level(TITLE)).toBe(1);
    expect(level('INHERENT RISKS OF WEB APPLICATIONS')).toBe(2);
    expect(level('I. KNOWING WHAT TO EXPECT')).toBe(2);
    expect(level('ACKNOWLEDGMENTS')).toBe(2);
    expect(features(TITLE)).toContain('headings.title-own-case');
  });

  it('off (weight 0), it is the first of their series', () => {
    const { level } = levels(TITLE, { 'title-own-case': 0 });
    expect(level('INHERENT RISKS OF WEB APPLICATIONS')).toBe(level(TITLE));
  });

  it('in capitals too, it is the first of their series', () => {
    const caps = TITLE.toUpperCase();
    const { level } = levels(caps);
    expect(level('INHERENT RISKS OF WEB APPLICATIONS')).toBe(level(caps));
  });
});
