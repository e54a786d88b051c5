// What the headings stage's steps share: a candidate heading and what it has learnt about it so far,
// and the context decisions are recorded into.
import type { Decision } from '../../model/decision.js';
import type { Element, PageInfo } from '../../model/element.js';
import type { Numbering } from '../../text/numbering.js';
import type { AllHeadingsWeights } from '../../weights/headings-more.js';
import type { Weigh } from '../weigh.js';

export interface Candidate {
  el: Element;
  numbering?: Numbering;
  keyword: boolean;
  /** Estimated line height (fraction of page height) or font size, for size classes. */
  size?: number;
  /** 0 = largest size class. */
  sizeClass?: number;
  hint?: number;
  /** The level the document's own table of contents gives this heading. */
  tocLevel?: number;
  key: string;
  /** Further evidence (feature ids) for its level decision: why it was taken for the document title, or a header for a heading. */
  evidence?: string[];
  /** The numbering key of the headings whose style (size, case) it shares, by the document's habit. */
  styleKey?: string;
  /** The numbered heading whose style (size, case) it shares, by the body-size habit: it takes that heading's key. */
  styleOf?: Candidate;
  /** A demotion its size decides (a lone lower-case name): it stands unless the title is set at a heading's size. */
  pending?: { rule: string; feature: string; message: string };
}

/** The stage's body line (sizes.ts, `bodyLineHeight`), measured once by whichever rule asks first. */
export interface BodyLineMemo {
  bodyLine?: { value: number | undefined };
}

export interface HeadingContext {
  weights: AllHeadingsWeights;
  weigh: Weigh;
  decisions: Decision[];
  demoted: Set<number>;
  /** The pages and the size tolerance, for the rules that read box sizes before the candidates are sized (size-promote.ts). */
  sizes?: { pages: readonly PageInfo[]; tolerance: number } & BodyLineMemo;
}
