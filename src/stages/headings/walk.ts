// Step 3 of the headings stage: levels from a stack walk in reading order over the keys of levels.ts. A heading
// closes every open heading that is not above it; what tells "above" is the first of these that applies (its
// feature id names it on the decision):
//   same-kind (the same key: siblings) · under-title · numbering-depth (ranks in one numbering ladder) ·
//   toc-level (the levels the table of contents gives; before the numbering, and no top section, where the list's
//   indents overrule its numbers: toc.ts) · size-class · parser-level (the parser's level
//   hints; where they and size disagree, the format's trust decides: parser-levels.ts) · same-size (siblings) ·
//   same-parser-level (no size known, one parser level: siblings) · earlier-levels (as the two kinds stood before) · first-appearance (a
//   kind first seen under another nests under it: the weakest evidence, and marked unsure).
// A kind of evidence whose weight is 0 or less is skipped; the weights set each decision's confidence.
import { decision } from '../../model/decision.js';
import { seen } from '../weigh.js';
import { addEvidence, BLANK_KEY, type KeyFacts, OUTLINE_KEY } from './levels.js';
import { sizeOrHint } from './parser-levels.js';
import { WORD_FORM } from './promote.js';
import type { Candidate, HeadingContext } from './types.js';
import { headingsOverNumbers } from './under-larger.js';
import { zeroChapterParent } from './zero-chapter.js';

/** Keyword headings that hold no sections: the abstract, keywords, acknowledgments, references, index. */
const LEAF_KEYWORD =
  /^(?:abstract|summary|keywords?|acknowledge?ments?|references|bibliography|index|glossary|摘\s*要|概\s*要|要\s*旨|参考文献|致\s*谢|謝\s*辞|참고\s*문헌|요\s*약)[\s:：.]*$/i;

/** Ladders of numbered headings (text/numbering.ts). */
const NUMBERED = new Set(['decimal', 'outline', 'cjk', 'series', 'article']);

/** Whether the open heading `top` stands above `key`, the rule that says so and its feature. */
interface Why {
  above: boolean;
  rule: string;
  feature: string;
}

const why = (above: boolean, rule: string, feature: string): Why => ({
  above,
  rule: `headings.${rule}`,
  feature: `headings.${feature}`,
});

/** Walk state the weakest evidence reads: where each key first appeared and the level it last took. */
interface Seen {
  firstSeen: Map<string, number>;
  lastLevel: Map<string, number>;
  /** The first heading's level hint: one level equal to it says nothing of siblings (the title's, or jitter). */
  firstHint?: number;
}

/**
 * Two keys whose headings the source PDF sets in fonts they never share (revtex: bold subsections, italic
 * subsubsections, both at the body size): their equal size says nothing of their being siblings.
 */
function fontsDiffer(facts: KeyFacts, a: string, b: string): boolean {
  const [fa, fb] = [facts.fontsOfKey?.get(a), facts.fontsOfKey?.get(b)];
  return fa !== undefined && fb !== undefined && ![...fa].some((f) => fb.has(f));
}

/** Two different values, both known: evidence that can rank two keys. */
function differ(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

function compare(top: string, key: string, facts: KeyFacts, walk: Seen, ctx: HeadingContext): Why {
  const on = (feature: keyof HeadingContext['weights']) => ctx.weights[feature] > 0;
  if (top === key && on('same-kind')) return why(false, 'same-kind', 'same-kind');
  if (top === 'title' && on('under-title')) return why(true, 'under-title', 'under-title');
  const [la, ra] = top.split(':');
  const [lb, rb] = key.split(':');
  // A blank opener right under the first heading stands for a top section whose number was lost: a numbered
  // heading after it is its sibling, unless an article (a legal text's smallest unit).
  if (top === BLANK_KEY && NUMBERED.has(lb) && on('numbering-depth')) {
    const lost = facts.blankStandsFor;
    const deeper = lost !== undefined && lost.ladder === lb && Number(rb) > lost.rank;
    return why(lb === 'article' || deeper, 'numbering', 'numbering-depth');
  }
  // The outline's top depth: a heading it does not list holds none of its entries (DBLaTeX's preface "Vorwort", no
  // keyword, before the outline's first chapter); only the document title does.
  if (lb === OUTLINE_KEY && rb === '1' && la !== OUTLINE_KEY && on('outline')) return why(false, 'outline', 'outline');
  if (la === OUTLINE_KEY && lb === OUTLINE_KEY && on('outline'))
    return why(Number(ra) < Number(rb), 'outline', 'outline');
  // A contents list whose indents overrule its numbers (toc.ts: plain question numbers set in under lettered chapters).
  const [ta, tb] = [facts.tocLevelOfKey.get(top), facts.tocLevelOfKey.get(key)];
  if (facts.tocOverNumbering && differ(ta, tb) && on('toc-level'))
    return why(ta! < tb!, 'table-of-contents', 'toc-level');
  // A numbered heading the outline does not list against one it does: the outline says nothing of the first, the
  // numbering of both comes next ("5.18.2 CMake", listed, under a list's "1. set up …" read as a title).
  const outlined = facts.numberedKeyOfOutline;
  if (outlined && (la === OUTLINE_KEY) !== (lb === OUTLINE_KEY) && on('numbering-depth')) {
    const [na, nra] = (outlined.get(top) ?? top).split(':');
    const [nb, nrb] = (outlined.get(key) ?? key).split(':');
    if (na === nb && (na === 'decimal' || na === 'outline' || na === 'cjk'))
      return why(Number(nra) < Number(nrb), 'numbering', 'numbering-depth');
  }
  if (la === lb && (la === 'decimal' || la === 'outline' || la === 'cjk') && on('numbering-depth'))
    return why(Number(ra) < Number(rb), 'numbering', 'numbering-depth');
  // An article ("Article 5", "§ 3", "第五条") is a legal text's smallest unit: below any other numbering.
  if ((la === 'article') !== (lb === 'article') && NUMBERED.has(la) && NUMBERED.has(lb) && on('numbering-depth'))
    return why(lb === 'article', 'numbering', 'numbering-depth');
  const under = on('numbering-restarts') ? facts.restartsUnder : undefined;
  if (under?.has(`${top}>${key}`) || under?.has(`${key}>${top}`))
    return why(under.has(`${top}>${key}`), 'numbering', 'numbering-restarts');
  const runs = on('numbering-child-run') ? facts.childRuns : undefined;
  if (runs?.has(`${top}>${key}`) || runs?.has(`${key}>${top}`))
    return why(runs.has(`${top}>${key}`), 'numbering', 'numbering-child-run');
  if (differ(ta, tb) && on('toc-level')) return why(ta! < tb!, 'table-of-contents', 'toc-level');
  const [sa, sb] = [facts.sizeOfKey.get(top), facts.sizeOfKey.get(key)];
  const [ha, hb] = [facts.hintOfKey.get(top), facts.hintOfKey.get(key)];
  const sizeSays = differ(sa, sb) && on('size-class') ? sa! < sb! : undefined;
  const hintSays = facts.hintsVary && differ(ha, hb) && on(facts.hintFeature) ? ha! < hb! : undefined;
  // Size against the parser's level: the format's fitted trust decides (parser-levels.ts), not size alone.
  const trust = facts.trustFeature ? ctx.weights[facts.trustFeature] : 0;
  const winner = sizeOrHint(sizeSays, hintSays, trust);
  if (winner === 'size') return why(sizeSays!, 'size', 'size-class');
  if (winner === 'hint') return why(hintSays!, 'parser-level', facts.hintFeature);
  if (sa !== undefined && sb !== undefined && sa === sb && on('same-size') && !fontsDiffer(facts, top, key))
    return why(false, 'same-size', 'same-size');
  // No size tells them apart (Markdown has no boxes) and the parser gives both one level below the first heading's,
  // where its levels vary and agree with the numbering: siblings, as one size makes them.
  if (sa === undefined || sb === undefined) {
    const below = ha !== undefined && walk.firstHint !== undefined && ha > walk.firstHint;
    if (below && ha === hb && facts.hintsVary && on('same-parser-level'))
      return why(false, 'parser-level', 'same-parser-level');
  }
  const [lt, lk] = [walk.lastLevel.get(top), walk.lastLevel.get(key)];
  if (lt !== undefined && lk !== undefined && on('earlier-levels'))
    return why(lt < lk, 'earlier-levels', 'earlier-levels');
  return why(!walk.firstSeen.has(key), 'first-appearance', 'first-appearance');
}

/**
 * The document's top sections (its top numbering, and keywords such as Abstract or References) nest
 * under nothing but the document title — or, when the top numbering is that of sections ("1.1"), a
 * heading in a larger size: the unnumbered chapter those sections belong to.
 */
function closeForTopSection(stack: string[], facts: KeyFacts, held?: (at: number) => boolean): boolean {
  const topKey = facts.topKey!;
  const larger = (key: string) => {
    const a = facts.sizeOfKey.get(key);
    const b = facts.sizeOfKey.get(topKey);
    return topKey.startsWith('decimal:') && (facts.topRank ?? 0) >= 2 && a !== undefined && b !== undefined && a < b;
  };
  while (stack.length > 0 && stack[stack.length - 1] !== 'title' && !larger(stack[stack.length - 1])) {
    // The document's habit (under-larger.ts): its numbered top sections are the parts of a larger open heading.
    if (held?.(stack.length - 1)) return true;
    stack.pop();
  }
  return false;
}

/**
 * The open heading a decimal number names as its parent ("1.1" → the open "1" or "Chapter 1"), as its index in the
 * stack, when headings stand open above it: unnumbered ones between a chapter and its first numbered section
 * ("Chapter 1", "Rules", "1.1 Tools") are that section's siblings, not its parents (`number-names-parent`).
 */
function namedParent(c: Candidate, open: readonly Candidate[]): number | undefined {
  const n = c.numbering;
  if (n?.ladder !== 'decimal' || n.values.length < 2) return undefined;
  const prefix = n.values.slice(0, -1);
  for (let j = open.length - 1; j >= 0; j--) {
    const m = open[j].numbering;
    if (m?.ladder !== 'decimal' || m.values.length !== prefix.length) continue;
    if (!m.values.every((v, k) => v === prefix[k])) continue;
    return j < open.length - 1 ? j : undefined;
  }
  return undefined;
}

/** The larger unnumbered headings the plainly numbered top sections stand under (under-larger.ts), when on. */
function overNumbers(kept: Candidate[], title: Candidate | undefined, facts: KeyFacts, ctx: HeadingContext) {
  if (ctx.weights['numbered-under-larger'] <= 0) return undefined;
  return headingsOverNumbers(kept, title, facts, facts.trustFeature ? ctx.weights[facts.trustFeature] : 0);
}

/**
 * The first unnumbered heading nothing ranks (key `plain`: no size, level hint or contents level) right after a
 * numbered one is its sibling, not its child (`plain-beside-number`): first appearance alone would nest it. On the
 * LaTeX train/dev documents an unnumbered heading right after a numbered one was its sibling or above it 58 times in
 * 65; the children were under chapters numbered in words ("Chapter 3"), which this leaves to first appearance.
 */
function plainAfterNumbered(c: Candidate, open: readonly Candidate[], walk: Seen): boolean {
  const top = open[open.length - 1];
  // A number written with a word ("Chapter 3", "第三章") holds unnumbered sections (`\section*` in a chapter).
  if (c.key !== 'plain' || walk.firstSeen.has('plain') || open.length < 2 || !top?.numbering) return false;
  return !WORD_FORM.test(top.el.text.trim());
}

/** A keyword that holds no sections (`LEAF_KEYWORD`) after an open unnumbered heading that is no keyword nor the title. */
function leafUnder(c: Candidate, open: readonly Candidate[], title: Candidate | undefined): boolean {
  const top = open[open.length - 1];
  if (!c.keyword || !LEAF_KEYWORD.test(c.el.text.trim()) || !top || top === title) return false;
  return !top.numbering && !top.keyword;
}

export function walkLevels(kept: Candidate[], title: Candidate | undefined, facts: KeyFacts, ctx: HeadingContext) {
  const levels = new Map<number, number>();
  const walk: Seen = { firstSeen: new Map(), lastLevel: new Map(), firstHint: kept[0]?.hint };
  const stack: string[] = [];
  // The open headings themselves, beside their keys.
  const open: Candidate[] = [];
  const parents = ctx.weights['number-names-parent'] > 0;
  const besideNumber = ctx.weights['plain-beside-number'] > 0;
  // Whether each open heading is a keyword that holds no sections (Abstract, References: `keyword-holds-none`).
  const leaf: boolean[] = [];
  const leaves = ctx.weights['keyword-holds-none'] > 0;
  const beside = ctx.weights['keyword-beside-plain'] > 0;
  // The larger headings the top sections stand under (the document's habit, under-larger.ts), by their place on the stack.
  const over = overNumbers(kept, title, facts, ctx);
  const held = (at: number) => over?.has(open[at].el.id) === true;
  for (const c of kept) {
    let reason = why(true, 'first', 'first-heading');
    if (c.key === facts.topKey && !facts.tocOverNumbering) {
      // (such a larger heading keyed with the top sections by the parser's level holds none of its own kind)
      const under = closeForTopSection(stack, facts, over?.has(c.el.id) ? undefined : held);
      reason = under
        ? why(true, 'numbered-under-larger', 'numbered-under-larger')
        : why(true, 'top-section', 'top-section');
    } else if (c.key === BLANK_KEY) {
      stack.length = Math.min(stack.length, 1);
      reason = why(true, 'top-section', 'top-section');
    } else {
      const zero = facts.zeroTop ? zeroChapterParent(c, open, facts.topKey!, facts.topRank!) : undefined;
      const parent = zero ?? (parents ? namedParent(c, open) : undefined);
      if (parent !== undefined) {
        stack.length = leaf.length = open.length = parent + 1;
        if (zero === undefined) addEvidence(c, 'number-names-parent');
      } else if (besideNumber && plainAfterNumbered(c, open, walk)) {
        stack.length = leaf.length = open.length = open.length - 1;
        addEvidence(c, 'plain-beside-number');
      }
      while (stack.length > 0) {
        reason = compare(stack[stack.length - 1], c.key, facts, walk, ctx);
        // Nothing but the order of first appearance nests it: an abstract or the references hold no sections.
        if (reason.rule === 'headings.first-appearance' && leaves && leaf[leaf.length - 1]) {
          reason = why(false, 'keyword-holds-none', 'keyword-holds-none');
          addEvidence(c, 'keyword-holds-none');
        } else if (reason.rule === 'headings.first-appearance' && beside && leafUnder(c, open, title)) {
          // …nor does an unnumbered heading hold the end matter (Acknowledgments, References): its sibling.
          reason = why(false, 'keyword-beside-plain', 'keyword-beside-plain');
          addEvidence(c, 'keyword-beside-plain');
        }
        if (reason.above) break;
        stack.pop();
        leaf.pop();
      }
    }
    leaf.length = open.length = stack.length;
    open.push(c);
    leaf.push(c.keyword && LEAF_KEYWORD.test(c.el.text.trim()));
    // A level the outline set names it, whatever comparison closed the walk.
    if (c !== title && c.key.startsWith(`${OUTLINE_KEY}:`)) reason = why(reason.above, 'outline', 'outline');
    stack.push(c.key);
    const level = stack.length;
    levels.set(c.el.id, level);
    if (!walk.firstSeen.has(c.key)) walk.firstSeen.set(c.key, c.el.id);
    walk.lastLevel.set(c.key, level);
    const weighed = ctx.weigh([seen(reason.feature), ...(c.evidence ?? []).map((f) => seen(f))]);
    const message = `level ${level}: ${levelEvidence(c, title)}`;
    ctx.decisions.push({
      ...decision('headings', reason.rule, message, weighed.confidence, [c.el], true, 'rules', weighed.features),
      level,
    });
  }
  return levels;
}

/** What kind of heading it is, in words (kept beside the features until --explain words them). */
function levelEvidence(c: Candidate, title: Candidate | undefined): string {
  if (c === title) return 'the document title';
  if (c.el.hints?.outlineLevel !== undefined)
    return `depth ${c.el.hints.outlineLevel} in the PDF's outline (bookmarks)`;
  if (c.numbering) return `numbered "${c.numbering.label}" (${c.numbering.ladder} rank ${c.numbering.rank})`;
  if (c.keyword) return 'a top-level keyword heading';
  if (c.tocLevel !== undefined) return `listed at level ${c.tocLevel} in the table of contents`;
  if (c.sizeClass !== undefined) return `size class ${c.sizeClass}`;
  return 'unnumbered';
}
