// What the stage knows about a candidate pair's setting (columns, indents, the document's habits), asked once
// per pair by text-merge.ts and read by the features (features.ts).
import type { OutOfFlow } from './flow.js';

export interface ContinuationContext {
  /** The first fragment ends low in its column (true), or leaves blank space below (false). */
  aEndsColumnLow: boolean | undefined;
  /** The next fragment is the first text of its column. */
  bStartsColumn: boolean | undefined;
  /** How far each fragment's left edge stands in from the column's body-text edge (code, quotes). */
  aIndent?: number;
  bIndent?: number;
  /** The parser keeps the line breaks of every block (Textract), so a kept line break says nothing. */
  lineBreaksKept?: boolean;
  /** The parser puts a space before stops ("Decoder ." — tokenised text), so a stop after a space still ends a sentence. */
  spacedStops?: boolean;
  /** Capitalised words the document uses in mid-sentence (names: "Debian", "BSD"), so a capital proves little. */
  namesMidSentence?: ReadonlySet<string>;
  /** The next fragment is one line whose box stands at the document's paragraph indent (its first line, indented). */
  bOneLineIndented?: boolean;
  /** The document indents the first line of its paragraphs (from line boxes), so an unindented one goes on. */
  paragraphsIndented?: boolean;
  /** Floats, footnotes or furniture stand between the fragments (after which a paragraph may start flush). */
  interrupted?: boolean;
  /** Blocks between that stand outside the paragraph's flow (text-merge/flow.ts), by why. */
  aroundOutOfFlow?: readonly OutOfFlow[];
  /** The next fragment is the first item of a list (another item follows it), and the first is running text. */
  opensList?: boolean;
  /** The boxes overlap in one column: the parser cut one block in two. */
  splitBox?: boolean;
  /** Both fragments are code blocks by the parser's own type (a page or column break between them). */
  codeBlocks?: boolean;
  /** A listing's caption ("Example 15.5. …", "例 3") stands between the fragments (text-merge/listing-caption.ts). */
  listingCaptionBetween?: boolean;
  /** Two text blocks in a row on one page, without boxes: a column break between them is possible, not seen. */
  unseenBreak?: boolean;
  /** Two long code-like text blocks in a row on one page, without boxes: a listing a column break may have cut. */
  unseenListing?: boolean;
  /** Without line boxes: the first fragment's last-line fill as its CJK characters tell it (text-merge/cjk-fill.ts). */
  aLastLineFill?: number;
  /** The document sets terms alone, three blocks of one lower-case word at least (text-merge/traits.ts). */
  termsAlone?: boolean;
  /**
   * Without boxes: the first fragment's page holds only a few short lines of text and no float or listing; or, with
   * boxes or without, a page with no body block stands between the two (text-merge/traits.ts `blankPageBetween`).
   */
  aPageSparse?: boolean;
}
