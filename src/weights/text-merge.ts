// Text-merge weights: what each kind of evidence adds to the score that a fragment continues the paragraph
// before it (src/stages/text-merge/features.ts computes the features). The stage merges when the score
// reaches the engine option `textMerge.threshold`; the confidence is the shared logistic curve of the
// distance from it, in units of `scale`. Defaults: the hand-set numbers the stage was tuned with.
import { z } from 'zod';

/** Feature id (without the `text-merge.` prefix) → default weight, with what the feature says. */
export const textMergeFeatures = {
  // The parser's own merge
  'parser-merged': [6, 'the parser merged the second block into the first (MinerU cross-page merge)'],
  // On since the headings stage keeps bare "Chapter N" openers (it used to read a run of them as table-of-contents
  // lines): full LaTeX/Office test split para-merge 0.570 → 0.661, no metric lower on any corpus.
  'opener-label': [3, 'a chapter label alone ("Chapter 1", "第一章") with the title under it: one heading'],
  'heading-lines': [3, 'a heading given line by line: the next title line right under it, alike and aligned'],
  // Session 26 (the real dev set's DeepSeek-OCR policy; `--para-habits` data): a paragraph cut inside its column.
  'parser-split': [
    3,
    'the parser cut a paragraph inside its column: the next block right under it goes on with its sentence',
  ],
  // Session 26 (the real dev set's MinerU papers and datasheet): a paragraph's tail nested in a table as its caption.
  'caption-tail': [
    3,
    "a caption nested in a float goes on with the sentence the paragraph before it left open: the paragraph's tail",
  ],
  // REVTeX sets its references in the text's columns; parsers read a column whole, so an entry's rest comes later.
  'reference-resumes': [
    3,
    'a reference entry cut after a comma goes on in the next list item that opens no entry and ends as one ends',
  ],
  // Session 18 (dev gold set, a Chinese thesis): MinerU cuts a reference list into blocks at line boundaries.
  'reference-cut': [
    3,
    'in a reference list, a block stops in the middle of an entry and the next block goes on with it',
  ],
  // Indented blocks (code, quotations)
  'indented-block-runs-on': [1.5, 'an indented block runs over the break'],
  'indented-blocks-apart': [-1.5, 'indented blocks apart from each other'],
  'different-indents': [-1, 'the fragments stand at different indents'],
  'leaves-list-indent': [-1.5, "the next fragment leaves the list item's indent"],
  // Code
  'code-and-prose': [-2.5, 'one fragment is code, the other prose'],
  'code-block-runs-on': [1.5, 'a code block runs over the break'],
  'code-blocks-apart': [-1.5, 'code blocks apart from each other'],
  // Session 15: a listing cut at a column's foot around a reference list ("… ↪→ not Debian" | "else: # non-DFSG").
  'code-goes-on': [
    4,
    'the next code fragment opens with a line no block starts with ("else:", "except …:", "fi", "}"): the listing goes on',
  ],
  // Session 22 (issue #15, fresh ctexart documents): "… -- Raphael Hertzog … +0100" | "例 15.5. copyright 文件" |
  // "Format: https://…": the changelog listing, then the copyright file's under its own caption (text-merge/listing-caption.ts).
  'listing-caption-between': [
    -3,
    'a listing\'s caption ("Example 15.5. …", "例 3") stands between two code fragments: the next listing starts there',
  ],
  // Unstructured flattens listings into plain text without boxes; a listing cut by the page is two of them.
  'code-runs-on-unplaced': [
    1.5,
    'code on both sides of a page break, no boxes to say where the first ends: one listing the page cut',
  ],
  // Session 13: Unstructured flattens a listing's lines; a column break no box shows cuts it into two such blocks.
  'listing-cut-unseen': [
    2,
    'without boxes, two long code-like text blocks in a row on one page, neither a lead-in: one listing a column break cut',
  ],
  // How the first fragment ends
  'address-runs-on': [2.5, 'a web address runs over the break'],
  'ends-with-address': [-1.5, 'the first fragment ends with a web address'],
  'lone-path': [-2.5, 'the first fragment is a lone path or name'],
  hyphen: [2.5, 'the first fragment ends with a hyphen'],
  'answer-blank': [-3.5, 'the first fragment ends with an answer blank (a question or a form field)'],
  'proof-end': [-3, 'the first fragment ends with a proof’s end mark (□, ∎)'],
  'lone-question-mark': [0.6, 'the first fragment ends with a question mark standing alone, a symbol'],
  'sentence-end': [-2.2, 'the first fragment ends a sentence'],
  // Hand-set as lowercase-start (text-merge/citation-cut.ts).
  'citation-cut': [
    2,
    'the first fragment ends with "et al." and the next opens with the citation\'s year: one sentence',
  ],
  'colon-end': [-1.5, 'the first fragment ends with a colon'],
  'comma-end': [1.6, 'the first fragment ends with a comma'],
  // Session 15: on the train documents of the four regenerated corpora every list item ending with ";" before a list
  // item was the enumeration's next item (24 wrong joins).
  'item-ends-enumeration': [
    -3,
    'a list item ends with a semicolon and the next fragment is a list item: the next item',
  ],
  'dangling-word': [2, 'the first fragment ends with a word no sentence ends with ("the", "of")'],
  'enumeration-goes-on': [
    -1,
    'a list item ends with ", and" or ", or" and the next fragment opens an item: the enumeration\'s next item',
  ],
  'no-sentence-end': [1.2, 'the first fragment ends without punctuation'],
  'command-line-before': [-1.5, 'the first fragment is a command line or a list of names'],
  'field-line-before': [-1.5, 'the first fragment is a "Field: value" line'],
  'option-term-before': [-3, 'the first fragment is an option\'s name alone ("-t, –tar"): its description is a block'],
  // Session 22 (issue #15, fresh acmart documents): a syntax entry alone at a column's foot, its description at the next
  // column's head ("Column column;" | "Specifies the leftmost column …"; text-merge/declaration.ts). Hand-set as
  // option-term-before.
  'declaration-before': [
    -3,
    'the first fragment is a declaration line closed by a semicolon ("Column column;") and the next a capitalised sentence: its description',
  ],
  // Hand-set as option-term-before (text-merge/signature.ts).
  'signature-before': [
    -3,
    'the first fragment is a function signature alone ("open(path)"): its description is a block',
  ],
  // Script
  'script-change': [-2, 'one fragment is CJK text, the other has none'],
  // How the next fragment starts
  // -2 → -2.5 (session 10): a printed bullet outweighs a word left dangling at a column's foot ("… See the" |
  // "• debian-mentors@…"); full LaTeX train/dev and the styles corpora: no document worse, three better.
  'list-marker': [-2.5, 'the next fragment starts with a list marker'],
  'marker-over-page': [
    1.5,
    "without boxes, an item cut by a page break written as a new item: its marker is the format's, the text goes on",
  ],
  'footnote-marker': [-2, 'the next fragment starts with a footnote marker'],
  // Session 15 (issue #15): notes that each give an address ("1https://…" | "2https://…") are read as one listing.
  'note-address-next': [-3, 'the next fragment is a footnote whose number is glued to a web address ("2https://…")'],
  'theorem-opener': [-3, 'the next fragment opens a theorem-like block ("Remark 2.9.", "Proof.", "定理 3")'],
  // With the source PDF: ctexbook's sidebar titles ("社区上游作者，或是 Debian 开发者？") open their box flush, in bold.
  'bold-lead-opens': [
    -2.5,
    'the next fragment opens with a bold run-in head that ends in punctuation, or with a bold term after a fragment that opened with one (the source PDF): a box title, a run-in heading, a description list entry',
  ],
  'reference-entry': [-3, 'a complete reference entry, and the next fragment opens another ("[12]", "Kayal, P., …")'],
  'abstract-opener': [
    -3,
    'the next fragment opens with a run-in abstract label ("Abstract—", "Index Terms—", "摘要：")',
  ],
  'reference-goes-on': [
    1,
    'the first fragment opens a reference entry not yet at its year or pages, and the next starts with a capital',
  ],
  'opens-list': [-4, 'the next fragment is the first item of a list, which the first fragment leads in'],
  'command-line-after': [-2, 'the next fragment is a command line or a list of names, not a sentence'],
  'lowercase-start': [2, 'the next fragment starts in lower case'],
  // Session 23 (issue #15; text-merge/lead-in.ts): on the four corpora' train documents no prose lead-in closed by a colon
  // runs on into lower case; hand-set to take back lowercase-start.
  'colon-lead-in': [
    -2,
    "the first fragment ends with a colon and the next starts in lower case and ends without punctuation: what the lead-in announced (a command, a listing), not its sentence's rest",
  ],
  // Session 23 (issue #15; text-merge/bracket.ts): all 63 such prose pairs on the four corpora' train documents are joined.
  'bracket-carried': [
    1.5,
    'the first fragment leaves a round bracket open and the next closes it ("… (see" | "Section 6.2.7, …)"): one sentence',
  ],
  'note-label': [-1.5, 'the next fragment opens with a note label'],
  // Session 15: a description list's next entry ("… -d unstable'" | "gbp pull: update the debian, …").
  'term-opens-item': [
    -2.5,
    'after a list item not cut mid-sentence, the next list item opens with a term and a colon ("gbp pull: update …")',
  ],
  // Session 17 (issue #15): without boxes a column break is not seen, and "CJK runs on" alone does not outweigh that.
  'cjk-opens-mid-sentence': [
    2,
    'the first fragment ends in CJK text and the next opens with a character no sentence opens with (a particle "の", "を", a small kana, "ン", "ー", "的")',
  ],
  'cjk-runs-on': [0.8, 'CJK text runs on'],
  'cjk-runs-on-past-latin': [0.8, 'CJK text runs on (a Latin name or letter at the break)'],
  'name-start': [0, 'the next fragment starts with a name the document uses mid-sentence'],
  'capital-start': [-0.6, 'the next fragment starts with a capital'],
  'capital-after-list-item': [-1.6, 'the next fragment starts with a capital after a list item'],
  // A footnote or a step typed as text after a list or a sentence left open ("2 Let’s get started by …").
  'number-opens-next': [
    -1.6,
    'the next fragment opens with a number, then a capitalised word ("2 Let’s …"): a note, a step or an item',
  ],
  // Line boxes: first-line indent and last-line fill
  'first-line-indented': [-2, "the next fragment's first line is indented: a paragraph starts there"],
  'first-line-flush': [1.5, "the next fragment's first line is not indented, where the document indents paragraphs"],
  'last-line-full': [1, "the first fragment's last line runs to the edge"],
  'sentence-end-at-full-line': [2.2, 'the sentence end falls where a full line ends, so it proves nothing'],
  'colon-end-at-full-line': [1.5, 'the colon falls where a full line ends, so it proves nothing'],
  'last-line-short': [-1, "the first fragment's last line stops short (its paragraph ends)"],
  // Session 23 (issue #14, with --pdf; ./stages/text-merge/pdf-line-boxes.ts): hand-set. The first names why a flush
  // first line witnessed nothing (it takes `first-line-flush`'s +1.5 away); the second outweighs a sentence's end.
  'pdf-flush-house-style': [
    0,
    "the next fragment's flush first line is the class's style (a bold run-in head, or a note in smaller type before it: the source PDF)",
  ],
  'pdf-full-line-flush-next': [
    2.2,
    "the sentence ends where the first fragment's last line runs to the edge and the next starts flush (the source PDF's line boxes)",
  ],
  // Column and page position
  'ends-column-low': [0.5, 'the first fragment fills its column to the bottom'],
  'space-below': [-1.5, 'blank space below the first fragment'],
  'not-column-start': [-0.8, 'the next fragment does not start its column'],
  'sparse-page': [
    -2.5,
    'without boxes, the first fragment stands on a page with only a few short lines and no float: no full page cut it',
  ],
  // MinerU and others type a page's footnotes as text; the next page's first block is the body's.
  'note-at-foot': [
    -2,
    'the first fragment is a footnote typed as text (its number, low on its page) and the next heads a later page',
  ],
  // Session 13: a note's rest is looked for at the foot of the next column or page, under that area's body.
  'note-runs-on': [
    -0.5,
    "a footnote at the foot of its page or column and the lowest text of the next one, under that area's body",
  ],
  'split-box': [0.5, 'the boxes overlap in one column: the parser cut one block in two'],
  'no-break-seen': [
    -2,
    'two text blocks in a row on one page, without boxes: the parser set them apart, a column break is not seen',
  ],
  // Blocks the reading order put between the fragments out of the paragraph's flow (recorded, neutral)
  'around-page-number': [0, 'a lone page number stands between the fragments'],
  'around-out-of-place': [0, "text read out of place (a chart's labels) stands between the fragments"],
  'around-side-heading': [0, 'a side heading of text further down stands between the fragments'],
  'around-footnote': [0, 'a footnote typed as text stands between the fragments'],
  // Session 17 (issue #14): the source PDF's type size says it is a footnote (src/pdf/note-size.ts).
  'around-pdf-footnote': [0, 'a footnote by the source PDF (its type size at the foot) stands between the fragments'],
  'around-reference-list': [0, 'a numbered reference list at the foot of the column stands between the fragments'],
  // Session 18 (issue #15): acmart's notice at the first column's foot, read between a paragraph's halves.
  'around-publisher-notice': [
    0,
    'a publisher\'s notice ("Permission to make digital or hard copies …") stands between the fragments',
  ],
  // Session 21 (issue #15, fresh book documents, Mistral and Unstructured): "… In its default" | "2.1. FOR WORKSTATIONS" |
  // "configuration, the server …".
  'around-running-head': [
    0,
    'a running head typed as text ("2.1. FOR WORKSTATIONS") stands at the head of the page between the fragments',
  ],
  // Size and shape
  'line-heights-differ': [-1, 'the line heights differ'],
  'short-first': [-0.5, 'the first fragment is very short'],
  // Session 15 (issue #15): a note's label standing alone is its box's title, not the first words of its body.
  'note-label-alone': [-3, 'the first fragment is a note label alone ("Note", "Tip:", "警告")'],
  // Session 15 (issue #15): a definition term does not run into its description.
  'term-alone-first': [
    -2.5,
    'the first fragment is one lower-case word alone ("action") and the next a capitalised sentence: a term and its description',
  ],
  // Session 15: sidebars of the handbook sources in every class ("IN PRACTICE …", "BACK TO BASICS …", "注释…").
  'box-title-first': [
    -3,
    'the first fragment is a sidebar\'s title line ("QUICK LOOK Detailed configuration file", "注释磁盘和卷大小")',
  ],
  // Session 20 (issue #15, fresh ctexart documents): "…跳出来。" | "词汇 SQL 注入 When a program …".
  'box-title-next': [
    -3,
    'after a finished CJK sentence the next fragment opens with a sidebar\'s kind word ("词汇 SQL 注入 …", "注释磁盘和卷大小 …")',
  ],
  'publisher-notice': [
    -3,
    'one fragment is a publisher\'s notice ("Permission to make digital or hard copies …", "© 2024 …")',
  ],
  'title-like-first': [
    -1.5,
    'the first fragment is a short title-case line, a few CJK characters alone (a title, a name) or an upper-case running head with its page number',
  ],
  // Session 19 (issue #15, fresh ctexart documents, Mistral and Unstructured): no box shows the column break.
  'cjk-prose-cut': [
    1,
    'without boxes, CJK running prose stops on a letter (no stop after it) and CJK text follows: a sentence cut by an unseen break',
  ],
  // Session 19 (issue #15, fresh IEEEtran documents): "Index Terms—…" run into the lower-case line under it.
  'keywords-first': [-3, 'the first fragment is a paper\'s keyword line ("Index Terms—…", "Keywords: …", "关键词：…")'],
  'formula-end': [
    -1,
    'the first fragment ends with a formula after a finished sentence (or is a display formula alone), and no lower-case word follows',
  ],
  // -1.5 → -2.5 (session 12): on the train/dev documents of all four corpora no pair with this feature is one
  // paragraph (105 decisions); at -1.5 a lower-case start at a column's foot still joined two entries.
  'parallel-entries': [
    -2.5,
    'both fragments are short unpunctuated lines opening with the same word (entries of a list)',
  ],
  'term-entries': [
    -3.5,
    'both fragments are list items opening with a term and a colon or an equals sign ("k: …", "n: …")',
  ],
  // Session 20 (issue #15, fresh book/ctexbook documents, Mistral and Unstructured): "1.1. KEY-BASED AUTHENTICATION" | "a
  // connection, or if …", "2.2 历史" | "mrtg-contrib 和 …".
  'numbered-heading-first': [
    -3,
    'the first fragment is a numbered section heading typed as text ("1.1. KEY-BASED AUTHENTICATION", "2.2 历史")',
  ],
  'numbered-heading-next': [
    -2,
    'the next fragment is a short unpunctuated line opening with a section number (a heading)',
  ],
  'lone-number': [-3, 'the first fragment is a lone number or mark'],
  'lone-bullet': [4, "the first fragment is a list bullet alone, cut from its item's text"],
  'label-line': [-1.5, 'the next fragment opens a "Label:" line'],
  'option-or-term': [-1.5, 'the next fragment is an option or a term'],
  'single-term': [-3.5, 'the next fragment is a single term'],
  'short-unpunctuated': [-1.5, 'the next fragment is a short line without punctuation (a label or a title)'],
  // Session 12: a statute's article label ("第 二 十 五 条 …") after a list item left unpunctuated.
  'article-opener': [-3, 'the next fragment opens with a statute\'s article label ("第二十五条")'],
  'dash-runs-on': [
    2.5,
    'the next fragment opens with an em dash glued to a word ("—Chaos!"), or spaced before a lower-case word after open running text ("— init."): the sentence\'s aside',
  ],
  'file-term-next': [
    -1.5,
    'the first fragment ends with a bracket and the next opens with a file name and a capitalised sentence (a new entry)',
  ],
} as const satisfies Record<string, readonly [number, string]>;

export type TextMergeFeature = keyof typeof textMergeFeatures;

const featureWeights = Object.fromEntries(Object.keys(textMergeFeatures).map((id) => [id, z.number()])) as Record<
  TextMergeFeature,
  z.ZodNumber
>;

export const textMergeWeightsSchema = z.strictObject({
  ...featureWeights,
  /** Added to every score. */
  bias: z.number(),
  /** Score per e-fold of confidence (src/model/evidence.ts `confidenceFromScore`). */
  scale: z.number().positive(),
});

export type TextMergeWeights = z.infer<typeof textMergeWeightsSchema>;

export const defaultTextMergeWeights: TextMergeWeights = {
  ...(Object.fromEntries(Object.entries(textMergeFeatures).map(([id, [w]]) => [id, w])) as Record<
    TextMergeFeature,
    number
  >),
  bias: 0,
  // The stage's own curve was logistic(1.2 × (score − threshold)).
  scale: 1 / 1.2,
};
