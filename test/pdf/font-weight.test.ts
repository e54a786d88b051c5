// Bold read from a font's name (src/pdf/read.ts fontInfoOf): a Japanese font's weight by number (session 24, jlreq-ja.pdf
// of texlive-doc, read alone: its section heads "6.1 基本版面" are set in HiraKakuProN-W6 at the body size over a body in
// HiraMinProN-W3; read as not bold, each head ran into the paragraph under it, "6.1 基本版面クラスオプションです．").
import { describe, expect, it } from 'vitest';
import { fontInfoOf } from '../../src/pdf/read.js';

describe('bold from the font name', () => {
  it('reads W6 and heavier as bold, W3 as the text weight', () => {
    expect(fontInfoOf('ABCDEF+HiraKakuProN-W6').bold).toBe(true);
    expect(fontInfoOf('ABCDEF+HiraMinProN-W3').bold).toBe(false);
    expect(fontInfoOf('A-OTF-MidashiGoPro-MB31_W9').bold).toBe(true);
  });
  it('keeps the Latin names as they were', () => {
    expect(fontInfoOf('LMRoman10-Bold').bold).toBe(true);
    expect(fontInfoOf('LMRoman10-Regular').bold).toBe(false);
    expect(fontInfoOf('HaranoAjiGothic-Medium').bold).toBe(false);
  });
});
