// What the text says at a cut inside a column (text-merge.parser-split, parser-split.ts): whether the sentence the
// first block leaves open goes on in the next block. Evidence, from the strongest:
//  - the next block opens in lower case after a word ending in lower case, a possessive ("… a package’s" | "state."),
//    an option's letter ("… equivalent to the -f" | "command-line option."), a closing bracket ("… (DSA)" | "and
//    announces …") or a note's mark ("… with the uscan 2" | "command from …"); or it opens with a note's mark and then
//    lower case after a word ("… with the uscan" | "2 command from …": the superscript's number read at the next
//    line's start; not after a hyphen, where the word's rest would have to follow);
//  - a hyphen, a comma, a dash or a word no sentence ends with before a name, a number or a path ("… within" | "10
//    minutes"), a section's label before its number ("… (see Section" | "6.2.3, …"), a capitalised word of a name
//    before the next word of it ("… includes Microsoft" | "Internet Explorer …"), an opening bracket or quote left open
//    ("… (see" | "Section 5.8)"): only where the next block stands as close as a line (`closely`);
//  - CJK prose stops only on its stops.
// Never: a stop at the first block's end, a list marker, a heading's number or a clause's label opening the next, a
// formula glued after a stop, a change of script, a word alone with no stop (a term over its description).
import { cutWordsGoOn, entriesAlike, type GoesOn } from './cut-words.js';
import { FILE_NAME_START, hasFormulaTail } from './patterns.js';
import { cjkShare, DANGLING_WORD } from './text-kind.js';

export type { GoesOn } from './cut-words.js';

/**
 * A block left open stops on a letter, a closing quote, a comma or a dash, a closing bracket after a word, or a note's
 * mark after a word — not on a formula's symbol or a bare number ("… 𝛼 > 0" | "(pattern)").
 */
export const ENDS_OPEN = /(?:[\p{L},，、\-–—]["'”’]?|[\p{L}\d][)）>]|\p{Ll}\s?\d{1,2})$/u;
/** A sentence's or clause's end, closing quotes and brackets after it. */
const STOP_END = /[.!?:;。！？：；…]["'”’)\]」』）]*$/u;
/**
 * A list entry's marker, a heading's number, a clause's number ("3.2. For other …", office kinds' rules: not a path
 * the sentence goes on with) or a clause's label ("第十八条") opening the next block: a block of its own.
 */
const OWN_OPENING =
  /^(?:[•◦▪‣·*■□➢►-]\s|\(?\d{1,3}[.)]\s|\p{Lu}[.)]\s|\(?(?:\p{Ll}|[ivxlc]{1,5})\)\s|\d+(?:\.\d+)+\.?\s|第[0-9０-９一二三四五六七八九十百千]+[条條章节節款项項])/u;
/**
 * The first block's end before lower case: a word ending in lower case, a possessive, an option's letter, a letter alone
 * (the article, "… how many of a" | "solution's actions …", or a formula's index the text layer set at the line's
 * end, "… and even how m" | "the display is organized …").
 */
const LOWER_GOES_ON = /(?:\p{L}\p{Ll}["'”’]?|\p{L}['’]s|\s--?\p{Ll}|\p{L}\s\p{Ll})$/u;
/** A note's mark glued at the end ("… the uscan 2"), or opening the next block before lower case ("2 command …"). */
const MARK_AT_END = /\p{Ll}\s?\d{1,2}$/u;
const MARK_OPENING = /^\d{1,2}\s+(?=\p{Ll}{2})/u;
/**
 * A word of prose in lower case opening the next block: two letters or more, the article "a", or a letter named in the
 * sentence ("… grouped under" | "d, while …"), or a lone letter before a word in lower case (a formula's index or
 * power the text layer set at the line's start, "… used to build the Debian" | "m binary package …"; a variable named
 * in the sentence, "… will match any package" | "x that depends on …").
 */
const LOWER_OPENING = /^[“‘"'(]?(?:\p{Ll}{2,}|a\s|\p{Ll}[,;]\s|\p{Ll}\s(?=\p{Ll}{2,}[\s.,;:]))/u;
/**
 * A path or a file name opening the next block and the sentence going on after it in lower case or with its stop
 * ("… editing" | "/etc/suricata/suricata.yaml, which is …", "… a simple and clean" | "debian/rules file.", a manual
 * page's section after the name, "… programs uses" | "dh_python3(1) and pybuild(1) …"); not a
 * term over its description, whose name a bracket or a colon follows ("debian/manpages (maintainer version):").
 */
const PATH_GOES_ON = /^(?:\/|[\p{Ll}\d][\w-]*[./_])[\w./~*-]*(?:\(\d\w?\))?(?:\s+\p{Ll}{2,}|[.,;)]\s|[.,;)]+$)/u;
/** A cross-reference's label before its number ("… (see Section" | "6.2.3, “System Upgrade”)"). */
const LABEL_BEFORE_NUMBER = /\b(?:Sections?|Chapters?|Figures?|Tables?|Appendix|Part|Equation|RFC|version)$/u;
/** The number going on with the sentence ("6.2.3, …", "7 and later"), not a footnote's number before its text ("1 The …"). */
const NUMBER_GOES_ON = /^\d[\d.]*(?:[,;:)]|\.?\s+\p{Ll}|\.?$)/u;
/**
 * CJK prose going on in the next block: a letter, an opening bracket or quote before one ("（例如，…", "“扩展” 分区"),
 * or a note's mark or a formula's power glued before CJK text ("… 等着好的维" | "1护者来接手"); not an item's bracketed
 * number opening it ("（三） 团队", "(2) …": a list's next item, office kinds' rules).
 */
const CJK_GOES_ON =
  /^(?![(（][一二三四五六七八九十\d\p{Ll}]{1,3}[)）])(?:\d{1,2}(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|[(（「『“‘])?\p{L}/u;
/** Head matter's label opening the block: its terms are no sentence ("Index Terms—Synopsis, Description, …"). */
const TERMS_LABEL = /^(?:Index Terms|Keywords|Key words|CCS Concepts|Additional Key Words)\b/iu;
/**
 * A capitalised word (not an acronym) after a lower-case one ending the block: a name may go on ("… includes
 * Microsoft" | "Internet Explorer"); not a title's words ("… Creating a Preseed File" | "The Falcot Corp …") nor a new
 * sentence's opening word.
 */
const NAME_WORD_END = /\s\p{Ll}[\p{L}'’-]*\s["“‘(]?\p{Lu}\p{Ll}+$/u;
const NAME_WORD_OPENING =
  /^(?!(?:The|This|These|That|Those|There|Then|Thus|It|Its|In|If|As|At|A|An|We|Our|On|For|When|While|With|By|To|From|Each|All|Some|Most|No|Note|Here|However|Also|One)\b)\p{Lu}\p{Ll}/u;

/** An opening bracket or quote left open in the last words of the block ("… (see", "… the “Debian"). */
function leftOpen(text: string): boolean {
  const tail = text.slice(-40);
  const open = Math.max(tail.lastIndexOf('('), tail.lastIndexOf('“'));
  return open >= 0 && !/[)”]/.test(tail.slice(open));
}

/** A round bracket the block opened and has not closed, anywhere in it ("… (see its documentation for the values"). */
function bracketOpen(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
  }
  return depth > 0;
}

/** A closing bracket in the next block's first words before any opening one ("outdated). The first …"). */
function closesUnopened(text: string): boolean {
  // (a note's mark glued before the words, "2）dpkg, dpkg-dev …", is no bracket)
  const head = text.replace(/^\d{1,2}[)）](?=\S)/u, '').slice(0, 40);
  const close = head.search(/[)）]/u);
  return close >= 0 && !/[(（]/u.test(head.slice(0, close));
}

/** Latin text after the first block's open end: lower case, a note's mark, then names and numbers. */
function latinGoesOn(aText: string, bText: string): GoesOn {
  const lower = LOWER_OPENING.test(bText) && !FILE_NAME_START.test(bText);
  // a note's mark at the end or opening the next block, before lower case ("… the uscan" | "2 command from …")
  if (MARK_AT_END.test(aText) || /[)）>]$/.test(aText)) return lower && 'plainly';
  if (/\p{L}$/u.test(aText) && MARK_OPENING.test(bText))
    return LOWER_OPENING.test(bText.replace(MARK_OPENING, '')) && 'closely';
  // lower case goes on after a word ending in lower case (an address's "USA" or a heading's "FAQ" over a paragraph
  // ends a block), unless it is a file name's ("… usr/bin" | "debian/manpages (maintainer version):")
  if (LOWER_GOES_ON.test(aText) && (lower || PATH_GOES_ON.test(bText))) return 'plainly';
  // a comma after a word, then a word of prose in lower case ("… in the highest one," | "that is, the one …")
  if (/\p{L},$/u.test(aText) && lower) return 'plainly';
  // a word cut at its hyphen goes on in lower case; after a comma, a dash or a word no sentence ends with, a name,
  // a number or a path may come ("… within" | "10 minutes, …")
  if (/\p{L}-$/u.test(aText) && /^\p{Ll}/u.test(bText)) return 'plainly';
  if (LABEL_BEFORE_NUMBER.test(aText) && NUMBER_GOES_ON.test(bText)) return 'plainly';
  if ((/[,–—]$/u.test(aText) || DANGLING_WORD.test(aText)) && /^[“‘"'(/\p{L}\p{N}]/u.test(bText)) return 'closely';
  // a name's next word, or what an opening bracket or quote left open holds
  if (NAME_WORD_END.test(aText) && NAME_WORD_OPENING.test(bText)) return 'closely';
  if (leftOpen(aText) && /^[“‘"'\p{Lu}\p{N}]/u.test(bText)) return 'closely';
  // the words at the cut: a noun phrase, an acronym, a name's hyphen, a bracket or an option's name (./cut-words.ts)
  return cutWordsGoOn(aText, bText);
}

/**
 * The text says the sentence goes on: the first block ends no sentence or clause, and the next opens in lower case
 * ("… without the upstream" | "tarball."), or the first stops on a comma, a hyphen or a word no sentence ends with
 * ("… If Fail2Ban detects five failed login attempts within" | "10 minutes, …"; "… by the" | "/etc/…"), or, in CJK
 * text, the first stops on a letter or a comma, not a stop ("… 我们只关注打包的" | "技术方面。…"). The geometry has
 * ruled out a title or a list over its first entry; a capital after a word a sentence may end with decides nothing.
 * The caller has seen the first block end open (ENDS_OPEN).
 */
export function sentenceGoesOn(aText: string, bText: string, cjk: boolean): GoesOn {
  // A formula glued after a sentence's stop ("… the upstream version. x ≤ n i") ends that sentence; a paragraph
  // keeps its script.
  if (STOP_END.test(aText) || OWN_OPENING.test(bText)) return false;
  // head matter's terms go on only after a comma or a word that dangles, not into the next block's words
  if (TERMS_LABEL.test(aText)) return (/,$/.test(aText) || DANGLING_WORD.test(aText)) && 'closely';
  if (hasFormulaTail(aText) || cjk !== cjkShare(bText) >= 0.3) return false;
  // the next block closes a bracket it never opened: the rest of some other bracket than the first block's
  if (closesUnopened(bText) && !bracketOpen(aText)) return false;
  // CJK prose stops only on its stops: a full line ending on a letter or a comma goes on (in CJK or a Latin name);
  // not after a bracket or a mark, which may close a title's gloss ("… 去！(RTFM)")
  // (a number glued before the text may also be a footnote's set off under the paragraph: only as close as a line)
  if (cjk)
    return (
      /[\p{L},，、\-–—]["'”’]?$/u.test(aText) && CJK_GOES_ON.test(bText) && (/^\d/.test(bText) ? 'closely' : 'plainly')
    );
  // a word alone with no stop is a term over its description ("… of binary packages" | "deb-src"); blocks opening
  // alike with a term and its stop are a list's entries ("deb. package source …" | "deb-src. package source …")
  if ((!/\s/.test(bText) && !/[.!?,;:)]$/.test(bText)) || entriesAlike(aText, bText)) return false;
  return latinGoesOn(aText, bText);
}
