// A lead-in closed by a colon before a fragment in lower case that ends without a sentence's punctuation: what follows
// the colon at a column or page break is what the lead-in announced — a command ("… for that execute:" | "a2enmod
// authz_groupfile …"), a listing's lines, a formula — not the rest of its sentence. Lower case proves nothing there.
// Evidence: the four corpora' train documents (session 23) hold no pair of prose fragments, the first ending with a
// colon and the next starting in lower case, that the gold joins (the joined ones are listings, which code evidence
// settles before the punctuation is read); the fresh book documents of session 22 had 7 wrong joins of this shape
// ("We have to add the users we want to use:" | "turnadmin -a -u roland …", Dots and PaddleOCR).
// Precedence: read after how the next fragment starts (./features.ts), only where the first fragment ends with a colon
// (`colon-end`) and the next got `lowercase-start`; it takes back what lower case said. A hyphen or a comma ends no
// fragment with a colon, so a word cut at the break is not touched; nor is a listing flattened into text (Unstructured).
import { endsSentence } from '../../text/chars.js';
import type { TextMergeFeature } from '../../weights/text-merge.js';
import type { Out, Pair, SentenceEnd } from './pair.js';
import { FUNCTION_WORDS, looksLikeCode } from './text-kind.js';

/** The clause the colon closes is a sentence's (a function word in it), not a field of a listing ("core *~ Runall:"). */
function proseClause(aText: string): boolean {
  const clause =
    aText
      .slice(0, -1)
      .split(/[.!?:]\s/)
      .at(-1) ?? '';
  return (clause.match(FUNCTION_WORDS)?.length ?? 0) > 0 && !looksLikeCode(aText);
}

/** A term in lower case, its stop, then a capitalised sentence: a description list's entry ("binary. Group …"). */
const TERM_ENTRY = /^\p{Ll}[\w-]*\.\s+\p{Lu}\p{Ll}/u;

export function colonLeadInEvidence({ aText, bText }: Pair, sentenceEnd: SentenceEnd, out: Out): void {
  const has = (id: TextMergeFeature) => out.some((o) => o.id === id);
  // A listing flattened into text ("… expire-default: +15 days Runall:" | "root 22:00 …") goes on past its own colon.
  // The sentence's rest ends as a sentence does ("… back-end packages:" | "debhelper, dpkg-dev, …, etc."): only what
  // ends without a sentence's punctuation (a command, a listing's lines, a formula's debris) is taken.
  // A description list's first entry, its term a word in lower case with a stop ("mode can be one of the following:" |
  // "binary. Group based on the binary package name."), is what the lead-in announced too.
  const announced = !endsSentence(bText) || TERM_ENTRY.test(bText);
  if (sentenceEnd === 'colon-end' && announced && has('lowercase-start') && proseClause(aText))
    out.push({ id: 'colon-lead-in', value: 1 });
}
