// A citation cut between its authors and its year: "… as a pre-training task Lee et al." | "(2021). In our protocol
// …" (Marker, a page break in an author-year paper). The stop of "et al." is an abbreviation's, not a sentence's end,
// when the next fragment opens with the citation's year ("(2021)", "(2021a)", "2021,"): the sentence runs on
// (`citation-cut`, weighed instead of `sentence-end`). A sentence that ends in "et al." before a fragment opening
// with anything else keeps its end.

// A Chinese reference entry (GB/T 7714) cut after its type mark: "杨秀云,蒋园园.2016.KMV 模型 …实证检验[J]." | "财经理论与实践,
// 37(01):34-40." (the real dev set's MinerU thesis, a page break): the mark's stop ends no entry, whose source, volume and
// pages follow; the next fragment opens with them (a name, a comma, an issue and a colon), not with the next entry's
// authors and year.

/**
 * The first fragment ends with "et al." and the next opens with a year, bracketed or followed by a comma or stop; or
 * it ends with a reference's type mark ("[J].") and the next opens with the entry's source and issue.
 */
export function citationCut(aText: string, bText: string): boolean {
  const b = bText.trimStart();
  return (ET_AL_END.test(aText) && YEAR_START.test(b)) || (TYPE_MARK_END.test(aText) && SOURCE_ISSUE_START.test(b));
}

/** A GB/T 7714 type mark ending the fragment: journal, book, proceedings, thesis, report, newspaper, standard, patent. */
const TYPE_MARK_END = /\[(?:J|M|C|D|R|N|S|P|EB\/OL)\][.．]$/;
/** A source, a comma, an optional volume, an issue in brackets, a colon and a page ("财经理论与实践,37(01):34"). */
const SOURCE_ISSUE_START = /^[^,，.。\d][^,，.。]{0,39}[,，]\s?\d{0,4}\s?\(\d{1,3}\)\s?[:：]\s?\d/u;

const ET_AL_END = /\bet\s+al\.$/;
const YEAR_START = /^(?:\((?:19|20)\d{2}[a-z]?[),;]|(?:19|20)\d{2}[a-z]?[),;.])/;
