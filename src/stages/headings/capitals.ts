// A numbered list item in the capitals of the typed headings of its rank (`lone-item-caps`, promote.ts): Azure DI
// gives amsart's centred section "5. HELPER PACKAGES" as a list paragraph after the typed "4. EXAMPLES" (and after a
// bulleted list), every typed section of rank 1 in capitals ("1. NAME", "2. SYNOPSIS" …). A list item of rank 1 was
// taken only alone and when the next typed heading continues it (a Markdown list "1. Description: …" before the typed
// "1.1."); one whose words are in capitals, as every typed heading of its ladder and rank is (two at least), may also
// stand beside other items and continue the heading before it: a list's entries are not set in capitals. Evidence and precedence: with the sequence rule of promote.ts, never against it.
import type { Element } from '../../model/element.js';
import type { Numbering } from '../../text/numbering.js';

/** Typed headings of a ladder and rank, at least, for their case to tell. */
const MIN_TYPED = 2;

/** The text opens with the label itself, not a word that starts with its letters ("Appendix A" and "A"). */
const opensWith = (text: string, label: string) => text.startsWith(label) && !/^\p{L}/u.test(text.slice(label.length));

const rankKey = (n: Numbering) => `${n.ladder}:${n.rank}`;

/** Words in capitals: two letters or more after the number, none lower-case. */
function inCapitals(text: string, n: Numbering): boolean {
  const rest = text.slice(text.indexOf(n.label) + n.label.length);
  const letters = rest.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && !/\p{Ll}/u.test(rest);
}

/** Per ladder and rank of the typed numbered headings: whether they are all in capitals (two or more of them). */
export function capsOfRanks(typed: readonly Element[], numbers: ReadonlyMap<number, Numbering>): Map<string, boolean> {
  const all = new Map<string, { caps: boolean; count: number }>();
  for (const e of typed) {
    const n = numbers.get(e.id);
    // A number in words ("Appendix A. LICENSE" among "1. NAME" …) tells nothing of the sections' case.
    if (!n || !opensWith(e.text.trim(), n.label)) continue;
    const had = all.get(rankKey(n)) ?? { caps: true, count: 0 };
    all.set(rankKey(n), { caps: had.caps && inCapitals(e.text.trim(), n), count: had.count + 1 });
  }
  return new Map([...all].map(([k, v]) => [k, v.caps && v.count >= MIN_TYPED]));
}

/** Whether a text numbered `n` is in capitals, as every typed heading of its ladder and rank is. */
export function capsLikeTyped(text: string, n: Numbering, caps: ReadonlyMap<string, boolean>): boolean {
  return caps.get(rankKey(n)) === true && inCapitals(text, n);
}
