// The pair of fragments under judgement in the text-merge features (./features.ts, ./code.ts): the texts and
// what several kinds of evidence ask about them, computed once.
import type { Element } from '../../model/element.js';
import type { Observation } from '../../model/evidence.js';
import { endsSentence, endsWithHyphen, startsWithListMarker } from '../../text/chars.js';
import type { TextMergeFeature } from '../../weights/text-merge.js';
import type { ContinuationContext } from './context.js';
import { beforeFormulaTail } from './patterns.js';
import { cjkShare, FOOTNOTE_REF_AT_END, isPreformatted, MORE_BULLETS } from './text-kind.js';

/** A footnote's number right after a full-width stop, colon or closing bracket (no decimal point can be one). */
const CJK_NOTE_AT_END = /([。！？：；）」』”])\d{1,3}$/u;

/** The pair under judgement, with what several kinds of evidence ask about it. */
export interface Pair {
  a: Element;
  b: Element;
  /** `a`'s text trimmed at the end; a plain footnote number after its stop ("…access to it. 14") is left out. */
  aText: string;
  bText: string;
  context: ContinuationContext;
  bWords: number;
  aCjk: number;
  bCjk: number;
  /** `b` ends without punctuation (and is no preformatted block); a formula tail after its sentence's end is left out. */
  unpunctuated: boolean;
  /** `b` is one short unpunctuated word after a fragment that ends without a hyphen. */
  singleTerm: boolean;
  aIsListItem: boolean;
}

export type Out = Array<Observation & { id: TextMergeFeature }>;
export type SentenceEnd = 'sentence-end' | 'colon-end' | undefined;

export function pairOf(a: Element, b: Element, context: ContinuationContext): Pair {
  const aText = a.text.trimEnd().replace(FOOTNOTE_REF_AT_END, '$1');
  const bText = b.text.trim();
  const bWords = bText.replace(/-\s+/g, '-').split(/\s+/).length; // "abiname[-featureset]- flavour" is one term
  // A sentence's end before a formula tail ("determined.x ≤ n i") is the block's punctuation; a footnote's number
  // after a full-width stop or colon ("…使用后面的语法来配置：1") hides none.
  const bProse = beforeFormulaTail(bText.replace(CJK_NOTE_AT_END, '$1'));
  const unpunctuated = !endsSentence(bProse) && !/[,，、;；)）]$/.test(bProse) && !isPreformatted(bText);
  const singleTerm = !endsWithHyphen(aText) && unpunctuated && bText.length < 60 && bWords === 1;
  const aIsListItem = a.type === 'list_item' || startsWithListMarker(aText) || MORE_BULLETS.test(aText);
  return {
    a,
    b,
    aText,
    bText,
    context,
    bWords,
    aCjk: cjkShare(aText),
    bCjk: cjkShare(b.text),
    unpunctuated,
    singleTerm,
    aIsListItem,
  };
}
