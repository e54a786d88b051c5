// What a font's name says about the text set in it.

/** Monospaced families by name (Latin Modern Mono, Courier, Computer Modern typewriter, Consolas …): code. */
const MONOSPACED = /mono|courier|typewriter|cmtt|lmtt|consol|menlo|inconsolata|\btt\d/i;

export function isMonospacedFont(fontName: string | undefined): boolean {
  return fontName !== undefined && MONOSPACED.test(fontName);
}
