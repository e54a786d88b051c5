// Title hierarchy: which elements are headings, and the level (1 = top) of each. The steps live in
// src/stages/headings/; each decision records the feature that decided it (`headings.<feature>`),
// weighed with the headings weights (src/weights/headings.ts) into its confidence.
//
// Evidence and precedence:
// 0. Candidates are the titles (and headers kept in the body as banners), plus paragraphs of one short line
//    the parser typed as text that are headings by their own words (promote.ts): numbered as the document's
//    typed headings are, their number following theirs or a word saying so ("Chapter 2"), or a top keyword
//    alone (`promoted-numbered-text`, `promoted-keyword-text`), or one short line opening its page where every typed
//    heading opens its page (`promoted-page-opener`). A section number set apart beside a candidate's words on the
//    same line ("B.3" | "Customized …", "第二章" | "总则") is theirs: the number is no heading, the words take its
//    numbering (`demoted-number-apart`, `number-apart`, headings/number-apart.ts), before any other demotion.
// 1. False titles are demoted first (candidates.ts), on the first evidence that applies: empty or
//    over-long text, a title marked continued or a long table's "Continued on next page", a sentence rather
//    than a heading (unless numbered: an FAQ's questions), a
//    figure/table label, a bare number, a note label or sidebar title, a lone lower-case name
//    (`headings.demoted-…`, demotions.ts), an author's name over the author's e-mail address on the first page
//    (`demoted-author`, authors.ts; the lower-case name waits for the sizes and stands only at body
//    size or with no size known, `heading-size-name`); an entry of the document's own table of contents
//    (`demoted-toc-entry`, `demoted-toc-line`); text smaller than the body text, or no larger while
//    the headings are (`demoted-smaller-than-body`, `demoted-body-size`); the name line right under a
//    bare opener ("Chapter 1" / "debdiff": `demoted-label-name`, labels.ts); a series name in the cover's
//    masthead that the running heads repeat, right above the title (`demoted-series-name`, series-name.ts); a title lying inside another
//    block's box, a label drawn in a figure (`demoted-inside-block`, inside.ts); an unnumbered line right above a picture
//    and centred on it, its title (`demoted-figure-title`, figure-title.ts); a numbered note in the run right under a
//    table (`demoted-table-note`, table-note.ts); without boxes, a word-sized title
//    in a run of word-sized scraps with a number among them, a chart's labels (`demoted-word-label`, word-labels.ts);
//    on a cover form of label-value lines, the document-kind line above the title field, which becomes the
//    title (`demoted-document-kind`, `cover-form-title`, cover-form.ts).
// 2. Each heading gets a key (levels.ts): its numbering scheme and rank ("1.2" → decimal rank 2;
//    "第一章" → decimal rank 1; "（一）" → cjk rank 2; "Article 5", "§ 3", "第五条" → article, a legal
//    text's smallest unit, below any other numbering, unless its clauses carry its number: "ĐIỀU 4" over "4.1",
//    `article-holds-clauses`, article-clauses.ts; "문제점 3", a number after the words in a run 1, 2, 3 …, the top
//    numbering, `trailing-number`, trailing-numbers.ts), a top-level keyword (Abstract, References,
//    参考文献 …) taking the key of the document's top numbered level, or else its contents level, its
//    size class (line height from the parser or estimated from the box, sizes.ts), or the parser's hint (set
//    aside when the numbering contradicts it or it restarts on every page, `hints-restart-per-page`, page-restarts.ts).
// 3. Levels come from a stack walk in reading order (walk.ts): "above" is decided by, in order of
//    precedence, `same-kind`, `under-title`, `numbering-depth`, `numbering-restarts`, `numbering-child-run`
//    (child-runs.ts), `toc-level` (toc.ts), `size-class`,
//    `parser-level` (one feature per parser family: parser-levels.ts; against size, the format's fitted
//    trust `parser-trust-<format>` decides: above 0 the parser's level, else size),
//    `same-size`, `earlier-levels`, then `first-appearance` — the weakest evidence, and
//    marked unsure.
// Levels are thus consecutive along every path, and a document title (the first, largest heading,
// title.ts; the first heading alone at the parser's top level, `title-parser-level`; or the first heading
// alone on a cover page, `title-cover-page`; or the heading right above the abstract on its page,
// `title-before-abstract`, or above the abstract's paragraph, `title-over-abstract-text`; or a preface whose only later headings are its end matter, `title-preface-alone`)
// is level 1 with the top sections at level 2. An unnumbered heading with nothing else known joins the top
// sections when the document numbers only those, with plain numbers (`plain-top-section`, levels.ts). One not set in capitals inside a numbered section, while the top sections
// are in capitals and the deeper ones are not, is one of the deeper when its size does not set it with the top
// (`mixed-below-caps`, headings/case-below.ts: revtex's `\subsection*`; with no deeper numbered heading, when every
// top section is numbered in capitals, `mixed-below-caps-alone`: acmart's unnumbered subsections). One with nothing else known that opens a page with no
// running head above it is one of the top sections when every top numbered section opens its page and the
// deeper ones mostly do not (`page-opener-top`, headings/page-openers.ts: a book's `\chapter*`). The parser's level hints count only where they vary and agree with the
// numbering (else `hints-contradict-numbering`); an unnumbered heading at the hint of one numbered kind alone
// is of that kind (`hint-of-numbered`; not when set clearly smaller than every heading of that kind, kind-maps.ts
// smallerThanKind: then its size ranks it), before the body-size style habit gives it a kind; within that habit, the
// space it leaves below it names the numbered kind leaving the same space, where the kinds' spaces lie apart
// (`space-below-of-numbered`, headings/space-below.ts: elsarticle's `\section*` and `\subsection*`), before its case. "A …", "B …" after the last plain-numbered section are lettered
// appendices (`letter-appendix`, appendix.ts). The first title stands even in a note label's words
// (`first-title-note-label`); a lone lower-case name with no size known is kept while the numbered sections
// are such names (`numbered-names`); a header repeating a title's words is no banner (candidates.ts), an
// unnumbered header kept in the body that opens its page is a title (`opener-header`; one of the top sections
// when no size is known); a blank one (Marker empties its page headers) opening its page above the text is a title
// whose words were lost, one of the top sections, the name line after it its own (`blank-opener-header`,
// headings/blank-opener.ts; under a numbered first heading, "11.7.", it stands for "11.7.3.", so "11.7.3.1." lies
// below it); a header holding the running head and a title folded in after it (Mistral OCR's
// page header field) is read as that title (text/folded-header.ts). Under Roman top sections a plain number
// after an appendix opener ("Appendix B: …" / "1. dh", revtex) is one of the appendix's subsections
// (`roman-appendix-subsection`), and a plain number right after a lettered subsection one rank below it (I → A → 1,
// `roman-letter-number`, headings/restarts.ts); a numbered kind whose counter restarts after a heading of another
// numbered kind is that kind's child (`numbering-restarts`, compared after `numbering-depth`); lettered subsections
// ("A.") with no Roman section make the unnumbered headings in capitals the Roman rank above them
// (`caps-over-letters`, headings/caps-over-letters.ts); an abstract, acknowledgments or references hold no sections: a heading only
// first appearance would nest under one is its sibling (`keyword-holds-none`). A manual page ("NAME" then
// "SYNOPSIS") has no title: its sections are siblings from the first (`manual-page-sections`, manual-page.ts).
// An unnumbered heading keyed a top section between a numbered heading and the next, which continues it below the top
// ("3." · it · "3.1."), is of the next heading's kind unless its size or case sets it apart (`inside-numbering`,
// headings/inside-numbering.ts); one in the one size of the top keywords (前言, 致谢, 参考文献) that no numbered heading
// has is a top section (`size-of-top-keywords`, headings/keyword-size.ts). A line typed as text whose plain number is
// written unlike the typed headings' ("2 …" beside "1. …") is not promoted (`number-form-habit`, headings/number-form.ts).
// Where nothing is numbered, headings in capitals and the top keywords are the top sections and the mixed-case ones
// after them one rank below (`caps-over-mixed`, headings/caps-over-mixed.ts: revtex with every section starred).
// Sections numbered "0.1", "0.2" run under unnumbered chapters (a `\chapter*` keeps the counter's 0): the top is the rank
// above them, and a "0.x" section closes what stands open below its chapter (`zero-chapter-top`, headings/zero-chapter.ts).
// An unnumbered heading set clearly larger than every heading of its hint's numbered kind is not of that kind
// (`hint-larger-than-kind`, kind-maps.ts). Among the lines typed as text (promote.ts): "Abstract" alone opening its
// page (`promoted-abstract-opener`, headings/abstract-opener.ts), a chapter's number in words opening its page where no
// typed heading is so numbered (`promoted-chapter-opener`, headings/chapter-opener.ts), and a restarting counter ("A."
// under each Roman section) taken once per parent (`restarting-number-scope`, headings/number-scope.ts).
import type { Decision } from '../model/decision.js';
import type { Element } from '../model/element.js';
import { demoteAbstractTitle } from './headings/abstract-title.js';
import { numberLetterAppendices } from './headings/appendix.js';
import { articlesHoldClauses } from './headings/article-clauses.js';
import { collectCandidates, demoteBySize, demoteTocEntries } from './headings/candidates.js';
import { demoteCapsSidebars } from './headings/caps-sidebar.js';
import { demoteOffCentre } from './headings/centred.js';
import { demoteClauseItems } from './headings/clause-items.js';
import { coverFormTitle } from './headings/cover-form.js';
import { demoteFigureTitles } from './headings/figure-title.js';
import { withLineTailsAsText } from './headings/heading-lines.js';
import { demoteInsideBlocks } from './headings/inside.js';
import { demoteLabelNames } from './headings/labels.js';
import { layoutOnlyTitle } from './headings/layout-title.js';
import { demoteLetterItems } from './headings/letter-items.js';
import { assignKeys } from './headings/levels.js';
import { manualPageSections } from './headings/manual-page.js';
import { rankPresentAncestors } from './headings/missing-ancestors.js';
import { joinNumbersApart } from './headings/number-apart.js';
import { demoteOrdinalLabels, readOrdinalLabels } from './headings/ordinal-label.js';
import { pageOpeners } from './headings/page-openers.js';
import { demoteByPdfStyle } from './headings/pdf-style.js';
import { demotePdfTerms } from './headings/pdf-term.js';
import { demoteSeriesName } from './headings/series-name.js';
import { nestSupplementRestarts } from './headings/supplement-restart.js';
import { demoteTableNotes } from './headings/table-note.js';
import { findDocumentTitle } from './headings/title.js';
import { demoteTitleRepeat } from './headings/title-repeat.js';
import { numberTrailing } from './headings/trailing-numbers.js';
import type { Candidate, HeadingContext } from './headings/types.js';
import { walkLevels } from './headings/walk.js';
import { demoteWordLabels } from './headings/word-labels.js';
import type { TableOfContents } from './toc.js';
import type { FurnitureResult, HeadingResult, MergeResult, StageInput } from './types.js';
import { weigher } from './weigh.js';

export { estimateLineHeight } from './headings/sizes.js';

export function assignHeadingLevels(
  stageInput: StageInput,
  furniture: FurnitureResult,
  textMerges: MergeResult,
  toc: TableOfContents,
): HeadingResult {
  // a heading given line by line is one heading: its later lines read as its words (headings/heading-lines.ts)
  const input = { ...stageInput, doc: withLineTailsAsText(stageInput.doc, textMerges) };
  const weights = input.options.weights.headings;
  const decisions: Decision[] = [];
  const sizes = { pages: input.doc.pages, tolerance: input.options.headings.sizeTolerance };
  const ctx: HeadingContext = { weights, weigh: weigher('headings', weights), decisions, demoted: new Set(), sizes };
  // a number set apart beside its words on one line is theirs (headings/number-apart.ts)
  const collected = collectCandidates(input, furniture, textMerges, ctx);
  const apart = joinNumbersApart(collected, input.doc.elements, furniture, ctx);
  // a template's chapter ordinal over a section numbered in another scheme is no heading (headings/ordinal-label.ts)
  const candidates = demoteOrdinalLabels(apart, input.doc.elements, furniture, ctx);
  const beside = demoteByPlace(candidates, toc, input.doc.elements, furniture, ctx);
  const named = coverFormTitle(
    demoteSeriesName(demoteLabelNames(beside, input.doc.elements, furniture, ctx), input.doc.elements, furniture, ctx),
    input.doc.elements,
    furniture,
    ctx,
  );
  const bySize = demoteBySize(demoteAbstractTitle(named, input.doc.elements, furniture, ctx), input, furniture, ctx);
  const styled = demotePdfTerms(demoteByPdfStyle(bySize, input, furniture, ctx), input, furniture, ctx);
  const items = demoteLetterItems(styled, input.doc.elements, furniture, ctx);
  const kept = demoteClauseItems(items, input.doc.elements, furniture, ctx);
  const capsTop = weights['caps-top-section'] > 0;
  const plainTop = weights['plain-top-section'] > 0;
  if (weights['ordinal-label'] > 0) readOrdinalLabels(kept);
  if (weights['letter-appendix'] > 0) numberLetterAppendices(kept);
  if (weights['article-holds-clauses'] > 0) articlesHoldClauses(kept);
  if (weights['trailing-number'] > 0) numberTrailing(kept);
  if (weights['missing-ancestors'] > 0) rankPresentAncestors(kept, input.doc.elements, furniture);
  const hintTrust = weights['hints-contradict-numbering'] > 0;
  const { sizeTolerance } = input.options.headings;
  const pdfFonts = weights['pdf-font-of-numbered'] > 0;
  const mixedBelow = weights['mixed-below-caps'] > 0;
  const opens = weights['page-opener-top'] > 0 ? pageOpeners(input.doc.elements) : undefined;
  const facts = assignKeys(kept, toc, sizeTolerance, input.doc.format, capsTop, plainTop, hintTrust, pdfFonts, {
    mixedBelow,
    mixedBelowAlone: weights['mixed-below-caps-alone'] > 0,
    pageOpeners: opens,
    appendixSubsections: weights['roman-appendix-subsection'] > 0,
    letterNumbers: weights['roman-letter-number'] > 0,
    capsOverLetters: weights['caps-over-letters'] > 0,
    insideNumbering: weights['inside-numbering'] > 0,
    hintOverInside: weights['hint-over-inside'] > 0,
    keywordSize: weights['size-of-top-keywords'] > 0,
    capsOverMixed: weights['caps-over-mixed'] > 0,
    pageRestarts: weights['hints-restart-per-page'] > 0,
    childRuns: weights['numbering-child-run'] > 0,
    namedInParent: weights['named-in-parent'] > 0,
    romanLater: weights['roman-top-later'] > 0,
    zeroChapter: weights['zero-chapter-top'] > 0,
    largerThanKind: weights['hint-larger-than-kind'] > 0,
    capsSharedSize: weights['caps-top-shared-size'] > 0,
    mixedBelowKeywords: weights['mixed-below-caps-keywords'] > 0,
  });
  if (weights['supplement-restart'] > 0) nestSupplementRestarts(kept, facts.topKey);
  const manualPage = weights['manual-page-sections'] > 0 && manualPageSections(kept);
  const title = manualPage
    ? undefined
    : (findDocumentTitle(
        kept,
        input.doc.elements,
        furniture,
        weights['title-parser-level'] > 0,
        weights['title-before-abstract'] > 0,
        weights['title-preface-alone'] > 0,
        weights['title-over-abstract-text'] > 0,
      ) ?? layoutOnlyTitle(kept, input.doc.elements));
  if (title) title.key = 'title';
  // A contents list whose indents overrule its numbers ranks before them (toc.ts `indentsOverNumbering`, walk.ts).
  const walked = demoteTitleRepeat(kept, title, input.doc.elements, furniture, ctx);
  const levels = walkLevels(walked, title, { ...facts, tocOverNumbering: toc.indentsOverNumbering }, ctx);
  return { levels, demoted: ctx.demoted, decisions };
}

/** The demotions read from a title's place: contents entries, sidebars, off-centre lines, labels in or over figures. */
function demoteByPlace(
  candidates: Candidate[],
  toc: TableOfContents,
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  const sidebars = demoteCapsSidebars(demoteTocEntries(candidates, toc, ctx), elements, furniture, ctx);
  const listed = demoteOffCentre(sidebars, elements, furniture, ctx);
  const inside = demoteFigureTitles(demoteInsideBlocks(listed, elements, furniture, ctx), elements, furniture, ctx);
  return demoteTableNotes(demoteWordLabels(inside, elements, furniture, ctx), elements, furniture, ctx);
}
