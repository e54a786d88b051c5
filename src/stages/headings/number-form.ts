// The document's own way of writing its section numbers (`number-form-habit`), decided once per document from the
// headings the parser typed: whether a plain decimal number ends in a point ("1. Documentation Sources",
// "1.1. Manual Pages" — amsart, elsarticle) or not ("1 Introduction", "1.1 Scope" — article, llncs). A line typed
// as text whose number is written the other way ("2 Debian also provides tutorials …: f(x) = x + 1", a footnote's
// mark) does not continue the sections' numbers, whatever its value (promote.ts).
// Evidence: every typed plain decimal heading (one or more) writes its number one way. Precedence: a number
// written with a word ("Chapter 2", "Appendix A.1") follows no such habit and is left to promote.ts's own rules.
import type { Element } from '../../model/element.js';
import type { Numbering } from '../../text/numbering.js';

/** How a typed heading's plain decimal number is written: ending in a point or not. */
export type NumberForm = 'point' | 'bare';

/** The form of a plain decimal number at the start of `text` (`n` its numbering); undefined for any other numbering. */
export function numberForm(text: string, n: Numbering): NumberForm | undefined {
  const t = text.trim();
  if (n.ladder !== 'decimal' || !t.startsWith(n.label)) return undefined;
  const rest = t.slice(n.label.length);
  // The label inside a word ("A" of "Appendix A.") is no plain number.
  if (/^[\p{L}\p{N}]/u.test(rest)) return undefined;
  return /^[.．]/.test(rest) ? 'point' : 'bare';
}

/**
 * The one form every typed plain decimal heading uses (one or more of them), else undefined: a document that
 * writes its numbers both ways has no habit to hold a line to.
 */
export function numberFormHabit(typed: ReadonlyArray<{ text: string; n: Numbering }>): NumberForm | undefined {
  const forms = new Set<NumberForm>();
  let count = 0;
  for (const { text, n } of typed) {
    const form = numberForm(text, n);
    if (!form) continue;
    forms.add(form);
    count++;
  }
  return count >= MIN_TYPED && forms.size === 1 ? [...forms][0] : undefined;
}

/** Typed plain decimal headings needed before their form is a habit (a paper may type only its "1."). */
const MIN_TYPED = 1;

/** Whether a text's number breaks the document's habit (a plain decimal number written the other way). */
export function breaksNumberForm(text: string, n: Numbering, habit: NumberForm | undefined): boolean {
  if (!habit) return false;
  const form = numberForm(text, n);
  return form !== undefined && form !== habit;
}

/** The habit of the typed headings (`numbers`: the numbering of each typed heading, by id). */
export function numberFormOf(
  typed: readonly Element[],
  numbers: ReadonlyMap<number, Numbering>,
): NumberForm | undefined {
  return numberFormHabit(typed.filter((e) => numbers.has(e.id)).map((e) => ({ text: e.text, n: numbers.get(e.id)! })));
}
