// What a font's name says about the text set in it.

/** Monospaced families by name (Latin Modern Mono, Courier and URW's Nimbus Mono L "NimbusMonL", Computer Modern typewriter, Consolas …): code. */
const MONOSPACED = /mono|nimbusmon|courier|typewriter|cmtt|lmtt|consol|menlo|inconsolata|\btt\d/i;

export function isMonospacedFont(fontName: string | undefined): boolean {
  return fontName !== undefined && MONOSPACED.test(fontName);
}

/**
 * CJK families by name (Harano Aji, Fandol, Noto/Source Han CJK, SimSun, MS Mincho, IPAex …): the font a CJK character
 * is set in whatever the text is, so it says nothing of code or prose. A Latin family named like one ("URW Gothic")
 * is read as CJK too: the font is then not weighed, as before.
 */
const CJK_FONT =
  /mincho|gothic|haranoaji|fandol|song|simsun|simhei|kaiti|fangsong|noto\w*(?:cjk|jp|sc|tc|kr)|source\s?han|ipaex|ipa[pm]|takao|wenquanyi|batang|gulim|dotum|ming|ukai|uming|meiryo|pingfang|hiragino|cjk/i;

export function isCjkFont(fontName: string | undefined): boolean {
  return fontName !== undefined && CJK_FONT.test(fontName);
}
