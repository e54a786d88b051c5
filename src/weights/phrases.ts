// What each feature of the headings, furniture and captions stages says, in words (`--explain`, the
// weights table in docs/options.md). Text-merge and table-merge keep theirs beside their weights.

import { LEVELLED_FORMATS } from './headings.js';

export const headingsPhrases: Readonly<Record<string, string>> = {
  'demoted-empty': 'the title has no text',
  'demoted-no-words': 'the title has no words (symbols or digits only)',
  'demoted-letter-scrap': 'without coordinates, the title is one letter (a scrap of a figure, a logo or a stamp)',
  'demoted-word-label':
    "without coordinates, a word-sized title among word-sized neighbours: a chart's axis or legend labels",
  'demoted-bare-number': 'the title is a bare number',
  'demoted-too-long': 'the title is longer than a heading, and not numbered',
  'demoted-caption-label': 'the title starts with a figure or table label',
  'demoted-subfigure-caption': "the title is a letter in parentheses and a sentence: a subfigure's caption",
  'demoted-sentence': 'the title reads as a sentence, not a heading',
  'demoted-option-term': 'the title is an option or term being defined',
  'demoted-caps-sidebar':
    'a sidebar\'s label and title in capitals ("VOCABULARY ISP"): the document sets none of its numbered or other headings in capitals and labels its sidebars in capitals elsewhere',
  'demoted-off-centre':
    'the title stands flush left in its column, where the document centres its headings (every numbered one among them): a term, not a heading',
  'demoted-statement': 'the title ends in a semicolon: a statement of a configuration or program, not a heading',
  'demoted-admonition': 'the title is an admonition (Note, Warning …) standing alone',
  'demoted-note-label': 'the title is a note label or a sidebar title',
  'demoted-author': "the title is an author's name: the next line opens with the author's e-mail address",
  'demoted-continued': 'the title is marked "(continued)": a running head repeating an earlier title',
  'demoted-lowercase-name': 'the title is a lone lower-case name',
  'demoted-toc-entry': "the title is an entry of the document's table of contents",
  'demoted-toc-line': 'the title ends in a page number, as table-of-contents lines do',
  'demoted-smaller-than-body': 'the title is set smaller than the body text',
  'demoted-body-size': 'unnumbered, and no larger than the body text while the headings are',
  'demoted-pdf-body-size': "in the source PDF, set in the body text's size, neither bold nor italic, and unnumbered",
  'demoted-pdf-term':
    "a lower-case name with its arguments, set in the body text's size in the source PDF: a description term",
  'demoted-label-name': 'the name line right under a bare opener ("Chapter 1"), which is the heading',
  'demoted-series-name': "a series name the running heads repeat, right above the document's title on its page",
  'demoted-document-kind':
    "on a cover form of label-value lines, the line above the title field names the document's kind (学位论文, Thesis)",
  'cover-form-title': 'the title field ("题目：", "Title:") of a cover form of label-value lines on the first page',
  'demoted-inside-block': "the title lies inside a larger block's box: a label drawn in a figure",
  'demoted-parenthesized': 'the whole title is in brackets: a note, not a heading',
  'demoted-abstract-title':
    'right above a second abstract heading ("ABSTRACT" after "摘要"), with at most a byline between: the title of a translated abstract, not a heading',
  'demoted-clause-item':
    'a numbered clause ("4.1.5 …") whose sibling clause near it is a paragraph typed text: a clause, not a heading',
  'demoted-letter-item':
    'a lettered entry ("b) …") whose sibling of the letter before or after it is body text near it: a list entry, not a heading',
  'demoted-title-repeat':
    "the document title's words again on a later page, the next heading right below it: a supplement's repeated title, not a heading",
  'supplement-restart':
    "numbered 1 again right after an unnumbered top heading, the numbering having run on before: a supplement's section, one rank below it",
  'missing-ancestors':
    'its parent numbers ("2", "2.1" of "2.1.6") start no element of the document: ranked among the headings present',
  'demoted-number-apart':
    'a section number alone ("B.3", "IV.", "第3章") beside a heading\'s words on the same line: their number set apart, not a heading',
  'demoted-figure-title':
    'unnumbered, right above a picture, narrower than it and centred on it: the title of the picture, not a heading',
  'number-apart':
    'its number stands apart beside it on the same line ("B.3" | "Customized …"): it takes that numbering',
  'named-in-parent':
    'its whole text is inside the title of the top section right before it on its page: a part of that section, one rank below',
  'body-size-habit':
    "the document sets its numbered headings at body size: a body-size title is one of them (the document's habit)",
  'first-heading': 'the first heading opens the outline',
  'title-cover-page': 'it stands alone on a cover page, with a few short lines and no other heading',
  'top-section': "the heading is one of the document's top sections",
  'same-kind': 'the heading is of the same kind as the open heading: a sibling',
  'under-title': 'the heading stands under the document title',
  'numbering-depth': 'its numbering is deeper or shallower than the open heading’s',
  'toc-level': 'the table of contents lists it at another level',
  'size-class': 'it is set in a larger or smaller size than the open heading',
  'parser-level': 'the parser gave it another level',
  'parser-level-markdown': 'the parser gave it another level (Markdown # depth: Mistral, DeepSeek, Marker)',
  'parser-level-document': 'the parser gave it another level (a whole-document parser: Docling, Azure DI)',
  ...parserTrustPhrases(),
  outline: "the source PDF's outline (bookmarks) gives its depth",
  'same-size': 'same size as the open heading: a sibling',
  'earlier-levels': 'the levels these kinds of heading took earlier',
  'first-appearance': 'a kind of heading not seen before goes under the open one (weakest evidence)',
  'numbered-header':
    'the parser labelled it a header, but it is numbered or a top keyword and heads no other page: a section banner kept in the body',
  'caps-top-section':
    "unnumbered and set in capitals, like the document's top numbered sections (and no deeper ones): one of them",
  'promoted-numbered-text':
    'the parser typed it as text, but it is one short line numbered as the document\'s headings are (its number follows theirs, or a word such as "Chapter" says so): a heading',
  'promoted-keyword-text':
    'the parser typed it as text, but it is a top keyword alone ("References", "致谢"): a heading',
  'promoted-pdf-list-item':
    "the parser typed it as a list's item, but it is numbered as the document's headings are and set in the source PDF's font of the typed headings of its rank: a heading",
  'promoted-pdf-numbered-font':
    "the parser typed it as text, but it is one line set in the source PDF in the font that the document's numbered headings of one kind alone are set in: a heading",
  'promoted-pdf-outline-font':
    "the parser typed it as text, but it is one line set in the source PDF in the font of a heading the outline (bookmarks) lists, well over the body text's size: a heading",
  'promoted-outline-text':
    "the parser typed it as text, but it is the very text of an entry of the source PDF's outline (bookmarks) on that page: a heading",
  'heading-size-name':
    'a lone lower-case name ("dget"), but set clearly larger than the body text: a heading, not a term being defined',
  'plain-top-section':
    'unnumbered, nothing known of its size or level, while the document numbers its top sections only: one of them',
  'title-parser-level':
    "the first heading is the only one at the parser's top level (every later heading has a deeper level): the document title",
  'hints-contradict-numbering':
    "the parser's level hints contradict the document's numbering (one kind at two levels, or a deeper number at the same level): they tell nothing",
  'hints-restart-per-page':
    "the parser's level hints restart at the top on every page (each page's first heading at `#`): they tell nothing",
  'first-title-note-label':
    'the document\'s first title, though in a note label\'s words ("提示", "Tip"): a note\'s label follows a heading, it does not open the document',
  'first-title-sidebar':
    'the document\'s first title, though it reads as a sidebar\'s label and title ("使用 cron 和 atd 运行计划任务"): a sidebar follows a heading, it does not open the document',
  'pdf-title-type':
    "the document's first title, though it opens like a note's label, set in the source PDF in its page's largest type, well over the body text's size: the title",
  'opener-header':
    'the parser labelled it a header, but the furniture stage kept it in the body and it opens its page, one short line before the body: a title',
  'numbered-names':
    'a lone lower-case name ("debc"), no size known, while the document\'s numbered sections are such names ("2 dget"): a section too',
  'letter-appendix':
    'a capital letter and a name ("A Derivations") after the last plain-numbered section, the letters running A, B, …: a lettered appendix, one of the top sections',
  'hint-of-numbered':
    "unnumbered, at the parser's level of one numbered kind of heading alone, where the parser's levels agree with the numbering: one of that kind",
  'blank-opener-header':
    'a blank header (the parser lost its words) that the furniture stage kept in the body, opening its page above the text: a title',
  'pdf-font-of-numbered':
    'unnumbered, set in the source PDF in the font (name and size) of one numbered kind of heading alone: one of that kind',
  'mixed-below-caps':
    "unnumbered and not in capitals, inside a numbered section, while the document's top sections are set in capitals and its deeper ones are not: one of the deeper",
  'trailing-number':
    'one of three or more unnumbered headings whose last words run 1, 2, 3 … in reading order ("들어가며 1", "문제점 3"): the document prints its section numbers after the words',
  'article-holds-clauses':
    'an article ("ĐIỀU 4", "Article 4") whose clauses are numbered with its number ("4.1.", "4.2."), as the document does for two or more: one rank above those clauses',
  'mixed-below-caps-alone':
    'unnumbered and not in capitals, inside a numbered section, while every top section of the document is numbered in capitals and no heading is numbered below them: one rank below the top',
  'page-opener-top':
    'unnumbered, nothing else known, opening its page, while every top numbered section of the document opens its page and the deeper ones mostly do not: one of the top sections',
  'title-before-abstract':
    "the first heading, unnumbered, with the abstract's heading next on its page: the document title",
  'title-preface-alone':
    'the first heading is a preface (foreword) whose only later headings are its end matter (acknowledgments, references): the document is that preface, titled by it',
  'roman-appendix-subsection':
    'plain-numbered ("1. dh") after an appendix opener ("Appendix B: …") in a document whose top sections are Roman: one of the appendix\'s subsections, a rank below the top',
  'keyword-holds-none':
    'the heading before it is an abstract, keywords, acknowledgments or references, which hold no sections, and nothing but the order of appearance would nest it there: its sibling',
  'manual-page-sections':
    'the first heading is "NAME" and the next "SYNOPSIS": a manual page, whose sections are siblings from the first; no document title',
  'promoted-page-opener':
    'the parser typed it as text, but it is one short line opening its page, above the body, in a document whose typed headings all open their pages: a chapter title',
  'numbering-child-run':
    'its numbering appears in one run from 1, right after a heading of another numbering and closed by that numbering going on: it nests under that heading',
  'numbering-restarts':
    'its numbering restarts (at 1 or A) right after a heading of the other numbered kind, and never runs on across one: that kind is its parent',
  'roman-letter-number':
    'under Roman top sections, a plain number right after a lettered heading ("C.") or another such number: one rank below the letters (I → A → 1)',
  'caps-over-letters':
    'unnumbered and in capitals, while the document numbers its sections with letters ("A. Syntax") and none with a Roman numeral: one of the top sections whose numbers were lost, above the letters',
  'number-names-parent':
    'its number ("1.1") names an open heading ("1", "Chapter 1") as its parent: the headings between are its siblings, not its parents',
  'plain-beside-number':
    'the first unnumbered heading nothing else ranks (no size, level hint or contents level), right after a numbered heading: its sibling, not its child',
  'space-below-of-numbered':
    'unnumbered at body size, leaving below it the space one numbered kind of heading leaves, while the kinds leave spaces clearly apart: one of that kind',
  'title-over-abstract-text':
    'the first heading, with the abstract\'s paragraph ("Abstract. …") below it on its page before any other heading: the document title',
  'inside-numbering':
    'unnumbered, between a numbered heading and the next, which continues its numbers below the top ("3." · it · "3.1."): inside the open section, of the next heading\'s kind',
  'size-of-top-keywords':
    'unnumbered, in the one size of the top keyword headings (Preface, Acknowledgments, References), a size no numbered heading has: one of the top sections',
  'caps-over-mixed':
    'nothing in the document is numbered, and its headings in capitals are its top sections ("SYSTEM BOOT"): set in capitals or a top keyword, one of them; in mixed case after the first of them, one rank below',
  'number-form-habit':
    'a line typed as text writes its plain number unlike every heading the parser typed ("2 …" beside "1. …"): it continues no section numbers',
  'space-below-groups':
    'the numbered kinds whose space below does not lie apart are one group, standing for the shallowest, and the top keywords ("Acknowledgments") measure the top sections: an unnumbered heading leaving a subsection\'s space is a subsection',
  'body-size-keywords':
    'the top keywords set at body size ("Acknowledgments", "References") show the habit of body-size headings beside a single numbered one',
  'roman-top-later':
    'the first numbered heading is lettered ("A.", its Roman section lost) and later ones are Roman ("II."): the Roman sections are the document\'s top',
  'caps-top-shared-size':
    'unnumbered and in capitals, in a size class both the top sections (in capitals) and deeper numbered headings (not in capitals) have: the case names it a top section',
  'mixed-below-caps-keywords':
    'the top keywords in capitals ("ACKNOWLEDGMENTS") show the top sections\' case habit beside a single numbered top section',
  'keyword-beside-plain':
    'a keyword that holds no sections (Acknowledgments, References) after an unnumbered heading that nothing else ranks: its sibling, not its child',
  'page-foot-text':
    'a line typed as text closes its page, the body running on only on a later page: no heading by its number (a heading keeps with what follows it; a footnote)',
  'promoted-abstract-opener':
    'the abstract\'s label ("Abstract", "摘要") alone, typed as text, opens its page with text after it: the heading of the abstract\'s page',
  'promoted-chapter-opener':
    'a chapter\'s number in words ("Chapter 1", "第一章 …") typed as text opens its page, where the parser typed no heading numbered so: a chapter',
  'restarting-number-scope':
    'a counter that restarts under each parent ("A." under "I." and again under "III.") is taken once per parent: a later section\'s letter is no copy of this one',
  'hint-larger-than-kind':
    'unnumbered and set clearly larger than every heading of the numbered kind its level hint names: the size tells against the hint, which names no kind for it',
  'zero-chapter-top':
    'the shallowest numbered sections run under a chapter counter of 0 ("0.1", "0.2"): the chapters are unnumbered, and the top is the rank above the sections',
};

export const furniturePhrases: Readonly<Record<string, string>> = {
  'page-number-pattern': 'the text has the form of a page number, in the top or bottom band',
  'page-number-label': 'the parser labelled it a page number',
  'page-sequence': 'its number follows the page sequence',
  'pdf-page-label': "the text is its page's label in the source PDF (page labels)",
  'outline-heading': "the source PDF's outline (bookmarks) names this text on its page: a heading, not furniture",
  repeats: 'the same text repeats in the same band (value: share of pages)',
  'repeat-band': 'a repetition in the top or bottom band',
  margin: 'a short, small line alone in the page margin',
  'running-line': 'a short line where this document sets its running heads (feet), first (last) on its page',
  'heading-on-labelled-line': "the parser typed it a heading, where it labels this document's other running lines",
  'habit-band':
    'in the top or bottom band only as this document sets it (its running lines lie outside the fixed band)',
  'parser-label': 'the parser labelled it header, footer or page number',
  'note-mark': 'a labelled footer that repeats nothing and opens with a note mark: a page footnote',
  colophon:
    'one of two or more labelled footers on the last page, none a page number nor repeated on another page: a colophon, body',
  'lone-header': "a labelled header whose text heads no other page, while the document's labelled headers repeat",
  band: 'it lies in the top or bottom band',
  'in-body': 'a labelled header or footer mid-page in the body, not in a side margin (a heading, a banner)',
  'table-head': 'a cell of the header row of the table the previous page ends with, cut out where the table runs on',
  'beside-page-number':
    "without coordinates, a short line beside the page number at the page's edge, as on most numbered pages",
  'submission-notice':
    'a journal\'s submission notice ("Preprint submitted to …") or the date beside it, at the foot of its page',
};

export const captionsPhrases: Readonly<Record<string, string>> = {
  'kind-match': "the caption's kind is the float's kind",
  'kind-mismatch': 'an image caption beside an equation or code',
  'reading-order': 'caption and float are neighbours in reading order',
  distance: 'blocks between caption and float (value: how many)',
  'page-break': 'the caption ends one page and the float opens the next',
  'same-page': 'caption and float are on the same page',
  gap: 'vertical gap between caption and float (value: share of the page)',
  'no-overlap': 'caption and float do not overlap horizontally',
  side: 'the caption sits on its usual side (above tables, below figures)',
  labelled: 'its own label ("Table 1: …") names the kind of float, not only the parser\'s type',
  'habit-side': 'the caption sits on the side where this document sets the captions of this kind of float',
  'against-habit': 'the caption sits against the side where this document sets the captions of this kind of float',
  'not-first-in-row': 'the picture follows another in one row: a caption under the row names the first',
  'parser-text-label': 'the parser labelled the caption as text',
  'parser-captioned': 'the parser already gave the float a caption',
  'nested-by-parser': "the parser nested the caption in its float's entry",
  'linked-by-parser': 'the parser links the caption to its float',
  'no-float': 'no float near the caption',
  'label-match': "a label in the body text matches a linked caption's",
  'pdf-bold-label': "in the source PDF, the caption's label is set in bold",
  'sub-order': 'a sub-figure\'s letter ("(b)") names this picture by its place in a row of pictures',
  'sub-order-mismatch': "a sub-figure's letter names another picture of the row",
  'note-box': 'a numbered caption for a note box the parser typed table ("Tip", "Note", "注意")',
  'label-order': "the caption's number comes before or after another's as their floats do (boxless captions exchanged)",
  'page-fallback':
    'a numbered caption without a box that no float near it took: the float of its kind on its page without a caption',
};

/** One phrase per format's trust in its own levels (src/weights/headings.ts LEVELLED_FORMATS). */
function parserTrustPhrases(): Record<string, string> {
  return Object.fromEntries(
    LEVELLED_FORMATS.map((f) => [
      `parser-trust-${f}`,
      `where size and ${f}'s own level disagree, the log-odds that ${f}'s level is right (above 0 it decides; fitted)`,
    ]),
  );
}
