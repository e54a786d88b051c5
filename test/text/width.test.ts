// textWiderThan (src/text/chars.ts) stops reading a text once it is wider than the bound; it must answer as
// the whole width does, for Latin, CJK, blanks and surrogate pairs, at every bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWiderThan, textWidthEm, textWidthWithin } from '../../src/text/chars.js';

describe('textWiderThan', () => {
  it('answers as textWidthEm(text) > bound does', () => {
    const unit = fc.constantFrom('a', 'W', ' ', '中', 'か', '，', '😀', '\ud800', 'é');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), fc.double({ min: 0, max: 70, noNaN: true }), (text, em) => {
        expect(textWiderThan(text, em)).toBe(textWidthEm(text) > em);
      }),
      { seed: 5, numRuns: 1000 },
    );
  });

  it('textWidthWithin gives the very width textWidthEm sums when within the bound, else undefined', () => {
    const unit = fc.constantFrom('a', 'W', ' ', '中', 'か', '，', '😀', '\ud800', 'é');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), fc.double({ min: -1, max: 70, noNaN: true }), (text, em) => {
        const whole = textWidthEm(text);
        expect(textWidthWithin(text, em)).toBe(whole > em ? undefined : whole);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });

  it('measures a real sentence as wider than 40 ems only past some 80 Latin letters', () => {
    expect(textWidthEm('Install the package with apt and read its manual page first.')).toBeLessThan(40);
    expect(textWiderThan('Install the package with apt and read its manual page first.', 40)).toBe(false);
    const long =
      'The maintainer uploads the package to the archive, where the buildd network builds it for every port.';
    expect(textWiderThan(long, 40)).toBe(true);
    expect(
      textWiderThan(
        '这是一个很长的中文句子，它的宽度超过四十个字符的宽度，因为每个汉字都占一个全角的宽度，所以这里需要更多的字。',
        40,
      ),
    ).toBe(true);
  });
});
