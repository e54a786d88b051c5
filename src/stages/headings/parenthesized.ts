// A title wholly in brackets is a note, not a heading (`demoted-parenthesized`): a form's or declaration's remark
// ("（保密论文在解密后遵守此规定）", "(to be filled in by the library)") that a parser typed as a title for its centred
// line. Evidence: the whole text inside one pair of round brackets (full- or half-width), no bracket inside, no
// numbering ("（一）…" and "(a) …" are numbered and open a heading's text, they do not wrap it). Precedence
// (demotions.ts): after the "(continued)" and caption-label demotions, before the sentence and note-label ones.

/** The whole text in one pair of round brackets, with nothing bracketed inside. */
const WRAPPED = /^[(（][^()（）]+[)）][.。:：]?$/u;

export function isParenthesizedNote(text: string): boolean {
  return WRAPPED.test(text.trim());
}
