// A web address cut by a page or column break (text-merge/features.ts, `address-runs-on`): whether the next
// fragment is the rest of the address the first one ends with. Evidence: the address at the first fragment's end,
// the next fragment's one token with a path's marks or a top-level domain, or, after a hyphen or a slash, the rest of
// a path; never a new address, a heading's number, a publisher's notice or CJK text. A plain word after an address
// and its stop is the next text ("… see http://debtags.alioth.debian.org." | "task", a term at the next page's head).
import type { Pair } from './pair.js';
import { NEW_ADDRESS, PUBLISHER_NOTICE } from './patterns.js';
import { cjkShare, URL_AT_END } from './text-kind.js';

/** The rest of an address: a path's marks, or a top-level domain alone ("org", "html"). */
const ADDRESS_REST = /[/.?=&#_~%\d-]|^(?:com|org|net|edu|gov|info|html?|php|[a-z]{2})$/u;

/**
 * An address cut by the break goes on with one more token ("…/referen" + "ce/plugin.html"), or, cut after a
 * hyphen or slash, with the rest of its path ("…/cgi-" + "bin/pkgreport.cgi?tag=security but …").
 */
export function addressGoesOn({ aText, bText, bWords }: Pair): boolean {
  return (
    URL_AT_END.test(aText) &&
    !PUBLISHER_NOTICE.test(aText) &&
    cjkShare(bText) === 0 &&
    // A word of letters alone ("name") after a whole address is no address's rest: that has a path's marks.
    ((bWords === 1 && bText.length < 60 && (/[-/]$/.test(aText) || ADDRESS_REST.test(bText))) ||
      (/[-/]$/.test(aText) && /^[a-z0-9][\w\-.~%]*[/?=&#.][^\s]*/.test(bText))) &&
    !NEW_ADDRESS.test(bText) &&
    // A section number and a title ("2.6. Help resources") open a heading, not an address's rest.
    !/^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u.test(bText)
  );
}
