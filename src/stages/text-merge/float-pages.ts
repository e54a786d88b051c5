// A page that holds only floats (LaTeX's float pages: an algorithm, figures with their captions and subfigure labels)
// holds no footnotes, so a note cut at the foot of the page before it goes on at the foot of the next page of text
// (latex-book-handbook-en-sect-task-scheduling-cron-atd: "2 In Debian, cron takes the time change (… or in fact for any"
// at page 7's foot, an algorithm and a figure on page 8, "significant change in the local time) into account …" at page
// 9's foot). Evidence: every text block of the page is an algorithm's caption line or body, or a subfigure's label
// (captions typed as text are no note text already, ./note-runs.ts `noteText`). Precedence: asked by ./note-runs.ts
// where it looks for a note's rest on the next page; one float page is skipped at most.
import type { Element } from '../../model/element.js';
import { isAlgorithm, subfigureLabelText } from './breaks.js';

/** The note text of the page after `page`, past one page of floats. */
export function nextTextPage(page: number, byPage: ReadonlyMap<number, readonly Element[]>): readonly Element[] {
  const next = byPage.get(page + 1) ?? [];
  const floatsOnly = next.every((e) => isAlgorithm(e) || subfigureLabelText(e));
  return floatsOnly ? (byPage.get(page + 2) ?? []) : next;
}
