// Code evidence of the text-merge features (./features.ts, first in precedence after indented blocks):
// punctuation says nothing inside a listing; two code fragments at a break are one block, code and prose are not;
// without boxes (Unstructured), a listing cut by a page or a column's foot is read from the text alone; a config file's
// directives, a name and a path on every kept line, are code although the prose test reads words; a line no
// block opens with ("else:", "}") says the listing goes on, whatever space is left under its first part; a listing's
// caption between the two says the next listing starts (./listing-caption.ts).
import type { Element } from '../../model/element.js';
import { trustedPdf } from '../../pdf/trust.js';
import { endsSentence, startsWithListMarker } from '../../text/chars.js';
import { isCjkFont, isMonospacedFont } from '../../text/fonts.js';
import type { ContinuationContext } from './context.js';
import { fieldGoesOn, flatListing } from './flat-listing.js';
import { INDENT } from './layout.js';
import type { Out, Pair } from './pair.js';
import {
  ALGORITHM_OPENING,
  BULLET_OPENING,
  CODE_GOES_ON,
  FORMULA_BLOCK,
  hasFormulaTail,
  MATH_SYMBOL,
  NOTE_ADDRESS,
  proseThenFormula,
} from './patterns.js';
import {
  ANSWER_BLANK,
  bracketCarried,
  cjkShare,
  commandLike,
  isPreformatted,
  leadInLine,
  looksLikeCode,
  looksLikeProse,
  SIDEBAR_TITLE,
  shortSentence,
  titleLike,
} from './text-kind.js';

/**
 * Code: punctuation says nothing; two code fragments at a break are one block, code and prose are not.
 * A fragment that is neither clearly code nor clearly prose takes the kind of its neighbour: output after a
 * command ("$ ls" → its listing) is unclear when it is not plain prose; a lead-in line before a code block
 * ("debian/rules (template):") is not; a list item or a sidebar title ("TIP Finding …") never is.
 */
export function codeEvidence(pair: Pair, out: Out): boolean {
  const { a, b, aText, bText, context } = pair;
  // A line ending with an answer blank is a question of a form, whatever its line breaks: its end decides; after
  // code, it is prose.
  if (ANSWER_BLANK.test(aText)) return false;
  // A footnote of a web address ("2https://wiki.debian.org/…") is a note, not a listing's line.
  if (NOTE_ADDRESS.test(bText)) return false;
  const bQuestion = ANSWER_BLANK.test(bText);
  // Two blocks the parser typed as list items are items, not a listing's lines ("DESTDIR=debian/… (single
  // binary package)" | "DESTDIR=debian/tmp/ (multi …)"): their text decides whether the first goes on.
  if (a.type === 'list_item' && b.type === 'list_item') return false;
  // A bracket a line of prose leaves open and the next line closes ("… Appendix A," | "debmake(1) manpage)"): one
  // sentence, whatever symbols the rest has.
  if (!isPreformatted(aText) && !isPreformatted(bText) && bracketCarried(aText, bText)) return false;
  if (tagCarriedEvidence(aText, bText, out)) return true;
  if (context.codeBlocks || context.unseenListing) return codeBlocksEvidence(pair, out);
  const titleLike =
    SIDEBAR_TITLE.test(bText) || (cjkShare(bText) > 0 && bText.length < 50 && !/[.。:：;；]$/.test(bText));
  const [aCodeAlone, bCodeAlone] = codeByText(pair);
  const { aIndent, bIndent } = context;
  // Text back at the body's edge after an indented block (or the other way round) has its own kind.
  const indentChanges = aIndent !== undefined && bIndent !== undefined && aIndent > INDENT !== bIndent > INDENT;
  // Two blocks whose line breaks the parser kept, at a break: one preformatted block (code, a config file
  // with comments in any script) — unless the parser keeps every line break (Textract).
  // Prose ending with a colon or a formula ("Here is pseudo-Python code for … a\n5\nprogram:", "… as
  // follows.\n𝑚\n𝑘 = 2") is no code, though its stray line breaks make it look preformatted.
  // Not a config block's "key: value" lines, not a Python-like line ending "(program):".
  const colonLead = /[:：]$/.test(aText) && !/\)\s*:$/.test(aText) && (aText.match(/\S:\s/g)?.length ?? 0) < 2;
  const leadIn = looksLikeProse(aText) && (colonLead || hasFormulaTail(aText));
  const bothPreformatted =
    context.lineBreaksKept !== true &&
    isPreformatted(aText) &&
    isPreformatted(bText) &&
    !titleLike &&
    !leadIn &&
    !FORMULA_BLOCK.test(aText) &&
    !cjkProseBesideLatin(aText, bText);
  const aCode =
    bothPreformatted ||
    aCodeAlone ||
    (bCodeAlone &&
      !indentChanges &&
      !startsWithListMarker(aText) &&
      cjkShare(aText) === 0 &&
      !formula(aText) &&
      !hasFormulaTail(aText) &&
      !leadIn &&
      (isPreformatted(aText) || (!looksLikeProse(aText) && !endsSentence(aText))));
  // A bulleted item after a listing is the list's, whatever code its words name; a link line is no listing's (NO_LISTING).
  const bCode =
    !NO_LISTING_LINE.test(bText) &&
    ((bothPreformatted && !bQuestion) ||
      (bCodeAlone && !bQuestion) ||
      (aCodeAlone &&
        !titleLike &&
        !leadInLine(bText) &&
        !sentenceOrHeading(bText) &&
        !bQuestion &&
        // A run of paths, a command line or a block of "Field: value" pairs is a listing's, at any indent, and so is
        // one more field after such a block (./flat-listing.ts).
        ((!indentChanges && (isPreformatted(bText) || !looksLikeProse(bText))) ||
          listingLine(bText) ||
          fieldBlock(bText) ||
          fieldGoesOn(aText, bText))));
  if (!aCode && !bCode) return false;
  const runsOn = context.splitBox || (context.aEndsColumnLow && context.bStartsColumn !== false);
  // The source PDF's fonts: one side in a monospaced font and the other not are code and prose, whatever the text looks like.
  const [aMono, bMono] = [pdfMonospaced(a, aCode), pdfMonospaced(b, bCode)];
  const kindsDiffer =
    aCode !== bCode ||
    (aMono !== undefined && bMono !== undefined && aMono !== bMono) ||
    cjkProseBesideLatin(aText, bText);
  const id = kindsDiffer ? 'code-and-prose' : runsOn ? 'code-block-runs-on' : 'code-blocks-apart';
  const unplaced = id !== 'code-block-runs-on' && listingOverPage(pair, aCode, bCode);
  out.push({ id: unplaced ? 'code-runs-on-unplaced' : id, value: 1 });
  if (!kindsDiffer) listingGoesOnOrEnds(bText, context, out);
  return true;
}

/**
 * A closing tag ("</VirtualHost>") opening `bText`, whose element `aText` opened more often than it closed, or a closing
 * tag alone after text that ends no sentence and is no lead-in (the parser dropped the opening line: "ServerName …
 * DocumentRoot /srv/www/www.falcot.org" | "</VirtualHost>"): a tag closes an element, it opens no block.
 */
/** A markup element the first leaves open and the next closes: one listing, whatever the types and the space below. */
function tagCarriedEvidence(aText: string, bText: string, out: Out): boolean {
  if (!tagCarried(aText, bText)) return false;
  out.push({ id: 'code-block-runs-on', value: 1 }, { id: 'code-goes-on', value: 1 });
  return true;
}

function tagCarried(aText: string, bText: string): boolean {
  const name = /^<\/([A-Za-z][\w:.-]*)>/.exec(bText)?.[1];
  if (!name) return false;
  const count = (t: string, part: string) => t.split(part).length - 1;
  if (count(aText, `<${name}>`) + count(aText, `<${name} `) > count(aText, `</${name}>`)) return true;
  return bText === `</${name}>` && !endsSentence(aText) && !/[:：]$/.test(aText) && cjkShare(aText) === 0;
}

/** A display equation typed as text, or run into a sentence's end ("2 to Top.f(x) = x + 1"), is no code. */
const formula = (t: string) => MATH_SYMBOL.test(t) || FORMULA_BLOCK.test(t);

/**
 * Each side's kind by its own text: code by the shared test, a config file's directives, or a listing whose line
 * breaks the parser dropped (Azure, Textract), read from its tokens (./flat-listing.ts). A one-line lead-in ending
 * with a colon ("debian/control (template file, v=0.2):") before a shell prompt is the prose that opens the listing,
 * whatever symbols its file name carries: the prompt starts the listing.
 */
function codeByText({ a, b, aText, bText }: Pair): [boolean, boolean] {
  const leadsInPrompt = leadInLine(aText) && PROMPT_OPENING.test(bText);
  const aCode =
    (looksLikeCode(a.text) || directiveLines(aText) || flatListing(aText) || aptSources(aText)) &&
    !formula(aText) &&
    !leadsInPrompt;
  const bCode =
    (looksLikeCode(b.text) || directiveLines(bText) || flatListing(bText) || aptSources(bText)) &&
    !formula(bText) &&
    !proseThenFormula(bText);
  return [aCode, bCode];
}

/** An APT source line: "deb" or "deb-src", options in brackets, an archive's address ("deb-src https://… bullseye main"). */
const APT_SOURCE = /(?:^|\s)deb(?:-src)?\s+(?:\[[^\]]*\]\s+)?(?:https?|ftp|file|cdrom):\S+\s+\S+/g;

/** A sources.list file's lines, flattened or kept (the prose test reads their words): two of them, or one opening the block. */
function aptSources(text: string): boolean {
  const found = text.match(APT_SOURCE)?.length ?? 0;
  return found >= 2 || (found === 1 && /^deb(?:-src)?\s/.test(text));
}

/** "Let’s inspect the result.", "3.4. quilt", "Article 10": a sentence or a heading after a listing, no line of it. */
function sentenceOrHeading(text: string): boolean {
  return shortSentence(text) || (text.length < 60 && HEADING_LINE.test(text));
}

/**
 * The parser's code type on both sides: one listing unless blank space or text says it ended, or the second opens
 * an algorithm of its own ("Require: n ≥ 1 1: i ← 0 …"). Two long code-like text blocks in a row without boxes
 * (text-merge/breaks.ts `unseenCut`): one listing a column break cut.
 */
function codeBlocksEvidence({ bText, context }: Pair, out: Out): true {
  if (context.unseenListing) {
    out.push({ id: 'listing-cut-unseen', value: 1 });
    return true;
  }
  const runsOn =
    context.aEndsColumnLow !== false &&
    context.bStartsColumn !== false &&
    !ALGORITHM_OPENING.test(bText) &&
    !leadInLine(bText);
  out.push({ id: runsOn ? 'code-block-runs-on' : 'code-blocks-apart', value: 1 });
  listingGoesOnOrEnds(bText, context, out);
  return true;
}

/** Code on both sides: a line no block opens with says the listing goes on, a listing's caption between that it ended. */
function listingGoesOnOrEnds(bText: string, context: ContinuationContext, out: Out): void {
  if (CODE_GOES_ON.test(bText)) out.push({ id: 'code-goes-on', value: 1 });
  if (context.listingCaptionBetween) out.push({ id: 'listing-caption-between', value: 1 });
}

/** Three "Field: value" pairs or more (a control file, a mail header): a listing's lines, not prose. */
function fieldBlock(text: string): boolean {
  return (text.match(/(?:^|\s)\p{Lu}[\w-]*:\s/gu)?.length ?? 0) >= 3;
}

/**
 * Kept line breaks with a listing's line on every line ("SSLCertificateFile /etc/letsencrypt/…/fullchain.pem" |
 * "SSLCACertificateFile /etc/ssl/certs/ca-certificates.crt"): a config file's directives, each a name and a path, which
 * the prose test takes for words (a path counts as one). Two lines at least, a path on each (command lines alone are
 * left to the text: "turnadmin -a -u roland …" after a lead-in); one such line may be a sentence's rest.
 * Flattened into one line (Unstructured), three paths or more among names alone.
 */
function directiveLines(text: string): boolean {
  if (!isPreformatted(text)) return listingLine(text.trim()) && pathTokens(text.trim().split(/\s+/)) >= 3;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length >= 2 && lines.every((l) => listingLine(l.trim()) && pathTokens(l.trim().split(/\s+/)) >= 1);
}

const pathTokens = (tokens: string[]) => tokens.filter((t) => /^\.{0,2}\/?[\w.+-]+\/[\w.+\-/]*$/.test(t)).length;

/**
 * A block no listing goes on with: a bulleted item (BULLET_OPENING), or an arrow and a web address alone ("→
 * https://bugs.debian.org/982666"), the text's pointer to a page.
 */
const NO_LISTING_LINE = new RegExp(`${BULLET_OPENING.source}|^[→➔]\\s*https?:\\/\\/\\S+$`, 'u');

/** A shell prompt opening a block: a listing starts there. */
const PROMPT_OPENING = /^\$\s/;

/**
 * A line of a listing that the prose test takes for words: a run of file paths ("debian/source/ debian/source/control
 * …", "drwxr-xr-x root/root … ./usr/share/man/") or a command line, names with no function word (".PHONY: all
 * install clean"), that ends no sentence.
 */
function listingLine(text: string): boolean {
  if (isPreformatted(text) || endsSentence(text) || cjkShare(text) > 0) return false;
  const tokens = text.split(/\s+/);
  if (tokens.length < 2) return false;
  return pathTokens(tokens) * 2 >= tokens.length || commandLike(text);
}

/**
 * CJK sentences on one side ("此处的 hello.desktop 支持桌面项规范。") and Latin-only text on the other: a listing
 * does not run into a CJK paragraph, whatever line breaks both kept.
 */
function cjkProseBesideLatin(aText: string, bText: string): boolean {
  const cjkProse = (t: string) => cjkShare(t) >= 0.3 && /[。！？]/u.test(t);
  return (cjkShare(aText) === 0 && cjkProse(bText)) || (cjkProse(aText) && cjkShare(bText) === 0);
}

/**
 * Whether the element's text is set in a monospaced font in the source PDF; undefined without a well-matched PDF font,
 * and for code by its text whose CJK characters outnumber the rest in a CJK font: a listing's CJK comments
 * ("; 一部の TURN クライアントは …", jlreq) are set in the CJK font, as no monospaced Latin font holds their glyphs.
 * Most characters in a Latin proportional font are prose's, CJK words among them or not: ctexbook's lead-in
 * "debian/control（维护者版本，v=0.2）：" (LMRoman12) after a listing in LMMono10 (`--pdf`: joined to it as code).
 */
function pdfMonospaced(el: Element, code: boolean): boolean | undefined {
  const pdf = trustedPdf(el);
  if (!pdf?.fontName) return undefined;
  const mono = isMonospacedFont(pdf.fontName);
  return !mono && code && cjkShare(el.text) > 0 && isCjkFont(pdf.fontName) ? undefined : mono;
}

/** A heading's line typed as text: "5 DPUT", "3.2 Tools", "4. dput", "CHAPTER 2. MC", "第一章 …". */
const HEADING_LINE =
  /^(?:\d{1,2}(?:\.\d{1,2})*\s+[\p{Lu}\p{Lo}]|\d{1,2}(?:\.\d{1,2})*\.\s+\p{L}|(?:[Cc]hapter|CHAPTER|[Aa]ppendix|APPENDIX|Article|ARTICLE)\s+[\dA-Z]|第\s*[0-9一二三四五六七八九十]{1,3}\s*章)/u;

/**
 * Code at a page break with no boxes to say where the first fragment ends (Unstructured flattens listings
 * into plain text), or on one page around notes or floats (a column's foot): a listing the break cut, when the
 * other side is code too, or (at a page break) no sentence — text that does
 * not end one (nor one and a formula after it) before code, or does not open one after it (a line of a listing the code test missed:
 * "debian/manpages debian/patches/ …", "elif is_RFA(program): …"). Not after a lone number (a page number),
 * not before a heading, a single word, a sentence or an algorithm's opening, not into CJK text (its own script).
 */
function listingOverPage({ a, b, aText, bText, context }: Pair, aCode: boolean, bCode: boolean): boolean {
  if (a.bbox || b.bbox || /^\d{1,4}$/.test(aText)) return false;
  // On one page, a column's foot: a listing (not a one-line snippet) and code after the notes or floats that end
  // the column.
  if (a.page === b.page) {
    // Both code by their own text: lines kept apart alone (a table's title block, its notes) are no listing.
    const listing = (aText.length >= 80 || aText.split('\n').length >= 3) && looksLikeCode(aText);
    const rest = (looksLikeCode(bText) || listingLine(bText) || fieldBlock(bText)) && !ALGORITHM_OPENING.test(bText);
    return context.interrupted === true && listing && rest && aCode && bCode;
  }
  if ((bText.length < 60 && HEADING_LINE.test(bText)) || /^\p{L}[\p{L}-]*$/u.test(bText)) return false;
  // A block of "Field: value" pairs ends as its last value does ("Section: unknown … by the debmake package."): no sentence.
  if (ALGORITHM_OPENING.test(bText) || (/^\p{Lu}\p{Ll}/u.test(bText) && endsSentence(bText) && !fieldBlock(bText)))
    return false;
  if (cjkShare(aText) === 0 && cjkShare(bText) > 0) return false;
  if (aCode && bCode) return true;
  if (aCode && leadInLine(bText)) return false;
  if (aCode) return cjkShare(bText) === 0 && /^(?:\p{Ll}|[#.$/-])/u.test(bText);
  // Prose that ends a sentence or a lead-in and then a display formula ("… as follows. m k = 2", "… archive: k = 2")
  // ends as the sentence does.
  return (
    cjkShare(aText) === 0 &&
    !/[.!?:。：]$/.test(aText) &&
    !hasFormulaTail(aText) &&
    !COLON_FORMULA_TAIL.test(aText) &&
    !titleLike(aText)
  );
}

/** A lead-in's colon, then a short formula run in after it (" archive: k = 2"): no words of four letters or more. */
const COLON_FORMULA_TAIL = /[:：]\s+(?=[^:：]*[=<>≤≥])(?![^:：]*\p{L}{4})[^:：]{1,25}$/u;
