// A float's note typed text ("Notes: options marked with an asterisk …", "Source: …", "* Not available …") right under
// its float, its caption or another such note is the float's, not a paragraph's fragment: a paragraph the float cut
// goes on past it ("… or write a simpler alterna-" | table | "Notes: …" | "tive in it."). Found on the float-habits
// corpora (session 28), where the writers type a table's note line text as parsers do. Evidence: the line opens as a
// note ("Notes:", "Source:", "注：", a marker "*", "†") and the element before it on its page is a table or an image,
// a caption, a caption's piece or a head row line (`parts`), or another note line. Precedence: with the caption
// pieces, before the candidates (a float part is passed over as captions are).
import { CAPTION_TYPES } from '../../model/block-kinds.js';
import type { Element } from '../../model/element.js';
import { isMarkedNote, isNoteLine } from '../captions/roles.js';

const NOTED_FLOATS = new Set(['table', 'image']);

/** Whether `body[i]` is a float's note line (see above). */
export function floatNote(body: readonly Element[], i: number, parts: ReadonlySet<number>): boolean {
  if (!isNoteLine(body[i]) && !isMarkedNote(body[i])) return false;
  const before = body[i - 1];
  if (!before || before.page !== body[i].page) return false;
  return NOTED_FLOATS.has(before.type) || CAPTION_TYPES.has(before.type) || parts.has(before.id) || isNoteLine(before);
}
