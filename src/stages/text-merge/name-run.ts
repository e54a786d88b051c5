// A run of names cut by a page or column break (features.ts: an open end after a list item, then a capital). The
// evidence is the text alone: the item ends on a capitalised word after a comma and the next block opens with one and
// a comma. Real dev set, Docling's DocLayNet paper: a reference's author list "… Lorenzo Mammana, Laurentiu" at a
// column's foot, its rest "Diaconu, Mai Thanh Minh, Marc, …" typed text under the next page's figure.

/**
 * A run of names cut between a first name and a surname ("… Lorenzo Mammana, Laurentiu" | "Diaconu, Mai Thanh Minh,
 * …"): the item ends on a capitalised word after a comma and the next block, no list item, opens with a capitalised
 * word and a comma — an author list going on, so the capital is no new entry's (features.ts, `capital-start`).
 */
export function nameRunCut({ aText, b, bText }: { aText: string; b: { type: string }; bText: string }): boolean {
  return b.type !== 'list_item' && /,\s\p{Lu}[\p{Ll}'’-]+$/u.test(aText) && /^\p{Lu}[\p{Ll}'’-]+,\s\p{Lu}/u.test(bText);
}
