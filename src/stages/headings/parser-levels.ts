// The parser's own heading levels (Markdown `#` depth, Docling and Azure DI levels, dots.ocr's Title vs
// Section-header, MinerU's text_level) as evidence: one feature per parser family sets the confidence of a level
// they decide (`parser-level`, `-markdown`, `-document`; 0 or less: off). Where the size class and the parser's level
// both tell two headings apart and disagree, the input format's trust decides (`parser-trust-<format>`,
// src/weights/headings.ts): the log-odds that this format's level is right in such a conflict, fitted per format by
// `npm run fit` from the conflicts of the training documents (src/fit/parser-trust.ts). Above 0 the parser's level
// decides, else size (a tie, and every format without fitted evidence, leaves size deciding, as before the fit).
// Levels that restart on every page never come here (page-restarts.ts sets them aside first).
import { LEVELLED_FORMATS, type TrustFeature } from '../../weights/headings.js';

/** The feature that weighs a family's levels: Markdown writers, whole-document parsers, layout models. */
export function parserLevelFeature(format: string): 'parser-level-markdown' | 'parser-level-document' | 'parser-level' {
  if (MARKDOWN.has(format)) return 'parser-level-markdown';
  if (DOCUMENT.has(format)) return 'parser-level-document';
  return 'parser-level';
}

const MARKDOWN = new Set(['mistral-ocr', 'deepseek-ocr', 'marker']);
const DOCUMENT = new Set(['docling', 'azure-di', 'pdf']);

/** The weight holding a format's trust in its own levels against size; undefined for a format without levels. */
export function parserTrustFeature(format: string): TrustFeature | undefined {
  return (LEVELLED_FORMATS as readonly string[]).includes(format)
    ? (`parser-trust-${format}` as TrustFeature)
    : undefined;
}

/** Both features of a format's levels: the family's confidence weight and the format's trust against size. */
export function parserFeatures(format: string) {
  return { hintFeature: parserLevelFeature(format), trustFeature: parserTrustFeature(format) };
}

/**
 * Which evidence tells two headings' order: each says whether the open heading stands above (undefined: it tells
 * nothing, or its weight is off). Agreeing or alone, the one that speaks; disagreeing, the parser's level when the
 * format's trust is above 0, else size.
 */
export function sizeOrHint(
  sizeSays: boolean | undefined,
  hintSays: boolean | undefined,
  trust: number,
): 'size' | 'hint' | undefined {
  if (sizeSays !== undefined && hintSays !== undefined && sizeSays !== hintSays) return trust > 0 ? 'hint' : 'size';
  if (sizeSays !== undefined) return 'size';
  return hintSays !== undefined ? 'hint' : undefined;
}
