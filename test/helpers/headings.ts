// The headings stage on a hand-made document, after the stages it reads (furniture, text merges, contents).
import type { ParsedDocument } from '../../src/model/element.js';
import { type EngineOptionsInput, resolveEngineOptions } from '../../src/options.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { assignHeadingLevels } from '../../src/stages/headings.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { findTableOfContents } from '../../src/stages/toc.js';
import { input, makeDoc, type Spec } from './doc.js';

export function headingsOf(doc: ParsedDocument, engine: EngineOptionsInput = {}) {
  const i = { ...input(doc), options: resolveEngineOptions(engine) };
  const furniture = detectFurniture(i);
  return assignHeadingLevels(i, furniture, mergeTextFragments(i, furniture), findTableOfContents(i, furniture));
}

/** How `headingRun` lays out its page: the heading's height, the width per character, the body line under each. */
export interface RunLayout {
  /** the body text under every heading */
  body: string;
  headingHeight: number;
  bodyHeight: number;
  /** width per character of a heading line (page fraction) */
  charWidth: number;
  /** the title's height (0.04 unless given) */
  titleHeight?: number;
  gap?: number;
}

/**
 * A document of one title and a run of headings typed `title`, each over one line of body text, one column, the page
 * turning past 0.85; its heading levels and each heading's feature ids, by text.
 */
export function headingRun(title: string, headings: string[], layout: RunLayout, weights: Record<string, number> = {}) {
  const specs: Spec[] = [];
  const gap = layout.gap ?? 0.02;
  let y = 0.05;
  let page = 1;
  const add = (type: Spec['type'], text: string, height: number) => {
    if (y > 0.85) [page, y] = [page + 1, 0.05];
    specs.push({ page, type, text, bbox: [0.1, y, 0.1 + Math.min(0.8, text.length * layout.charWidth), y + height] });
    y += height + gap;
  };
  add('title', title, layout.titleHeight ?? 0.04);
  for (const h of headings) {
    add('title', h, layout.headingHeight);
    add('text', layout.body, layout.bodyHeight);
  }
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  const features = (t: string) => r.decisions.find((x) => x.ids[0] === at(t))?.features?.map((f) => f.id) ?? [];
  return { level: (t: string) => r.levels.get(at(t)), features };
}

/**
 * A document without boxes (Unstructured's `Title` elements with no coordinates): one title, then each heading typed
 * `title` over one line of body text, four to a page; its heading levels and each heading's feature ids, by text.
 */
export function boxlessRun(title: string, body: string, headings: string[], weights: Record<string, number> = {}) {
  const specs: Spec[] = [{ page: 1, type: 'title', text: title, bbox: null }];
  headings.forEach((h, i) => {
    const page = 1 + Math.floor(i / 4);
    specs.push({ page, type: 'title', text: h, bbox: null }, { page, type: 'text', text: body, bbox: null });
  });
  const r = headingsOf(makeDoc(specs), { weights: { headings: weights } });
  const at = (t: string) => specs.findIndex((s) => s.text === t);
  const features = (t: string) => r.decisions.find((x) => x.ids[0] === at(t))?.features?.map((f) => f.id) ?? [];
  return { level: (t: string) => r.levels.get(at(t)), features };
}
