// Weights of the headings stage (src/stages/headings.ts). Each is the log-odds one kind of evidence gives
// its decision: the confidence is logistic(bias + weight), so the defaults are the logits of the
// confidences the stage has always given (1.735 → 0.85, 2.945 → 0.95, 0.848 → 0.70 …). A weight of 0 or
// less switches that evidence off: a demotion then keeps the title, a level comparison skips to the next
// kind of evidence (except `first-heading`, `top-section` and the last resort `first-appearance`, which
// always apply: their weights only set the confidence).
import { z } from 'zod';

const weight = z.number();

/**
 * The input formats that carry their own heading levels (hints.level), each with a trust (`parser-trust-<format>`):
 * the log-odds that its level is right where it and the size class disagree on which of two headings stands above
 * (stages/headings/parser-levels.ts). Above 0 the parser's level decides such a conflict, else size; written by
 * `npm run fit` (src/fit/parser-trust.ts) from the conflicts of the training documents.
 */
export const LEVELLED_FORMATS = [
  'azure-di',
  'deepseek-ocr',
  'docling',
  'dots-ocr',
  'marker',
  'mineru-content-list',
  'mineru-content-list-v2',
  'mineru-middle',
  'mineru-model',
  'mistral-ocr',
  'paddleocr',
  'pdf',
  'popo',
  'unstructured',
] as const;

export type TrustFeature = `parser-trust-${(typeof LEVELLED_FORMATS)[number]}`;

const trustShape = Object.fromEntries(LEVELLED_FORMATS.map((f) => [`parser-trust-${f}`, weight])) as Record<
  TrustFeature,
  typeof weight
>;

export const headingsWeightsSchema = z.strictObject({
  bias: weight,
  // Demotions: why a title the parser gave is not a heading.
  'demoted-empty': weight,
  'demoted-no-words': weight,
  /** Without coordinates, a title of one letter ("A", "x"): a figure's, a logo's or the arXiv stamp's scrap. */
  'demoted-letter-scrap': weight,
  /** Without coordinates, a word-sized title among ≥2 word-sized neighbours (a chart's axis or legend labels). */
  'demoted-word-label': weight,
  'demoted-bare-number': weight,
  'demoted-too-long': weight,
  'demoted-caption-label': weight,
  'demoted-subfigure-caption': weight,
  'demoted-sentence': weight,
  'demoted-option-term': weight,
  /** Unnumbered, ending in a semicolon ("Height height;"): a statement of a configuration's or a program's syntax. */
  'demoted-statement': weight,
  /** Unnumbered, in capitals, two words or more, where no other heading is in capitals and sidebars show capital labels. */
  'demoted-caps-sidebar': weight,
  /** Unnumbered, flush left in its column, where the document centres its numbered and other headings (amsart). */
  'demoted-off-centre': weight,
  'demoted-admonition': weight,
  'demoted-note-label': weight,
  'demoted-continued': weight,
  /** An unnumbered title of a few words on the first page, the next element opening with an e-mail address: an author. */
  'demoted-author': weight,
  'demoted-lowercase-name': weight,
  'demoted-toc-entry': weight,
  'demoted-toc-line': weight,
  'demoted-smaller-than-body': weight,
  'demoted-body-size': weight,
  /** With the source PDF: unnumbered, at the body text's font size, neither bold nor italic. */
  'demoted-pdf-body-size': weight,
  /** With the source PDF: a lower-case name with its arguments at the body's size, not in the outline (pdf-term.ts). */
  'demoted-pdf-term': weight,
  'demoted-label-name': weight,
  /** The first heading in the running heads' words, right above another heading on its page: a series name. */
  'demoted-series-name': weight,
  /** On a cover form (≥2 other "label：value" lines on the first page), the unnumbered heading above the title field. */
  'demoted-document-kind': weight,
  /** The cover form's title field ("题目：…", "Title: …") among ≥2 other label-value lines: the title. */
  'cover-form-title': weight,
  'demoted-inside-block': weight,
  /** The whole title in one pair of round brackets, unnumbered: a note ("（保密论文在解密后遵守此规定）"). */
  'demoted-parenthesized': weight,
  /** Unnumbered, not the first heading, right above an abstract heading while an abstract stands earlier: a translated abstract's title. */
  'demoted-abstract-title': weight,
  /** The document title's words again on a later page, the next heading right below it: a supplement's repeated title. */
  'demoted-title-repeat': weight,
  /** "b) …" with the entry of the letter before or after it in body text near it: a list entry. */
  'demoted-letter-item': weight,
  /** "4.1.5 …" whose sibling clause ("4.1.4 …", "4.1.6 …") near it is a paragraph typed text: a clause. */
  'demoted-clause-item': weight,
  /** Unnumbered, keyed a top section, its whole text inside the top section right before it on its page: one rank below. */
  'named-in-parent': weight,
  /** A top section numbered 1 again right after an unnumbered top heading: the restarted sections are its children. */
  'supplement-restart': weight,
  /** A decimal heading whose leading parts ("2", "2.1") start no element of the document: ranked among the present ones. */
  'missing-ancestors': weight,
  /** A section number alone ("B.3", "IV.", "第3章") beside a heading's words on the same line: the number is no heading. */
  'demoted-number-apart': weight,
  /** A heading's words with their number set apart beside them on the same line: they take its numbering. */
  'number-apart': weight,
  /** Unnumbered, right above a picture, narrower than it and centred on it: the picture's own title. */
  'demoted-figure-title': weight,
  'body-size-habit': weight,
  /** The top keywords at body size count toward the body-size habit (one numbered section and the keywords). */
  'body-size-keywords': weight,
  // Levels: what told a heading's place against the open heading above it, in order of precedence.
  'first-heading': weight,
  'title-cover-page': weight,
  'top-section': weight,
  'same-kind': weight,
  'under-title': weight,
  'numbering-depth': weight,
  'toc-level': weight,
  'size-class': weight,
  'parser-level': weight,
  'parser-level-markdown': weight,
  'parser-level-document': weight,
  ...trustShape,
  outline: weight,
  'same-size': weight,
  'earlier-levels': weight,
  'first-appearance': weight,
  /** A header the parser labelled, kept in the body by the furniture stage, numbered or a keyword: a banner. */
  'numbered-header': weight,
  /** Unnumbered, in capitals, no size known, while the top numbered sections are set in capitals. */
  'caps-top-section': weight,
  /** A paragraph of one short line, numbered as the document's headings are (or by a word: "Chapter 2"): a heading typed as text. */
  'promoted-numbered-text': weight,
  /** A paragraph that is a top keyword alone ("References", "致谢"): a heading typed as text. */
  'promoted-keyword-text': weight,
  /** The first heading, unnumbered, is the only one at the parser's top level (every later one has a deeper level hint). */
  'title-parser-level': weight,
  /** A lone lower-case name ("dget") set clearly larger than the body text: a heading, not a defined term. */
  'heading-size-name': weight,
  /** Unnumbered, no size, level or contents entry known, while the document numbers its top sections only. */
  'plain-top-section': weight,
  /** The parser's level hints contradict the document's numbering (each page restarting at `#`, a level off): they tell nothing. */
  'hints-contradict-numbering': weight,
  /** The parser's level hints restart at the top on every page (page-restarts.ts): they tell nothing. */
  'hints-restart-per-page': weight,
  /** Unnumbered, at the level hint of one numbered kind alone, the hints agreeing with the numbering: one of that kind. */
  'hint-of-numbered': weight,
  /** "A Title", "B Title" after the last plain-numbered section ("5 Results"): a lettered appendix, one of the top sections. */
  'letter-appendix': weight,
  /** The document's first title, in a note label's words ("提示", "Tip"): the title, not a note's label. */
  'first-title-note-label': weight,
  /** The document's first title, though it reads as a sidebar's label and title ("使用 cron 和 atd …"): the title. */
  'first-title-sidebar': weight,
  /** The document's first title, in a note label's words but set in its page's largest PDF type (≥ 1.3 × body): the title. */
  'pdf-title-type': weight,
  /** A lone lower-case name, no size known, while two or more numbered sections are such names ("2 dget"): a section. */
  'numbered-names': weight,
  /** A header kept in the body, unnumbered, the first body element of its page and one short line: a title labelled header. */
  'opener-header': weight,
  /** A blank header kept in the body, the first body element of its page, above its text: a title whose words the parser lost. */
  'blank-opener-header': weight,
  /** With the source PDF: unnumbered, in the PDF font (name and size) of one numbered kind of heading alone: one of that kind. */
  'pdf-font-of-numbered': weight,
  /** Unnumbered, not in capitals, inside a numbered section, while the top sections are in capitals and the deeper ones not: one of the deeper. */
  'mixed-below-caps': weight,
  /** Unnumbered, in mixed case, inside a numbered section, while every top section (three or more) is numbered in capitals and none deeper: one rank below. */
  'mixed-below-caps-alone': weight,
  /** Unnumbered, nothing else known, opening its page, while every top numbered section opens its page and the deeper ones mostly not: one of the top. */
  'page-opener-top': weight,
  /** Three or more unnumbered headings whose last words run 1, 2, 3 … ("들어가며 1", "문제점 3"): the top numbered sections. */
  'trailing-number': weight,
  /** Articles ("ĐIỀU 4", "Article 4") whose decimal clauses carry their number ("4.1"): one rank above those clauses. */
  'article-holds-clauses': weight,
  /** With the source PDF: a text element whose text is an outline entry's very text (the entry's page): a heading typed as text. */
  'promoted-outline-text': weight,
  /** With the source PDF: one line of text in the PDF font of an outline-listed heading, ≥ 1.2 × body: a heading. */
  'promoted-pdf-outline-font': weight,
  /** With the source PDF: one line of text in the PDF font the typed numbered headings of one kind alone are set in: a heading. */
  'promoted-pdf-numbered-font': weight,
  /** With the source PDF: a numbered list item set in the PDF font of the typed headings of its rank: a heading. */
  'promoted-pdf-list-item': weight,
  /** The first heading, unnumbered, with the abstract's heading next on its page: the document title. */
  'title-before-abstract': weight,
  /** The first heading is a preface whose only later headings are its end matter (Acknowledgments, References): the document title. */
  'title-preface-alone': weight,
  /** Plain-numbered ("1. dh") after an appendix opener under Roman top sections: one rank below them (revtex). */
  'roman-appendix-subsection': weight,
  /** The open heading is a keyword that holds no sections (Abstract, References) and only first appearance would nest the next under it: siblings. */
  'keyword-holds-none': weight,
  /** The first heading is "NAME" and the next "SYNOPSIS": a manual page's sections, no title. */
  'manual-page-sections': weight,
  /** One short line typed as text opening its page, while every typed heading opens its page: a chapter title. */
  'promoted-page-opener': weight,
  /** Unnumbered at body size, leaving below it the space of one numbered kind alone (the kinds' spaces apart): one of that kind. */
  'space-below-of-numbered': weight,
  /** Numbered kinds whose spaces below do not lie apart count as one group (the shallowest); top keywords measure the top kind. */
  'space-below-groups': weight,
  /** Two numbered kinds of different ladders: the counter of one restarts after a heading of the other, its parent. */
  'numbering-restarts': weight,
  /** A numbering's one run from 1 between two headings of another ladder nests under the first (child-runs.ts). */
  'numbering-child-run': weight,
  /** Under Roman top sections, a plain number ("1.") right after a lettered heading ("C.") or another such number: one rank below the letters. */
  'roman-letter-number': weight,
  /** Unnumbered, in capitals, while the first numbered heading is lettered ("A.") and no Roman one exists: the top sections whose numbers were lost. */
  'caps-over-letters': weight,
  /** A decimal number ("1.1") whose parent ("1", "Chapter 1") stands open above unnumbered headings: it closes them. */
  'number-names-parent': weight,
  /** The first unnumbered heading nothing ranks, right after a numbered one: its sibling, not its child. */
  'plain-beside-number': weight,
  /** A line typed as text writes its plain number unlike every typed heading ("2 …" beside "1. …"): not promoted. */
  'number-form-habit': weight,
  /** A line typed as text that closes its page (the body runs on on a later page): no heading by its number (a footnote). */
  'page-foot-text': weight,
  /** The first numbered heading is lettered ("A.", its "I." lost) and a later one Roman ("II."): the Roman sections are the top. */
  'roman-top-later': weight,
  /** Unnumbered, in capitals, in a size class the top (in capitals) and deeper (not) numbered kinds share: a top section. */
  'caps-top-shared-size': weight,
  /** The top keywords in capitals ("ACKNOWLEDGMENTS") count as top sections in capitals for mixed-below-caps. */
  'mixed-below-caps-keywords': weight,
  /** First appearance alone would nest a keyword holding no sections (References) under an unnumbered heading: its sibling. */
  'keyword-beside-plain': weight,
  /** The first heading, unnumbered, with the abstract's paragraph ("Abstract. …") below it on its page: the document title. */
  'title-over-abstract-text': weight,
  /** Unnumbered, keyed a top section, between a numbered heading and the next that continues it below the top: of the next's kind. */
  'inside-numbering': weight,
  /** Unnumbered, in the one size of two or more top keyword headings that no numbered heading has: a top section. */
  'size-of-top-keywords': weight,
  /** Nothing numbered: the headings in capitals and the keywords are the top sections, the mixed-case ones below. */
  'caps-over-mixed': weight,
  /** The shallowest sections are numbered "0.x" (a chapter counter of 0): the top is the rank above, the unnumbered chapters'. */
  'zero-chapter-top': weight,
  /** Unnumbered, set clearly larger than every heading of the numbered kind its level hint names: the hint names no kind. */
  'hint-larger-than-kind': weight,
  /** "Abstract" alone typed as text, opening its page with text after it: the abstract page's heading. */
  'promoted-abstract-opener': weight,
  /** A restarting counter ("A." under each Roman section) is taken once per parent, not once per document (number-scope.ts). */
  'restarting-number-scope': weight,
  /** "Chapter 1" / "第一章 …" typed as text opening its page, no typed heading of its ladder: a chapter. */
  'promoted-chapter-opener': weight,
});

export type HeadingsWeights = z.infer<typeof headingsWeightsSchema>;

export const defaultHeadingsWeights: HeadingsWeights = {
  bias: 0,
  'demoted-empty': 1.735,
  'demoted-no-words': 1.735,
  'demoted-letter-scrap': 1.735,
  // Hand-set as the letter scraps (headings/word-labels.ts): 0.85.
  'demoted-word-label': 1.735,
  'demoted-bare-number': 1.735,
  'demoted-too-long': 1.735,
  'demoted-caption-label': 1.735,
  'demoted-subfigure-caption': 1.735,
  'demoted-sentence': 1.735,
  'demoted-option-term': 1.735,
  // Hand-set as demoted-option-term (session 22, head8: amsart "Height height;" typed titles; none of the six such
  // titles in the MinerU train/dev corpora is a gold heading).
  'demoted-statement': 1.735,
  // Hand-set (session 22, head8: "VOCABULARY ISP", "GOING FURTHER RAID-10"): 0.6 below the text demotions, since the
  // document's habits decide it, not its words (headings/caps-sidebar.ts); 0 or less: off.
  'demoted-caps-sidebar': 1.135,
  // Hand-set as demoted-caps-sidebar (session 23, head9: amsart description terms "MainWidget", "Description" typed
  // titles): the document's habit decides it, not its words (headings/centred.ts); 0 or less: off.
  'demoted-off-centre': 1.135,
  'demoted-admonition': 1.735,
  'demoted-note-label': 1.735,
  'demoted-continued': 1.735,
  // Hand-set as the other text demotions (not refitted here); 0 or less: off (headings/authors.ts).
  'demoted-author': 1.735,
  'demoted-lowercase-name': 1.735,
  'demoted-toc-entry': 1.735,
  'demoted-toc-line': 1.735,
  // Size alone is weaker evidence: 0.70.
  'demoted-smaller-than-body': 0.848,
  'demoted-body-size': 0.848,
  // Off: on the LaTeX corpus (acm/ams papers) it demoted real headings as often as false ones (docs/pdf.md).
  'demoted-pdf-body-size': 0,
  // A description term at body size in the PDF (headings/pdf-term.ts): hand-set as the text demotions, 0.85.
  'demoted-pdf-term': 1.735,
  // The name line under a bare opener ("Chapter 1" / "Introduction"): 0.85.
  'demoted-label-name': 1.735,
  // A series name in a cover's masthead, repeated by the running heads (headings/series-name.ts): 0.85, hand-set.
  'demoted-series-name': 1.735,
  // A cover form's document-kind line and title field (headings/cover-form.ts): 0.85, hand-set.
  'demoted-document-kind': 1.735,
  'cover-form-title': 1.735,
  // A title inside a larger block's box (a chart label): 0.85.
  'demoted-inside-block': 1.735,
  // The document sets its numbered headings at body size: a body-size title is kept (a habit; the
  // weight adds to its level's confidence, 0 or less switches the habit off).
  'body-size-habit': 0.3,
  // Hand-set (not fitted; session 22, head8's fresh elsarticle: one numbered section, the `\section*`s dropped as
  // body text). A switch: 0 or less counts only the numbered headings (two or more) toward the habit.
  'body-size-keywords': 0.3,
  'first-heading': 2.2,
  // The title alone on a cover page (a few short lines beside it, the next heading on a later page).
  'title-cover-page': 0.5,
  'top-section': 2.2,
  'same-kind': 2.2,
  'under-title': 1.735,
  'numbering-depth': 2.945,
  'toc-level': 2.2,
  'size-class': 1.735,
  'parser-level': 1.1,
  // The same evidence from Markdown writers (Mistral, DeepSeek, Marker) and whole-document parsers
  // (Docling, Azure DI): one weight per family, to be fitted apart.
  'parser-level-markdown': 1.1,
  'parser-level-document': 1.1,
  // Where size and the parser's level disagree: 0 (a tie) lets size decide, as before the fit; `npm run fit`
  // writes each format's fitted trust (src/fit/parser-trust.ts). The weights above set the confidence only.
  ...(Object.fromEntries(LEVELLED_FORMATS.map((f) => [`parser-trust-${f}`, 0])) as Record<TrustFeature, number>),
  // The source PDF's bookmarks (--pdf): 0.97.
  outline: 3.476,
  'same-size': 0.848,
  'earlier-levels': 0.406,
  'first-appearance': 0.201,
  // Office reports' section banners ("01 7.1. debdiff") labelled header: every numbered one the furniture
  // stage kept in the body was a gold heading on the office train/dev families (74 of 74), 40 of 60 on the
  // LaTeX book/thesis ones (the rest: Unstructured's running heads "CHAPTER 1. …"); the keyword ones
  // ("Preface", "前言") there, 62 of 64. Adds to the
  // level's confidence; 0 or less: headers are never headings.
  'numbered-header': 0.3,
  // Adds to the level's confidence (the heading takes the top sections' key); 0 or less: off.
  'caps-top-section': 0.3,
  // Headings the parser typed as text (promote.ts). Adds to the level's confidence; 0 or less: off.
  'promoted-numbered-text': 0.3,
  'promoted-keyword-text': 0.3,
  // The first heading alone at the parser's top level is the document title (title.ts). Adds to the title's
  // confidence; 0 or less: off.
  'title-parser-level': 0.5,
  // A lone lower-case name set at a heading's size stays a heading (candidates.ts); adds to its level's
  // confidence; 0 or less: the name is demoted whatever its size.
  'heading-size-name': 0.3,
  // Adds to the level's confidence (the heading takes the top sections' key, levels.ts); 0 or less: off.
  'plain-top-section': 0.3,
  // Adds to the level's confidence of an unnumbered heading whose hint is set aside; 0 or less: hints are
  // used whatever the numbering says (levels.ts).
  'hints-contradict-numbering': 0.1,
  // Hand-set as hints-contradict-numbering (an unsure level; 0 or less: the hints are kept).
  'hints-restart-per-page': 0.1,
  // Adds to the level's confidence (the heading takes the numbered kind's key, levels.ts).
  'hint-of-numbered': 0.6,
  // Adds to the level's confidence (appendix.ts); 0 or less: a lone capital is no numbering.
  'letter-appendix': 0.6,
  // Adds to the title's confidence (candidates.ts); 0 or less: a note label is demoted wherever it stands.
  'first-title-note-label': 0.3,
  // Adds to the title's confidence (candidates.ts); 0 or less: a sidebar's form is demoted wherever it stands.
  // Hand-set as first-title-note-label: a sidebar follows a heading, it does not open the document.
  'first-title-sidebar': 0.3,
  // Adds to the title's confidence (pdf-title-type.ts, --pdf); 0 or less: the note-label shape demotes it.
  'pdf-title-type': 0.3,
  // Adds to the level's confidence (candidates.ts); 0 or less: with no size known a lone lower-case name is demoted.
  'numbered-names': 0.3,
  // Adds to the level's confidence (candidates.ts); 0 or less: an unnumbered header is never a heading.
  'opener-header': 0.3,
  // Marker empties its PageHeader blocks: every blank one the furniture stage kept in the body that opens its
  // page was a gold heading on the styles train/dev splits (86 of 86; the two others, a table's cut-out cells,
  // lie beside the text). Adds to the level's confidence (candidates.ts); 0 or less: a blank header is dropped.
  'blank-opener-header': 0.3,
  // Adds to the level's confidence (the heading takes the numbered kind's key, levels.ts); 0 or less: off.
  'pdf-font-of-numbered': 0.6,
  // Adds to the level's confidence (the heading takes the deeper numbered kind's key, headings/case-below.ts);
  // 0 or less: off.
  'mixed-below-caps': 0.3,
  // Hand-set, as mixed-below-caps (not refitted here). Adds to the level's confidence (headings/case-below.ts);
  // 0 or less: off, with no deeper numbered heading the case habit is not read.
  'mixed-below-caps-alone': 0.3,
  // Adds to the level's confidence (the heading takes the top sections' key, headings/page-openers.ts);
  // 0 or less: off.
  'page-opener-top': 0.3,
  // Hand-set (no corpus family prints its numbers after the words). Adds to the level's confidence
  // (headings/trailing-numbers.ts); 0 or less: off, such headings stay unnumbered.
  'trailing-number': 0.3,
  // Hand-set (not fitted: no corpus family numbers clauses inside worded articles). Adds to the level's confidence
  // (headings/article-clauses.ts); 0 or less: off, an article stays below every other numbering.
  'article-holds-clauses': 0.3,
  // The outline (bookmarks) names a text element of its entry's very text on the entry's page (src/pdf/outline.ts):
  // a heading the parser typed as text, ranked by the outline (promote.ts). Adds to the level's confidence; 0 or
  // less: such an element stays text and the entry is only reported.
  'promoted-outline-text': 0.6,
  // Session 22 (issue #14), hand-set below promoted-outline-text: one line of text in the font of an outline-listed
  // heading, well over the body's size (pdf-outline-font.ts). Adds to the level's confidence; 0 or less: off.
  'promoted-pdf-outline-font': 0.3,
  // Session 26 (issue #14), hand-set as the above: in the font of one kind of typed numbered headings (pdf-numbered-font.ts).
  'promoted-pdf-numbered-font': 0.3,
  // Session 17 (issue #14), hand-set as promoted-numbered-text: a numbered list item in the PDF font of the typed
  // headings of its rank, continuing their numbers (promote.ts). Adds to the level's confidence; 0 or less: off.
  'promoted-pdf-list-item': 0.3,
  // The first heading right above the abstract on its page is the document title (title.ts). Adds to the title's
  // confidence; 0 or less: off.
  'title-before-abstract': 0.5,
  // A preface alone, its end matter under it, is titled by it (title.ts). Adds to the title's confidence; 0 or less: off.
  'title-preface-alone': 0.5,
  // Adds to the level's confidence (levels.ts: the heading takes the lettered subsections' key); 0 or less: off.
  'roman-appendix-subsection': 0.3,
  // Weak evidence, as first-appearance is (levels.ts); 0 or less: off, first appearance nests under such keywords.
  'keyword-holds-none': 0.406,
  // Adds to the first heading's level confidence (manual-page.ts); 0 or less: off, the title rules decide.
  'manual-page-sections': 0.3,
  // Adds to the level's confidence (promote.ts); 0 or less: off.
  'promoted-page-opener': 0.3,
  // Adds to the level's confidence (the heading takes the numbered kind's key, headings/space-below.ts); 0 or
  // less: off, the case habit keys it.
  'space-below-of-numbered': 0.3,
  // Hand-set (not fitted; session 22, head8: elsarticle's \subsection* before any numbered section). A switch: 0 or
  // less keeps every kind apart or none (space-below.ts); it adds no confidence of its own.
  'space-below-groups': 0.3,
  // A level comparison as numbering-depth is, but across ladders (headings/restarts.ts); 0 or less: off.
  'numbering-restarts': 2.2,
  // Hand-set a little below numbering-restarts (one run seen, not a restart): 0.85.
  'numbering-child-run': 1.735,
  // Adds to the level's confidence (restarts.ts keyLetterNumbers); 0 or less: off, a plain number keeps its own key.
  'roman-letter-number': 0.3,
  // Hand-set (not fitted). Adds to the level's confidence (headings/caps-over-letters.ts: the heading takes the Roman
  // top key); 0 or less: off, a heading in capitals keeps the key its size class gives.
  'caps-over-letters': 0.3,
  // Hand-set (not fitted). Adds to the level's confidence (headings/walk.ts namedParent); 0 or less: off, the
  // walk compares the unnumbered headings between with the number as any two kinds.
  'number-names-parent': 0.3,
  // Hand-set (not fitted; sibling or above 58 of 65 times on the LaTeX train/dev gold). Adds to the level's
  // confidence (headings/walk.ts plainAfterNumbered); 0 or less: off, first appearance nests it under the number.
  'plain-beside-number': 0.3,
  // Hand-set (not fitted; session 20, head6's fresh papers). A switch: 0 or less turns the habit off (promote.ts,
  // headings/number-form.ts); no decision weighs it, since it keeps a line text.
  'number-form-habit': 0.3,
  // Hand-set (not fitted; session 22, head8's fresh reports: footnotes "1 The Debian BTS …" promoted). A switch: 0 or
  // less turns it off (promote.ts, headings/page-foot.ts); no decision weighs it, since it keeps a line text.
  'page-foot-text': 0.3,
  // Hand-set (not fitted; session 23, head9: revtex under MinerU 2 losing "I. TIMEZONE"). Adds to the Roman sections'
  // level confidence (levels.ts topNumbering); 0 or less: off, only a Roman first numbered heading sets the top.
  'roman-top-later': 0.3,
  // Hand-set (not fitted; session 23, head9: the same revtex paper, its "TIME SYNCHRONIZATION"). Adds to the level's
  // confidence (headings/caps-shared-size.ts: the heading takes the top key); 0 or less: off, the size class keys it.
  'caps-top-shared-size': 0.3,
  // Hand-set (not fitted; session 23, head9: revtex with one Roman section and "ACKNOWLEDGMENTS", its "Migrating to
  // UTF-8" a top section). A switch: 0 or less, only numbered top sections show the case habit (case-below.ts).
  'mixed-below-caps-keywords': 0.3,
  // Weak evidence, as keyword-holds-none (not fitted; session 23, head9: elsarticle credits under Mistral, its
  // "Acknowledgments" nested under a description term typed a heading). 0 or less: off, first appearance nests it.
  'keyword-beside-plain': 0.406,
  // Hand-set as title-before-abstract (not fitted; session 20, head6's fresh amsart papers). Adds to the title's
  // confidence (headings/abstract-below.ts); 0 or less: off.
  'title-over-abstract-text': 0.5,
  // Hand-set (not fitted; session 20, head6's fresh elsarticle and revtex papers). Adds to the level's confidence
  // (headings/inside-numbering.ts: the heading takes the next numbered heading's key); 0 or less: off.
  'inside-numbering': 0.3,
  // Hand-set (not fitted; session 20, head6's fresh ctexbook). Adds to the level's confidence (headings/keyword-size.ts:
  // the heading takes the top key); 0 or less: off.
  'size-of-top-keywords': 0.3,
  // Hand-set (not fitted; session 21, head7's fresh revtex papers). Adds to the level's confidence
  // (headings/caps-over-mixed.ts: the heading takes the top key or the one below); 0 or less: off.
  'caps-over-mixed': 0.3,
  // Hand-set as the other text demotions (not fitted; session 21, the dev thesis's declaration page): 0.85; 0 or
  // less: off (headings/parenthesized.ts).
  'demoted-parenthesized': 1.735,
  // Hand-set as demoted-series-name (not fitted; session 21, the dev thesis's English title over its "ABSTRACT"):
  // 0.85; 0 or less: off (headings/abstract-title.ts).
  'demoted-abstract-title': 1.735,
  // Hand-set as demoted-abstract-title (not fitted; session 25, the dev paper 2203.01017v2's title over its
  // "Supplementary Material"): 0.85; 0 or less: off (headings/title-repeat.ts).
  'demoted-title-repeat': 1.735,
  // Hand-set as demoted-abstract-title (not fitted; session 25, the dev insurance rules' "b) …" typed a title between
  // "a) …" and "c) …" typed text): 0.85; 0 or less: off (headings/letter-items.ts).
  'demoted-letter-item': 1.735,
  // Hand-set as demoted-letter-item (not fitted; session 25, the dev datasheet's "4.1.5 …：" among clauses typed
  // text): 0.85; 0 or less: off (headings/clause-items.ts).
  'demoted-clause-item': 1.735,
  // Hand-set (not fitted; session 21, the dev thesis's "原创性声明" under its declaration page's heading). Adds to the
  // level's confidence (headings/named-in-parent.ts: the heading takes the key one rank below the top); 0 or less: off.
  'named-in-parent': 0.3,
  // Hand-set as named-in-parent (not fitted; session 25, the dev paper 2203.01017v2's supplement numbered from 1
  // again). Adds to the level's confidence (headings/supplement-restart.ts); 0 or less: off.
  'supplement-restart': 0.3,
  // Hand-set as named-in-parent (not fitted; session 25, the dev sample of a Redbook's pages, "2.1.6" with no "2" or
  // "2.1"). Adds to the level's confidence (headings/missing-ancestors.ts); 0 or less: off.
  'missing-ancestors': 0.3,
  // Hand-set as demoted-letter-item (not fitted; session 26, the heading corpora's "B." | "3 Customized debian/rules"
  // and "第二章" | "B.1. …" cut apart on one line): 0.85; 0 or less: off (headings/number-apart.ts, with number-apart).
  'demoted-number-apart': 1.735,
  // Hand-set as missing-ancestors (not fitted; session 26, the same). Adds to the level's confidence of the words that
  // take the number's numbering (headings/number-apart.ts); 0 or less: off, the number and the words stay as given.
  'number-apart': 0.3,
  // Hand-set as demoted-inside-block's kind (not fitted; session 26, the real dev set's Marker paper switch_trans: a
  // diagram's title lines typed SectionHeader): 0.85; 0 or less: off (headings/figure-title.ts).
  'demoted-figure-title': 1.735,
  // Hand-set (not fitted; session 24, head10's fresh ctexbook: "邮件服务器" as `\chapter*` over "0.1 配置虚拟域"). Adds to
  // the top sections' level confidence (headings/zero-chapter.ts); 0 or less: off, the "0.x" sections are the top.
  'zero-chapter-top': 0.3,
  // Hand-set (not fitted; session 24, head10's fresh report under MinerU 2: a `\chapter*` at its "0.x" sections' level).
  // Adds to the level's confidence (kind-maps.ts largerThanKind); 0 or less: off, the hint keys it whatever its size.
  'hint-larger-than-kind': 0.3,
  // Hand-set as promoted-keyword-text (not fitted; session 24, head10's fresh reports under Mistral, Marker and
  // Unstructured: "Abstract" typed as text atop its page). Its confidence as a heading; 0 or less: off.
  'promoted-abstract-opener': 0.3,
  // Hand-set (not fitted; session 24, head10's fresh IEEEtran under Unstructured and MinerU 2: "A. Managing SELinux
  // Modules" typed as text beside a later typed "A."). A switch: 0 or less, a number is taken once per document.
  'restarting-number-scope': 0.3,
  // Hand-set as promoted-numbered-text (not fitted; session 24, head10: ctexbook and report under Mistral, every chapter
  // line typed as text). Its confidence as a heading; 0 or less: off.
  'promoted-chapter-opener': 0.3,
};
