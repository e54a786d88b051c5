// The headings stage on a hand-made document, after the stages it reads (furniture, text merges, contents).
import type { ParsedDocument } from '../../src/model/element.js';
import { type EngineOptionsInput, resolveEngineOptions } from '../../src/options.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { assignHeadingLevels } from '../../src/stages/headings.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { findTableOfContents } from '../../src/stages/toc.js';
import { input } from './doc.js';

export function headingsOf(doc: ParsedDocument, engine: EngineOptionsInput = {}) {
  const i = { ...input(doc), options: resolveEngineOptions(engine) };
  const furniture = detectFurniture(i);
  return assignHeadingLevels(i, furniture, mergeTextFragments(i, furniture), findTableOfContents(i, furniture));
}
