// Reference entries the parser cut at line boundaries: in a reference list, a block that stops in the middle of an
// entry and the block after it that goes on with that entry (MinerU's content list of a Chinese thesis cuts its
// list into blocks of a few lines each, "…基于中国工业企业的经验" | "证据[J].金融研究,(02):51-70. 丁志国,…"). The
// text merge otherwise takes only fragments a break separates; these stand one under the other in one column (a
// pair across a page or column break is left to the ordinary candidates and their evidence).
// Evidence, all required: the pair stands in a reference list (after a heading "References", "参考文献" … and
// before the next heading); the first block stops where no entry ends — on a word or a Han character without a
// stop, a comma, a page range left open ("(04):175-"), or a document-type mark with its venue still to come
// ("…[J].") — and the second opens no entry of its own (no author list with its year: "黄倩,李政.2019.", "Buch C
// M, …", "[12] …"). Weighed by `text-merge.reference-cut`; settled before the ordinary candidates, like the
// parser's own merges. Precedence: after the parser's merges (an empty block MinerU merged stays with its block).
import type { Element } from '../../model/element.js';
import { REFERENCE_START } from './text-kind.js';

/** A reference list's heading. */
const REFERENCES_HEADING =
  /^(?:references|bibliography|works cited|literature|参\s*考\s*文\s*献|引用文献|참고\s*문헌)[\s:：.]*$/i;
/** Types that end a reference list when they follow it. */
const HEADING_TYPES = new Set(['title', 'page_title']);
/** Types a reference entry's pieces are read as. */
const ENTRY_TYPES = new Set(['text', 'list_item', 'reference']);

/**
 * Where no entry ends: a letter or Han character without a stop ("…经济研", "… Asia Pacific"), a comma, a page
 * range left open ("(04):175-", "13(06):12-"), or a document-type mark whose venue is still to come ("…[J].").
 */
const OPEN_END = /(?:[\p{L}\p{sc=Han}]|[,，、]|\d\s*[-–]|\[[JMCDNRSZ]\]\s*[.．])$/u;
/** A Chinese entry's opening: its authors (two to four Han characters each, "等" after) and the year. */
const HAN_AUTHORS_YEAR = /^[\p{sc=Han}·]{2,4}(?:\s*[,，、]\s*[\p{sc=Han}·]{2,4})*\s*(?:等)?\s*[.．]\s*(?:19|20)\d{2}/u;
/** A Latin entry's opening: a surname and initials ("Buch C M ,", "Malmendier U, Tate G", "Altman,E.I.1968"). */
const LATIN_AUTHOR = /^\p{Lu}[\p{L}'’-]+\s*,?\s*(?:\p{Lu}\s?\.?\s?-?){1,3}\s*(?:[,;]|and\b|&|\(?(?:19|20)\d{2})/u;

/** Whether the text opens a reference entry of its own. */
export function opensEntry(text: string): boolean {
  const t = text.trim();
  return REFERENCE_START.test(t) || HAN_AUTHORS_YEAR.test(t) || LATIN_AUTHOR.test(t) || /^\[\d{1,3}\]/.test(t);
}

/** Whether the text stops where no reference entry ends. */
export function stopsInEntry(text: string): boolean {
  return OPEN_END.test(text.trim());
}

/**
 * One under the other on one page: the parser's own cut, which the ordinary candidates never see (a page or column
 * break between is theirs to judge, with their own evidence).
 */
function sameColumn(a: Element, b: Element): boolean {
  if (a.page !== b.page) return false;
  if (!a.bbox || !b.bbox) return true;
  if (!(b.bbox[1] >= a.bbox[1] && b.bbox[0] < a.bbox[2] && a.bbox[0] < b.bbox[2])) return false;
  // The parser's cut leaves no blank: a gap wider than a line (the shorter block's height) means lines were lost
  // between them ("…[J].会计" | three lines' blank | "理世界,37(07):…" in the real dev set's thesis) — no known rest.
  const gap = b.bbox[1] - a.bbox[3];
  return gap <= Math.max(LOST_LINES_GAP, 1.5 * Math.min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1]));
}

/** A blank this small (page fraction) never says lines were lost. */
const LOST_LINES_GAP = 0.02;

/** The judge's feature, rule and reason for these pairs (src/stages/text-merge.ts: strong evidence, judged first). */
export const REFERENCE_CUT = {
  feature: 'reference-cut',
  rule: 'text-merge.reference-cut',
  why: 'in a reference list, a block stops in the middle of an entry and the next goes on with it',
} as const;

/** The pairs [cut block, the block that goes on with its entry] in the document's reference lists. */
export function cutReferenceEntries(body: readonly Element[]): Array<[Element, Element]> {
  const pairs: Array<[Element, Element]> = [];
  let inList = false;
  let open: Element | undefined;
  for (let i = 0; i < body.length; i++) {
    const el = body[i];
    if (HEADING_TYPES.has(el.type)) {
      inList = REFERENCES_HEADING.test(el.text.trim());
      open = undefined;
      continue;
    }
    if (!inList) continue;
    // An empty block (its text merged by the parser into an earlier one) neither cuts nor goes on.
    if (!el.text.trim()) continue;
    if (!ENTRY_TYPES.has(el.type)) {
      open = undefined;
      continue;
    }
    if (open && sameColumn(open, el) && !opensEntry(el.text)) pairs.push([open, el]);
    open = stopsInEntry(el.text) ? el : undefined;
  }
  return pairs;
}
