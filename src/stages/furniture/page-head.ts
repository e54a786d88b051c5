// Page-head matter the parser discarded: MinerU sets aside what is neither body nor a running line it can type — a
// journal's masthead over a paper's first page (the publisher's logo, the journal and volume line, the cover
// picture), read as `discarded` (middle.json) or `abandon` (model.json) blocks without text. The adapters type them
// by position; standing lower than the fixed top band they come out as asides and stayed body. Over the page's whole
// body, labelled discarded by the parser, they are the page's head: furniture (the dev gold's convention, demo1).
// Evidence, all needed: the parser's discard label; no text (a discarded block with words is typed a header, footer
// or page number by its adapter and judged by the other rules); the box wholly above the page's first body block
// (any block not discarded), in the page's upper quarter. Precedence: after the page numbers and repetitions,
// before the parser's own labels (weighed as a label inside a band: `parser-label` and `band`).
import type { Element } from '../../model/element.js';
import type { Observation } from '../../model/evidence.js';
import { seen } from '../weigh.js';
import { stampScraps } from './stamp-scraps.js';

/** A page-head element to mark as a header: the rule, its message and evidence. */
export interface HeadMark {
  el: Element;
  rule: string;
  message: string;
  evidence: Observation[];
}

/** MinerU's discard labels (middle.json, model.json). */
const DISCARDED = new Set(['discarded', 'abandon']);
/** The page's upper part where a masthead stands (fraction of the page height). */
const HEAD = 0.25;

const isDiscarded = (e: Element) => DISCARDED.has(e.sourceType ?? '');

/** The arXiv stamp's scraps (./stamp-scraps.ts), then the blocks the parser discarded over their page's body. */
export function pageHeadMarks(byPage: Map<number, Element[]>): HeadMark[] {
  const stamp = "a scrap of the arXiv stamp in the first page's margin, read as a block of its own";
  const head = "page-head matter the parser discarded (a masthead), over the page's whole body";
  return [
    ...stampScraps(byPage).map((el) => ({
      el,
      rule: 'furniture.stamp-scraps',
      message: stamp,
      evidence: [seen('furniture.stamp-scraps')],
    })),
    ...discardedHeads(byPage).map((el) => ({
      el,
      rule: 'furniture.discarded-head',
      message: head,
      evidence: [seen('furniture.parser-label'), seen('furniture.band')],
    })),
  ];
}

/** Blocks the parser discarded, without text, over the whole body of their page. */
function discardedHeads(byPage: ReadonlyMap<number, readonly Element[]>): Element[] {
  const out: Element[] = [];
  for (const els of byPage.values()) {
    const heads = els.filter((e) => isDiscarded(e) && e.text.trim() === '' && e.bbox && e.bbox[3] <= HEAD);
    if (heads.length === 0) continue;
    let bodyTop = 1;
    for (const e of els) if (!isDiscarded(e) && e.bbox && e.bbox[1] < bodyTop) bodyTop = e.bbox[1];
    for (const h of heads) if (h.bbox![3] <= bodyTop) out.push(h);
  }
  return out;
}
