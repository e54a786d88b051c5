// A description term's shape (pdf-term.ts, pdf-numbered-font.ts): a lower-case name with its argument list
// ("filter(pattern)", "tag[(facet)]"). Its own file, so the rules that read it import no stage module.

/** A lower-case name, then its arguments in parentheses or brackets holding a word, to the end of the line. */
const CALL_TERM = /^\p{Ll}[\p{L}\p{N}_.:+-]*\s?(?:\[\(|[([])(?=[^)\]]*\p{L})[^\n]*[)\]]$/u;

export function isCallTerm(text: string): boolean {
  return CALL_TERM.test(text.trim());
}
