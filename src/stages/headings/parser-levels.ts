// The parser's own heading levels (Markdown `#` depth, Docling and Azure DI levels, dots.ocr's Title vs
// Section-header, MinerU's text_level) as evidence: one feature per parser family, so each family's
// weight is set (and can be fitted) apart. Where the size class and the parser's level both tell two headings apart
// and disagree, the heavier of the two weights decides (`sizeOrHint`): a family whose levels weigh more than
// `size-class` keeps them against size alone; with the default weights (size-class 1.735 over 1.1) size decides.
/** The feature that weighs a family's levels: Markdown writers, whole-document parsers, layout models. */
export function parserLevelFeature(format: string): 'parser-level-markdown' | 'parser-level-document' | 'parser-level' {
  if (MARKDOWN.has(format)) return 'parser-level-markdown';
  if (DOCUMENT.has(format)) return 'parser-level-document';
  return 'parser-level';
}

const MARKDOWN = new Set(['mistral-ocr', 'deepseek-ocr', 'marker']);
const DOCUMENT = new Set(['docling', 'azure-di', 'pdf']);

/**
 * Which evidence tells two headings' order: each says whether the open heading stands above (undefined: it tells
 * nothing, or its weight is off). Agreeing or alone, the one that speaks; disagreeing, the heavier weight (size on a
 * tie, size classes coming first in the walk's order).
 */
export function sizeOrHint(
  sizeSays: boolean | undefined,
  hintSays: boolean | undefined,
  sizeWeight: number,
  hintWeight: number,
): 'size' | 'hint' | undefined {
  if (sizeSays !== undefined && hintSays !== undefined && sizeSays !== hintSays)
    return hintWeight > sizeWeight ? 'hint' : 'size';
  if (sizeSays !== undefined) return 'size';
  return hintSays !== undefined ? 'hint' : undefined;
}
