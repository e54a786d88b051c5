// A manual page's sections (`manual-page-sections`): a document whose first heading is "NAME" and whose next is
// "SYNOPSIS" ("名前", "概要") is a manual page, its sections siblings from the first: "NAME" is no document
// title, whatever its size or its page, and takes the kind of "SYNOPSIS". Evidence: the two headings' words alone,
// in that order; a document titled "Name" whose next heading is anything else ("Article 1", "Chapter I
// Synopsis") keeps its title.
import type { Candidate } from './types.js';

const NAME = /^(?:name|名\s*前|名\s*称)[\s:：.]*$/i;
const SYNOPSIS = /^(?:synopsis|概\s*要|用\s*法)[\s:：.]*$/i;

/** Whether the headings open as a manual page's; if so the first takes the second's key and the evidence. */
export function manualPageSections(kept: Candidate[]): boolean {
  const [name, synopsis] = kept;
  if (!name || !synopsis || name.numbering || synopsis.numbering) return false;
  if (!NAME.test(name.el.text.trim()) || !SYNOPSIS.test(synopsis.el.text.trim())) return false;
  name.key = synopsis.key;
  name.evidence = [...(name.evidence ?? []), 'headings.manual-page-sections'];
  return true;
}
