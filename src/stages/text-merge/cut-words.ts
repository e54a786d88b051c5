// More of what the text says at a cut inside a column (text-merge.parser-split, split-text.ts): the words on each
// side of the cut that leave a sentence open where split-text.ts's plain cases (lower case after a word ending in
// lower case, a dangling word, a name's next word) do not see it. Each is read only where the next block stands as
// close as a paragraph's next line (`closely`), since the text alone is weaker here than lower case going on:
//  - a noun phrase left open: an article or determiner and one word before a capitalised word or an acronym ("… It
//    requires having the old" | "Debian source in …", "… A typical" | "Debian mirror …"): the phrase wants its noun;
//  - an acronym after a word, before a lower-case word ("… ban the IP" | "address where …", "… and DEB_DISTRIBUTION" |
//    "variables."): a sentence does not stop on an acronym without its stop;
//  - a technical name cut at its hyphen before a capital or a digit ("… Aptitude::UI::Package-" | "Header-Format, and
//    …", "… renaming the source to hello-" | "0.9.12.tar.gz.");
//  - a bracket or quote the next block opens and closes, the sentence going on or stopping after it ("… issues a
//    Debian Security Advisory" | "(DSA) and announces …", "… see the section called" | "“Managing packages”.");
//  - an option's name the sentence goes on after ("… the first entry in the list" | "Aptitude::Sections::Top-Sections
//    will be used instead."), a placeholder or an escape ("… replacing the" | "%-escapes according to …").
// Never (the caller's `sentenceGoesOn` asks first): two blocks that open alike with a term and its stop or colon are
// entries of a list ("deb. package source of binary packages" | "deb-src. package source of source packages").
/**
 * How the text says the sentence goes on: `plainly` (the next block's opening is the sentence's own), `closely` (only
 * where the next block stands as close as a paragraph's next line: a capital after "… to display the" may open a note
 * set at the column's foot, "Authors’ addresses: …"), or not at all.
 */
export type GoesOn = 'plainly' | 'closely' | false;

/** An article or determiner and one lower-case word at the end: a noun phrase left without its noun. */
const OPEN_PHRASE_END =
  /\s(?:the|a|an|this|that|these|those|its|their|our|your|each|every|any|some|no)\s\p{Ll}[\p{Ll}-]*$/iu;
/** A capitalised word or an acronym opening the next block, not a sentence's usual first word. */
const CAPITAL_OPENING =
  /^(?!(?:The|This|These|That|Those|There|Then|Thus|It|Its|In|If|As|At|A|An|We|Our|On|For|When|While|With|By|To|From|Each|All|Some|Most|No|Note|Here|However|Also|One|See|For)\b)\p{Lu}[\p{L}\d]*[\s,.;:)]/u;
/** An acronym (capitals, digits, underscores) after a plain word at the end ("… the IP", "… the SLAPD_SERVICES"). */
const ACRONYM_END = /\s\p{L}+\s\p{Lu}[\p{Lu}\d_]+$/u;
/** A word of prose in lower case opening the next block. */
const PROSE_OPENING = /^\p{Ll}{2,}[\s,.;:]/u;
/** A technical name cut at its hyphen (it holds "::", "_", a slash, another hyphen, or is in capitals). */
const NAME_HYPHEN_END = /(?:^|\s)(?:\S*(?:::|[_/\\])\S*|[\p{L}\d]+-\S*|\p{Lu}{2,})-$/u;
/** The rest of such a name: a capital or a digit, then no space before its punctuation or its next word. */
const NAME_REST_OPENING = /^[\p{Lu}\d][\w.~/-]*(?:[\s,.;:)]|$)/u;
/** A bracket or quote opening the next block and closed within its first words, then lower case, a stop or nothing. */
const BRACKET_OPENING =
  /^(?:\([^()]{1,60}\)|“[^“”]{1,60}”|"[^"]{1,60}")(?:[.,;:]?\s+\p{Ll}|[.,;:)]*\s*\p{Lu}|[.,;:)]*$)/u;
/** An option's name ("Aptitude::Sections::Top-Sections"), a placeholder or an escape, then the sentence going on. */
const TOKEN_OPENING = /^(?:\p{L}[\w-]*(?:::[\w-]+)+|[%\\$][\w-]*)(?:\s+\p{Ll}{2,}|[.,;:)]+(?:\s|$))/u;
/** A term and its stop or colon opening a block before its description in lower case ("deb. package source …"). */
const TERM_OPENING = /^([^\s.:]{1,30})([.:])\s+\p{Ll}/u;

/** Two blocks that open alike with a term and its stop or colon: entries of a list, not a paragraph's parts. */
export function entriesAlike(aText: string, bText: string): boolean {
  const a = TERM_OPENING.exec(aText);
  const b = TERM_OPENING.exec(bText);
  return !!a && !!b && a[2] === b[2];
}

/** The words at the cut leave the sentence open (only where the next block stands as close as a line). */
export function cutWordsGoOn(aWhole: string, bWhole: string): GoesOn {
  // the words next to the cut only (a long block without spaces is no quadratic search for its last word)
  const [aText, bText] = [aWhole.slice(-80), bWhole.slice(0, 120)];
  const endsWord = /\p{Ll}$/u.test(aText);
  if (OPEN_PHRASE_END.test(aText) && CAPITAL_OPENING.test(bText)) return 'closely';
  if (ACRONYM_END.test(aText) && PROSE_OPENING.test(bText)) return 'closely';
  if (NAME_HYPHEN_END.test(aText) && NAME_REST_OPENING.test(bText)) return 'closely';
  if ((endsWord || /[\p{Lu}\d]$/u.test(aText)) && BRACKET_OPENING.test(bText)) return 'closely';
  return endsWord && TOKEN_OPENING.test(bText) && 'closely';
}
