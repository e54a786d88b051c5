// A function signature alone on its line, above its description (a manual's or an API reference's entry):
// "open(path)", "strlen(s)", "Array.prototype.map(callback)", "stitch(input, options?)". The description is a block
// of its own, whatever its first letter (`signature-before`, weighed as `option-term-before` is: an option's name
// alone, "--jobs N", is the same kind of term). Signatures with a return type or a keyword before the name
// ("int foo(char *s)", "def stitch(doc)") read as code already (code.ts, `code-and-prose`); this is the bare call
// form, whose words alone look like prose. Evidence: the whole first fragment is one name (dots, "::", "->" or "#"
// between its parts) glued to one parenthesised argument list, nothing after it but ";" or a return type after
// ":"/"->"; no space before the parenthesis (prose puts one: "the survey (n = 1200)").

/** The first fragment is a call-form signature alone. */
export function isSignatureLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_LENGTH && SIGNATURE.test(t);
}

const MAX_LENGTH = 120;

const SIGNATURE =
  /^[\p{L}_$][\w$]*(?:(?:\.|::|->|#)[\p{L}_$][\w$]*)*\([^()]{0,80}\)(?:\s*(?::|->)\s*[\w$.<>[\]|, ]+)?;?$/u;
