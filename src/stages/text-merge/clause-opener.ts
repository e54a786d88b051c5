// A numbered clause opens the next block (session 28, office kinds: insurance rules and statutes that number their
// articles' clauses "5.1.", "5.2." …; features.ts `startFeature` asks this with its other list markers). A clause
// number "N.M." is no list marker `startsWithListMarker` knows ("13." then a digit), so after a fragment ending a
// sentence where a full line ends, a new clause on the next page was joined to it ("…进入死循环。" | "13.2. 如果 …").
// Evidence: the next fragment opens with "N.M." (or "N.M") and a space, and either the first fragment opened with
// an earlier clause of the same article ("13.1." before "13.2.": the document's sequence, whatever the first ends
// in — code lines, a command) or ends a sentence and names nothing the number could count ("… in Section" |
// "13.2. …" is a sentence's reference).
import { endsSentence } from '../../text/chars.js';
import type { Pair } from './pair.js';
import { FULLWIDTH_NUMBERED_ITEM } from './patterns.js';

const CLAUSE = /^\s*(\d{1,3})\.(\d{1,3})\.?\s+\S/u;

export function clauseOpens({ a, aText, bText }: Pair): boolean {
  const next = CLAUSE.exec(bText);
  if (!next) return false;
  const open = CLAUSE.exec(a.text);
  if (open && open[1] === next[1] && Number(open[2]) < Number(next[2])) return true;
  return endsSentence(aText) && !/\p{Lu}[\p{L}.]*$/u.test(aText.replace(/[.。]$/u, ''));
}

/** A numbered item's opening no list marker covers: a full-width numbered item ("１．…"), or a clause "N.M.". */
export function numberedOpener(pair: Pair): boolean {
  return FULLWIDTH_NUMBERED_ITEM.test(pair.bText) || clauseOpens(pair);
}
