// Text truncation recovery: which text fragments are one paragraph cut by a page break, a column
// break, or a float/footnote/furniture in between — across any number of fragments.
//
// Only fragments separated by such a break are candidates (the parser's own paragraph split inside
// a column is kept). Evidence, as additive scores:
//  - a hyphen at the end of the first fragment (strong for), a sentence end (strong against);
//  - how the next fragment starts: lower case or a CJK continuation (for), a list marker (strong
//    against), a capital (weakly against: it may be a proper noun);
//  - geometry: the first fragment ends its column low on the page (for) or ends early with blank
//    space below (against); different line heights (against).
// Furniture never breaks a chain; a heading or an equation does.
import { type Decision, decision } from '../model/decision.js';
import type { Element } from '../model/element.js';
import {
  groupByPage,
  groupsFromPairs,
  hasAboveInColumn,
  hasBelowInColumn,
  isColumnBreak,
  lowestBottom,
} from './layout.js';
import {
  endsSentence,
  endsWithHyphen,
  firstChar,
  isCjkChar,
  lastChar,
  startsLowercase,
  startsUppercase,
  startsWithListMarker,
} from './text.js';
import type { FurnitureResult, MergeResult, StageInput } from './types.js';

const TEXT_LIKE = new Set(['text', 'list_item']);
/** Elements a paragraph may flow around without ending. */
const INTERRUPTERS = new Set([
  'image',
  'table',
  'image_caption',
  'table_caption',
  'image_footnote',
  'table_footnote',
  'page_footnote',
  'aside_text',
  'header',
  'footer',
  'page_number',
]);

export interface ContinuationEvidence {
  score: number;
  reasons: string[];
}

/** Score how likely `b` continues the paragraph `a` (positive = continues). Pure; exported for tests and the LLM path. */
export function continuationScore(
  a: Element,
  b: Element,
  context: { aEndsColumnLow: boolean | undefined; bStartsColumn: boolean | undefined },
): ContinuationEvidence {
  const reasons: string[] = [];
  let score = 0;
  const add = (delta: number, why: string) => {
    score += delta;
    reasons.push(`${delta > 0 ? '+' : ''}${delta} ${why}`);
  };
  const aText = a.text.trimEnd();
  if (endsWithHyphen(aText)) add(2.5, 'first fragment ends with a hyphen');
  else if (endsSentence(aText)) add(/[:：]$/.test(aText) ? -1.5 : -2.2, 'first fragment ends a sentence');
  else if (/[,，、;；]$/.test(aText)) add(1.6, 'first fragment ends with a comma');
  else add(1.2, 'first fragment ends without punctuation');

  if (startsWithListMarker(b.text)) add(-2, 'next fragment starts with a list marker');
  else if (startsLowercase(b.text)) add(2, 'next fragment starts in lower case');
  else if (isCjkChar(firstChar(b.text)) && isCjkChar(lastChar(aText))) add(0.8, 'CJK text runs on');
  else if (startsUppercase(b.text)) add(-0.6, 'next fragment starts with a capital');
  else if (/^[(（"“'‘\d]/.test(b.text.trimStart())) add(0, '');

  if (context.aEndsColumnLow === true) add(0.5, 'first fragment fills its column to the bottom');
  else if (context.aEndsColumnLow === false) add(-1.5, 'blank space below the first fragment');
  if (context.bStartsColumn === false) add(-0.8, 'next fragment does not start its column');

  const ha = a.hints?.lineHeight;
  const hb = b.hints?.lineHeight;
  if (ha && hb && Math.abs(ha - hb) / Math.max(ha, hb) > 0.2) add(-1, 'different line heights');
  if (aText.length < 25 && !endsWithHyphen(aText)) add(-0.5, 'first fragment is very short');
  return { score, reasons: reasons.filter((r) => !r.startsWith('0 ')) };
}

export function mergeTextFragments({ doc, options }: StageInput, furniture: FurnitureResult): MergeResult {
  const opt = options.textMerge;
  const isFurniture = (el: Element) => furniture.kinds.has(el.id);
  const body = doc.elements.filter((el) => !isFurniture(el));
  const bodyByPage = groupByPage(body);
  const pairs: Array<[number, number]> = [];
  const decisions: Decision[] = [];

  // Where body text ends on a full page: the upper quartile of the pages' lowest body bottoms.
  const bottoms = [...bodyByPage.values()].map(lowestBottom).sort((x, y) => x - y);
  const usualBottom = bottoms[Math.floor(bottoms.length * 0.75)] ?? 1;

  let open: Element | undefined;
  let between: Element[] = [];
  for (const el of body) {
    if (TEXT_LIKE.has(el.type) && el.text.trim()) {
      if (open && (open.type === 'text' || open.type === 'list_item')) {
        const brokenByPage = el.page !== open.page;
        const brokenByColumn = isColumnBreak(open, el);
        const interrupted = between.length > 0;
        if (brokenByPage || brokenByColumn || interrupted) {
          const aPage = bodyByPage.get(open.page) ?? [];
          const bPage = bodyByPage.get(el.page) ?? [];
          const textOnA = aPage.filter((e) => TEXT_LIKE.has(e.type) || e.type === 'title');
          const textOnB = bPage.filter((e) => TEXT_LIKE.has(e.type) || e.type === 'title');
          const aEndsColumnLow =
            open.bbox && !interrupted
              ? !hasBelowInColumn(open, textOnA) &&
                open.bbox[3] >= Math.max(lowestBottom(aPage), usualBottom) - opt.columnEndSlack
              : undefined;
          const bStartsColumn =
            el.bbox && (brokenByPage || brokenByColumn) ? !hasAboveInColumn(el, textOnB) : undefined;
          const evidence = continuationScore(open, el, { aEndsColumnLow, bStartsColumn });
          const where = brokenByPage ? 'page break' : brokenByColumn ? 'column break' : `${between.length} float(s)`;
          const p = 1 / (1 + Math.exp(-(evidence.score - opt.threshold) * 1.2));
          if (evidence.score >= opt.threshold) {
            pairs.push([open.id, el.id]);
            decisions.push(
              decision(
                'text-merge',
                'text-merge.continuation',
                `joined across a ${where}: ${evidence.reasons.join('; ')}`,
                p,
                [open, el],
              ),
            );
          } else {
            decisions.push(
              decision(
                'text-merge',
                'text-merge.new-paragraph',
                `kept apart across a ${where}: ${evidence.reasons.join('; ')}`,
                1 - p,
                [open, el],
                false,
              ),
            );
          }
        }
      }
      open = el;
      between = [];
    } else if (INTERRUPTERS.has(el.type)) {
      if (open) between.push(el);
    } else {
      open = undefined;
      between = [];
    }
  }
  return { groups: groupsFromPairs(pairs), decisions };
}
