// A citation cut between its authors and its year: "… as a pre-training task Lee et al." | "(2021). In our protocol
// …" (Marker, a page break in an author-year paper). The stop of "et al." is an abbreviation's, not a sentence's end,
// when the next fragment opens with the citation's year ("(2021)", "(2021a)", "2021,"): the sentence runs on
// (`citation-cut`, weighed instead of `sentence-end`). A sentence that ends in "et al." before a fragment opening
// with anything else keeps its end.

/** The first fragment ends with "et al." and the next opens with a year, bracketed or followed by a comma or stop. */
export function citationCut(aText: string, bText: string): boolean {
  return ET_AL_END.test(aText) && YEAR_START.test(bText.trimStart());
}

const ET_AL_END = /\bet\s+al\.$/;
const YEAR_START = /^(?:\((?:19|20)\d{2}[a-z]?[),;]|(?:19|20)\d{2}[a-z]?[),;.])/;
