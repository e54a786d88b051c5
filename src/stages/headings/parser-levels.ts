// The parser's own heading levels (Markdown `#` depth, Docling and Azure DI levels, dots.ocr's Title vs
// Section-header, MinerU's text_level) as evidence: one feature per parser family, so each family's
// weight is set (and can be fitted) apart.
/** The feature that weighs a family's levels: Markdown writers, whole-document parsers, layout models. */
export function parserLevelFeature(format: string): 'parser-level-markdown' | 'parser-level-document' | 'parser-level' {
  if (MARKDOWN.has(format)) return 'parser-level-markdown';
  if (DOCUMENT.has(format)) return 'parser-level-document';
  return 'parser-level';
}

const MARKDOWN = new Set(['mistral-ocr', 'deepseek-ocr', 'marker']);
const DOCUMENT = new Set(['docling', 'azure-di', 'pdf']);
