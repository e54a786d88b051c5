// Hand-written documents imitating Docling's output of a two-column policy brief (the dev gold set's
// normal_4pages, test-samples/gold-dev): the series name set in the cover's masthead above the title and
// repeated as the running head of the later pages.
import { describe, expect, it } from 'vitest';
import { col, makeDoc, type Spec } from '../helpers/doc.js';
import { headingsOf } from '../helpers/headings.js';

const body = (page: number, y: number, n = 1): Spec => ({
  page,
  type: 'text',
  text: `본문 ${n}: a paragraph of the brief, long enough to be body text, and then a few more words after it.`,
  bbox: col(y, y + 0.08),
});
const title = (page: number, y: number, text: string, h = 0.018): Spec => ({
  page,
  type: 'title',
  text,
  bbox: [0.1, y, 0.6, y + h],
});
const head = (page: number): Spec => ({
  page,
  type: 'header',
  text: 'Issues and Points',
  bbox: [0.1, 0.05, 0.2, 0.06],
});

/** A four-page brief: masthead + title on page 1, sections with "(n)" subsections after it. */
function brief(options: { headOnCover?: boolean; labelled?: boolean } = {}): Spec[] {
  const series: Spec = {
    ...title(1, 0.14, 'Issues and Points', 0.034),
    hints: options.labelled ? { documentTitle: true } : undefined,
  };
  return [
    ...(options.headOnCover ? [head(1)] : []),
    series,
    title(1, 0.22, 'Disaster insurance payments under the policy terms', 0.09),
    body(1, 0.4),
    title(1, 0.5, 'Introduction 1'),
    body(1, 0.55, 2),
    head(2),
    title(2, 0.1, 'Current state 2'),
    title(2, 0.15, '(1) The amended act'),
    body(2, 0.2),
    title(2, 0.4, '(2) The standard terms'),
    body(2, 0.45),
    head(3),
    title(3, 0.1, 'Problems 3'),
    title(3, 0.15, '(1) Reading against the act'),
    body(3, 0.2),
    title(3, 0.4, '(2) Slow revision'),
    body(3, 0.45),
    head(4),
    title(4, 0.1, 'Conclusion'),
    body(4, 0.2),
  ];
}

function levelsOf(specs: Spec[]) {
  const doc = makeDoc(specs);
  const r = headingsOf(doc);
  const level = (text: string) => r.levels.get(doc.elements.find((e) => e.text === text && e.type === 'title')!.id);
  return { level, r };
}

describe('a series name in the cover masthead (headings/series-name.ts)', () => {
  it('is not a heading: the title under it is level 1, its sections 2', () => {
    const { level, r } = levelsOf(brief());
    expect(level('Issues and Points')).toBeUndefined();
    expect(r.decisions.some((d) => d.ruleId === 'headings.series-name')).toBe(true);
    expect(level('Disaster insurance payments under the policy terms')).toBe(1);
    expect([level('Introduction 1'), level('Current state 2'), level('Problems 3'), level('Conclusion')]).toEqual([
      2, 2, 2, 2,
    ]);
  });

  it('stays the title when the parser labels it the document title', () => {
    const { level } = levelsOf(brief({ labelled: true }));
    expect(level('Issues and Points')).toBe(1);
  });

  it('stays a heading when a running head with its words stands on its own page too', () => {
    const { level } = levelsOf(brief({ headOnCover: true }));
    expect(level('Issues and Points')).toBe(1);
  });
});
