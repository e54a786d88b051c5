// Azure DI v4 `sections` for the Azure writer (`--azure-sections`): the section tree as prebuilt-layout returns it,
// a flat array whose first entry is the root. The root lists the title paragraph first, then its top sections
// ("/sections/N"); each section lists its heading paragraph first, then its paragraphs, tables, figures and
// subsections in reading order. Page headers, footers and page numbers sit in no section; a caption tied to its
// float is listed through the float. A heading nests under the nearest open section of a lower level (the level the
// writer's level mode gives, ../habits.ts `parserLevels`: Azure's tree is right, flat, or a quarter of the headings
// one level off), so a jump of two levels is one section deeper, as the service nests.

type Obj = Record<string, unknown>;
type Span = { offset: number; length: number };

/** One top-level object of the result in reading order: a paragraph (not a cell or tied caption), table or figure. */
export interface SectionItem {
  /** "/paragraphs/N", "/tables/N" or "/figures/N" */
  ptr: string;
  role?: string;
  /** the heading level the writer's level mode gives a title or sectionHeading */
  level?: number;
  spans: Span[];
}

const OUTSIDE = new Set(['pageHeader', 'pageFooter', 'pageNumber']);

interface Open {
  index: number;
  level: number;
}

/** The `sections` array of a result whose top-level objects are `items`, in reading order. */
export function buildSections(items: SectionItem[]): Obj[] {
  const sections: Array<{ elements: string[]; spans: Span[] }> = [{ elements: [], spans: [] }];
  const stack: Open[] = [{ index: 0, level: Number.NEGATIVE_INFINITY }];
  const add = (at: number, item: SectionItem) => {
    sections[at].elements.push(item.ptr);
    // a section's spans cover its own content and its subsections': the item's go to every open section to `at`
    for (const o of stack) {
      sections[o.index].spans.push(...item.spans);
      if (o.index === at) break;
    }
  };
  for (const item of items) {
    if (item.role && OUTSIDE.has(item.role)) continue;
    if (item.role === 'title') {
      add(0, item);
      continue;
    }
    if (item.role === 'sectionHeading') {
      const level = item.level ?? 1;
      while (stack.length > 1 && stack[stack.length - 1].level >= level) stack.pop();
      const index = sections.length;
      sections.push({ elements: [], spans: [] });
      sections[stack[stack.length - 1].index].elements.push(`/sections/${index}`);
      stack.push({ index, level });
    }
    add(stack[stack.length - 1].index, item);
  }
  return sections.map((s) => ({ spans: mergeSpans(s.spans), elements: s.elements }));
}

/** Touching or overlapping spans joined (content lines are one apart: the newline between paragraphs). */
function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.offset - b.offset)) {
    const last = out[out.length - 1];
    if (last && s.offset <= last.offset + last.length + 1) {
      last.length = Math.max(last.length, s.offset + s.length - last.offset);
    } else out.push({ ...s });
  }
  return out;
}
