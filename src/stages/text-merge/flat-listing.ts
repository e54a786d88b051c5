// A listing whose line breaks the parser dropped (Azure DI paragraphs, Textract layout text, Unstructured): read
// from its tokens, as no kept line break or indent is left to tell it. Code evidence for ./code.ts (a side that
// passes is code, besides the shared test of ./text-kind.ts, which reads symbol density and takes a run of commands
// between prompts or a comment in words for prose); strict enough that prose naming paths and options is none.
import { cjkShare, FUNCTION_WORDS, NOTE_LABEL } from './text-kind.js';

/** A quoted string, a value of the listing's: one token whatever words it holds ('"Type Enter to exit: "'). */
const QUOTED = /"[^"\n]{0,80}"|'[^'\n]{0,80}'/g;
/**
 * A token only a listing writes: a symbol of a program or a shell in it ("$d/debian", "d=.", "];", "&&", "`readlink",
 * "join_team(program)", "<newversion>", "#"), an option ("-rf", "--xz"), a path or address, a field name in lower
 * case ("passwd:", "clean:"), a tree's glyphs or their "???" stand-ins.
 */
const CODE_TOKEN = /[$={}[\]<>|&;`\\_~*#@]|^--?[A-Za-z]|\w\(|\/|^\p{Ll}[\p{L}\d-]*:$|^\?{3}$|^[├└│─]+$|^[.!]$|^\.{3}$/u;
/** A sentence's end then the next sentence's capital, in words ("… mode. The audit=1 …"): prose between symbols. */
const SENTENCE_JOINT = /\p{Ll}{2,}[.!?]\s+\p{Lu}\p{Ll}/gu;

/**
 * A listing flattened into one line, six tokens at least, no CJK prose, sentences joined in words rarer than one in
 * twenty tokens, quoted strings counted as one token: half the tokens or more a program's and function words under
 * one in ten ("d=. while [ ! -d $d/debian … ]; do d=$d/..; done if …; then # if in Debian packaging tree …"); or a
 * third and no function word at all, commands between prompts ("... $ gbp pq rebase $ git checkout master …").
 * "Then let’s create ~/.quiltrc-dpkg as follows." is none.
 */
export function flatListing(text: string): boolean {
  const t = text.trim();
  if (t.length < 20 || cjkShare(t) >= 0.2) return false;
  const bare = t.replace(QUOTED, ' "s" ');
  const tokens = bare.split(/\s+/);
  const n = tokens.length;
  if (n < 6) return false;
  const code = tokens.filter((w) => CODE_TOKEN.test(w) || w === '"s"').length;
  const little = bare.match(FUNCTION_WORDS)?.length ?? 0;
  if ((t.match(SENTENCE_JOINT)?.length ?? 0) * 20 >= n) return false;
  return (code * 2 >= n && little * 10 < n) || (code * 3 >= n && little === 0);
}

/** A field of a control file or a mail header: a capitalised name, parts joined by hyphens, a colon ("Build-Depends: "). */
const FIELD_NAME = /(?:^|\s)\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*:\s/gu;
const FIELD_OPENING = /^\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*:\s/u;

/**
 * A block of "Field: value" pairs goes on with one more field: the first fragment ends in three fields or more (in its
 * last 200 characters), the next opens with a field's name ("… Multi-Arch: foreign Depends: ${misc:Depends}" |
 * "Description: Simple packaging example …"), though its value reads as a sentence. Not a note's label ("Note: …").
 */
export function fieldGoesOn(aText: string, bText: string): boolean {
  if (!FIELD_OPENING.test(bText) || NOTE_LABEL.test(bText)) return false;
  return (aText.slice(-200).match(FIELD_NAME)?.length ?? 0) >= 3;
}
