// A heading on the running line, where the parser labels the running heads itself: MinerU labels a thesis's running
// heads ("北京大学硕士学位论文", the chapter's name) header on nearly every page, and types the title of its
// declaration page, set as high as they are, a heading ("北京大学学位论文原创性声明和使用授权说明"). The parser has
// told the two apart: the block it typed a heading is not one of the running heads (`furniture.running-line` does
// not take it). Evidence: the document's running-head line (./habits.ts); the parser's header label on that line on
// at least half of the pages the line was found on; the block typed title. Precedence: over the running-line habit
// only; a repetition of its text or a page number still takes it.
import type { Element } from '../../model/element.js';
import { onRunningLine, type RunningLine } from './habits.js';

const HEADING_TYPES: ReadonlySet<string> = new Set(['title', 'page_title']);

/** Whether the parser labels this document's running heads on `line` itself, on half its pages or more. */
export function parserLabelsHeads(byPage: ReadonlyMap<number, readonly Element[]>, line: RunningLine | undefined) {
  if (!line) return false;
  let labelled = 0;
  for (const els of byPage.values()) if (els.some((e) => e.type === 'header' && onRunningLine(e, line))) labelled++;
  return labelled * 2 >= line.pages;
}

/** A block the parser typed a heading, where it labels the running heads itself: not a running head. */
export const headingNotHead = (el: Element, labels: boolean): boolean => labels && HEADING_TYPES.has(el.type);
