// Azure DI v4 `sections` as the parser's own heading levels (hints.level). `sections` is a tree written as a flat
// array: each section's `elements` list "/paragraphs/N", "/tables/N", "/figures/N" and its subsections
// "/sections/N"; the root section (referenced by none) holds the document's title paragraph and its top sections
// (the real responses put the title first in the root, then "/sections/1", "/sections/2" …). A section's heading is
// its first element when that is a paragraph; its level is the section's depth + 1 (the root's heading, the title,
// 1; the top sections 2), as structure.json counts a titled document. The adapter applies a level only to a
// paragraph whose role is title or sectionHeading (a section that opens with body text has no heading).
// A malformed tree is read around with a warning, never a load failure: a bad entry or pointer is skipped, a
// section claimed by two parents keeps its first, sections reached only through a cycle get no level.

type Obj = Record<string, unknown>;
export type Warn = (code: string, message: string) => void;

const SECTION = /^\/sections\/(\d+)$/;
const PARAGRAPH = /^\/paragraphs\/(\d+)$/;

/** The `elements` pointers of each section (an empty list for an entry that is not a section object). */
function elementLists(sections: unknown[], warn: Warn): string[][] {
  let bad = 0;
  const lists = sections.map((s) => {
    if (s === null || typeof s !== 'object' || Array.isArray(s)) {
      bad++;
      return [];
    }
    const els = (s as Obj).elements;
    if (els === undefined || els === null) return [];
    if (!Array.isArray(els)) {
      bad++;
      return [];
    }
    const strings = els.filter((e): e is string => typeof e === 'string');
    if (strings.length < els.length) bad++;
    return strings;
  });
  if (bad > 0) warn('azure-di.sections-malformed', `${bad} section(s) with no readable elements list; read around`);
  return lists;
}

/** Each section's parent index (undefined: a root), from the "/sections/N" pointers; bad pointers warned. */
function parents(lists: string[][], warn: Warn): Array<number | undefined> {
  const parent: Array<number | undefined> = lists.map(() => undefined);
  let dangling = 0;
  let shared = 0;
  lists.forEach((els, i) => {
    for (const e of els) {
      const m = SECTION.exec(e);
      if (!m) continue;
      const child = Number(m[1]);
      if (child >= lists.length || child === i) dangling++;
      else if (parent[child] !== undefined) shared++;
      else parent[child] = i;
    }
  });
  if (dangling > 0) warn('azure-di.sections-pointer', `${dangling} section pointer(s) to no other section; skipped`);
  if (shared > 0) warn('azure-di.sections-shared', `${shared} section(s) listed under two parents; the first kept`);
  return parent;
}

/**
 * Paragraph index → heading level (section depth + 1) for the paragraph that opens each section reachable from a
 * root. Empty when the result has no sections.
 */
export function sectionLevels(sections: unknown, warn: Warn): Map<number, number> {
  const levels = new Map<number, number>();
  if (sections === undefined || sections === null) return levels;
  if (!Array.isArray(sections)) {
    warn('azure-di.sections-malformed', 'sections is not an array; no section levels read');
    return levels;
  }
  const lists = elementLists(sections, warn);
  const parent = parents(lists, warn);
  const children = lists.map(() => [] as number[]);
  parent.forEach((p, i) => {
    if (p !== undefined) children[p].push(i);
  });
  const depth = new Map<number, number>();
  const queue = lists.flatMap((_, i) => (parent[i] === undefined ? [i] : []));
  for (const root of queue) if (!depth.has(root)) depth.set(root, 0);
  for (let k = 0; k < queue.length; k++) {
    const at = queue[k];
    for (const c of children[at]) {
      if (depth.has(c)) continue;
      depth.set(c, (depth.get(at) ?? 0) + 1);
      queue.push(c);
    }
  }
  if (depth.size < lists.length) {
    warn('azure-di.sections-cycle', `${lists.length - depth.size} section(s) reached only through a cycle; no level`);
  }
  for (const [i, d] of depth) {
    const m = PARAGRAPH.exec(lists[i][0] ?? '');
    if (m && !levels.has(Number(m[1]))) levels.set(Number(m[1]), d + 1);
  }
  return levels;
}
