// A cover form: a thesis's or a report's first page set as a form of "label：value" lines ("题目：…", "姓 名：…",
// "学 号：…", "Title: …", "Author: …"). Its title field names the document, whatever the parser typed it (MinerU
// gives it as text), and the large line above it names the document's kind ("硕士研究生学位论文", "Master's Thesis"),
// not its title. Evidence: on the document's first page, a line whose label is a title's ("题目", "Title") among at
// least COVER_FIELDS other label-value lines. It then becomes a heading (`cover-form-title`, the title decision
// names it) and an unnumbered heading above it on that page is demoted (`demoted-document-kind`). It comes after the
// text demotions and before the size demotions and the title decision (title.ts takes it as the title). A
// first page with fewer fields (a paper's "Keywords:" line, an abstract's "Title:") is no form: nothing changes.
import type { Element } from '../../model/element.js';
import type { FurnitureResult } from '../types.js';
import { demote } from './candidates.js';
import type { Candidate, HeadingContext } from './types.js';

export const COVER_FORM_TITLE = 'headings.cover-form-title';

/** The candidates with the cover form's title field among them and the document-kind line above it left out. */
export function coverFormTitle(
  candidates: Candidate[],
  elements: readonly Element[],
  furniture: FurnitureResult,
  ctx: HeadingContext,
): Candidate[] {
  if (ctx.weights['cover-form-title'] <= 0) return candidates;
  const body = elements.filter((e) => !furniture.kinds.has(e.id) && e.text.trim() !== '');
  const firstPage = body[0]?.page;
  if (firstPage === undefined) return candidates;
  const onPage = body.filter((e) => e.page === firstPage);
  const fields = onPage.filter((e) => formLabel(e.text) !== undefined);
  const field = fields.find((e) => TITLE_LABEL.test(formLabel(e.text)!));
  if (!field || fields.length - 1 < COVER_FIELDS) return candidates;
  const kept = candidates.filter((c) => {
    if (c.el.page !== firstPage || c.el.id >= field.id || c.numbering || c.keyword) return true;
    const message = `not a heading: the line above the cover form's title field "${field.text.trim().slice(0, 30)}" names the document's kind`;
    return !demote(ctx, c.el, 'headings.cover-form', 'headings.demoted-document-kind', message);
  });
  if (kept.some((c) => c.el.id === field.id)) {
    for (const c of kept) if (c.el.id === field.id) c.evidence = [...(c.evidence ?? []), COVER_FORM_TITLE];
    return kept;
  }
  const at = kept.findIndex((c) => c.el.id > field.id);
  const candidate: Candidate = { el: field, keyword: false, key: '', evidence: [COVER_FORM_TITLE] };
  return at < 0 ? [...kept, candidate] : [...kept.slice(0, at), candidate, ...kept.slice(at)];
}

/** At least this many other label-value lines on the page besides the title field. */
const COVER_FIELDS = 2;

/**
 * The label of a one-line "label：value" field: a label of at most six CJK characters (spaces between them, "姓 名")
 * or three words, a colon, a value on the same line.
 */
function formLabel(text: string): string | undefined {
  const m = FIELD.exec(text.trim());
  if (!m) return undefined;
  const label = m[1].trim();
  const cjk = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\s]+$/u.test(label);
  if (cjk ? label.replace(/\s/g, '').length > 6 : label.split(/\s+/).length > 3) return undefined;
  return label;
}

const FIELD = /^([^:：\n]{1,24}?)\s*[:：]\s*(\S[^\n]{0,120})$/u;

/** A title's label: 题目, 论文题目, 标题, 題目, 제목, Title, Thesis title. */
const TITLE_LABEL =
  /^(?:(?:论\s*文|論\s*文)?\s*(?:题\s*目|題\s*目|标\s*题|標\s*題)|제\s*목|(?:thesis\s+|dissertation\s+|report\s+)?title)$/iu;
