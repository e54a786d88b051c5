// An unnumbered heading the numbering runs on around (`inside-numbering`): between a numbered heading and the next,
// which continues it one rank below the top ("3. Common Directives" · "Requiring Authentication" · "3.1. Restricting
// Access"; "B. info Documents" · "Specific Documentation" · "C. Websites"), the section numbered before it is still
// open, so the heading lies inside it: it is of the next heading's kind. elsarticle's and revtex's `\subsection*`
// look like their sections (the same size; MinerU's content list gives every heading one level), and the size or
// style habit had made them top sections, closing the numbered section the next heading continues.
// Evidence: the numbered heading after it continues the one before it (the next number, or the first child) below the
// top, its size is known and does not set it apart from that kind (a heading of that kind shares its size class;
// without sizes nothing tells it from an unnumbered chapter the numbering runs past: a book's "Configuration
// Scripts" between 1.5 and 1.6 under Mistral and Unstructured, fresh documents of session 20), nor its case
// (`caseTellsTop`: in the capitals of the top sections alone; an appendix opener's case, "Appendix A: List of Mount
// Points" keyed with revtex's Roman sections, tells nothing of theirs). Precedence (levels.ts): after every habit that keys
// an unnumbered heading as a top section; it re-keys only those, never a keyword (Abstract, References), never one
// whose size or case sets it apart from the next heading's kind, never one the source PDF sets in the font the top
// numbered sections alone are set in (`pdf-font-of-numbered`, levels.ts: a font name and size is surer than where the
// numbering runs; elsarticle's bold `\section*` "dput" between "4. debsign" and "4.1. Upstream git repository", whose
// subsections are not bold, went below "4." with every format, with the PDF as without it), never one the parser's
// trusted level keys as the numbered heading before it and not as the next (`hint-over-inside`, hintTellsTop).
import { APPENDIX, caseStyle } from './candidates.js';
import { follows } from './promote.js';
import type { Candidate } from './types.js';

/** The evidence keyUnnumbered (levels.ts) gives a heading set in the PDF font of one numbered kind alone. */
const PDF_FONT_OF_NUMBERED = 'headings.pdf-font-of-numbered';

/** Whether `b`'s numbering continues `a`'s: `follows` (promote.ts), or the first child of an outline rank ("I." → "A."). */
function continues(a: Candidate, b: Candidate): boolean {
  const [m, n] = [a.numbering!, b.numbering!];
  if (follows(m, n)) return true;
  return m.ladder === n.ladder && m.ladder !== 'decimal' && n.rank === m.rank + 1 && n.values[0] === 1;
}

/**
 * Re-keys each unnumbered, non-keyword heading keyed `topKey` that stands between two numbered headings the second of
 * which continues the first below the top: it takes the second's key. `numberedKeyOf` gives the numbered key of each
 * outline depth (`pdf-outline:1` → `decimal:1`, levels.ts): with `--pdf` the numbered headings are keyed by their
 * outline depth, and their case is read as their numbered kind's (acmart's `\section*` "WIRELESS INTERFACE" in the
 * capitals of "1 ETHERNET INTERFACE", keyed `pdf-outline:1`, went below the top without it).
 */
export function joinInsideNumbering(
  kept: Candidate[],
  topKey: string,
  numberedKeyOf: ReadonlyMap<string, string> = new Map(),
  hintOverInside = false,
): void {
  const kind = (key: string) => numberedKeyOf.get(key) ?? key;
  // Read once, not per heading (a long document holds tens of thousands): only numbered headings are read, and this
  // pass re-keys unnumbered ones alone.
  const nextNumbered = nextNumberedAt(kept);
  const sizes = numberedByKey(kept, (k) => k.sizeClass);
  // An appendix opener ("Appendix A: List of Mount Points", keyed with the Roman sections) tells nothing of their case.
  const cases = numberedByKey(
    kept.filter((k) => !APPENDIX.test(k.el.text.trim())),
    (k) => caseStyle(k.el.text),
    kind,
  );
  let previous: Candidate | undefined;
  kept.forEach((c, i) => {
    if (c.numbering) {
      previous = c;
      return;
    }
    if (!previous || c.keyword || c.key !== topKey || c.evidence?.includes(PDF_FONT_OF_NUMBERED)) return;
    const next = nextNumbered[i];
    if (!next || kind(next.key) === topKey || !continues(previous, next)) return;
    const sizeTells = c.sizeClass === undefined || !sizes.get(next.key)?.has(c.sizeClass);
    if (sizeTells || caseTellsTop(c, cases, topKey, kind(next.key))) return;
    if (hintOverInside && hintTellsTop(c, previous, next)) return;
    c.key = next.key;
    c.evidence = [...(c.evidence ?? []), 'headings.inside-numbering'];
  });
}

/**
 * The parser's level tells it a top section (`hint-over-inside`): keyed by its level hint (`hint-of-numbered`: the
 * parser's levels vary and agree with the numbering), the level of the numbered heading before it and not of the next
 * one (Docling's level 2 for elsarticle's `\section*` "Monitoring Activity" between "1. Monitoring Logs …", level 2,
 * and "1.1. In Real Time", level 3).
 */
function hintTellsTop(c: Candidate, previous: Candidate, next: Candidate): boolean {
  if (c.hint === undefined || !c.evidence?.includes('headings.hint-of-numbered')) return false;
  return previous.hint === c.hint && next.hint !== undefined && next.hint !== c.hint;
}

/** For each position, the first numbered heading after it. */
function nextNumberedAt(kept: readonly Candidate[]): (Candidate | undefined)[] {
  const out = new Array<Candidate | undefined>(kept.length);
  let next: Candidate | undefined;
  for (let i = kept.length - 1; i >= 0; i--) {
    out[i] = next;
    if (kept[i].numbering) next = kept[i];
  }
  return out;
}

/** Per key (read through `kind`), what `read` gives for each numbered heading of that key. */
function numberedByKey<T>(
  kept: readonly Candidate[],
  read: (k: Candidate) => T,
  kind: (key: string) => string = (key) => key,
): Map<string, Set<T>> {
  const out = new Map<string, Set<T>>();
  for (const k of kept) {
    if (!k.numbering) continue;
    const seen = out.get(kind(k.key)) ?? new Set<T>();
    seen.add(read(k));
    out.set(kind(k.key), seen);
  }
  return out;
}

/**
 * The heading is set in the case of every numbered top section ("II. MAKEFILE") and no numbered heading of the next
 * heading's kind is ("A. Requiring Authentication"): IEEEtran's and revtex's `\section*` in capitals, a top section
 * whose first subsection the numbering still counts under the section before it.
 */
function caseTellsTop(
  c: Candidate,
  cases: ReadonlyMap<string, ReadonlySet<string>>,
  topKey: string,
  nextKey: string,
): boolean {
  const [top, below] = [cases.get(topKey) ?? new Set<string>(), cases.get(nextKey) ?? new Set<string>()];
  const own = caseStyle(c.el.text);
  return top.size === 1 && top.has(own) && !below.has(own);
}
