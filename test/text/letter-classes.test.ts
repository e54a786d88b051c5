// `lettersAndDigits` (src/text/letter-classes.ts) must give what `text.replace(/[^\p{L}\p{N}]/gu, '')` gives: on
// hand-made strings of every kind of character the table classes (letters of each script and case, digits of other
// scripts, marks, blanks, symbols, characters outside the BMP) and on random strings of them.
import { describe, expect, it } from 'vitest';
import { lettersAndDigits } from '../../src/text/letter-classes.js';

const definition = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

const EDGES = [
  '',
  'abc',
  ' abc',
  'abc ',
  'a b c',
  '第三章 文献综述',
  'ｆｕｌｌ ｗｉｄｔｈ １２',
  'é\u0301 combining',
  '٣ Arabic-Indic digit, Ⅻ roman numeral, ½ fraction',
  'Ελληνικά, кириллица; עברית',
  '𝐀𝐁 math bold, 😀 emoji',
  '——…。、',
];

describe('lettersAndDigits', () => {
  it('keeps what the expression keeps, on hand-made strings', () => {
    for (const t of EDGES) expect(lettersAndDigits(t), t).toBe(definition(t));
    expect(lettersAndDigits('第三章 文献综述')).toBe('第三章文献综述');
  });

  it('keeps what the expression keeps, on random strings', () => {
    const pieces = [...'aZ9 é\u0301٣Ⅻ½Ελкע第。、ー・ｆ１\u00a0\t-_'].concat(['𝐀', '😀', 'ab', '  ']);
    let s = 11;
    const next = () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648;
    };
    for (let i = 0; i < 3000; i++) {
      let t = '';
      for (let k = Math.floor(next() * 20); k > 0; k--) t += pieces[Math.floor(next() * pieces.length)];
      expect(lettersAndDigits(t), JSON.stringify(t)).toBe(definition(t));
    }
  });
});
