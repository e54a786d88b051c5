// "Field: value" lines end where they end (features.ts, `field-line-before`). Evidence, in order: one short line
// of a capitalised field name, a colon and its value ("Version: 2.1"); or a block of two lines or more each opening
// with a short label and a colon ("Group 1: Stewarts Creek, Pine Creek" / "Group 2: Cathedral Peak 2 …") — a
// labelled list whose last line is whole though it ends without a stop (real dev set, a MinerU paper without boxes:
// the list at a page's foot was joined to "Group 1 exhibit both …" on the next page). Only the element's own line
// breaks count: a paragraph's wrapped lines do not open with labels.

const ONE_FIELD = /^\p{Lu}[\w-]*:\s*\S+$/u;
/** A label of at most four words and 30 characters, opening with a capital or a digit, then a colon and text. */
const LABELLED_LINE = /^[\p{Lu}\p{N}][\p{L}\p{N}.'’()-]*(?: [\p{L}\p{N}.'’()-]+){0,3}:\s+\S/u;

export function isFieldLines(aText: string, rawText: string): boolean {
  if (aText.length < 40 && ONE_FIELD.test(aText)) return true;
  if (!rawText.includes('\n')) return false;
  let lines = 0;
  for (const line of rawText.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    const colon = t.indexOf(':');
    if (colon < 0 || colon > 30 || !LABELLED_LINE.test(t)) return false;
    lines++;
  }
  return lines >= 2;
}
