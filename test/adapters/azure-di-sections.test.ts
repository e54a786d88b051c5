// Azure DI v4 `sections` read as the parser's heading levels. The results are HAND-MADE in the shape of a real
// prebuilt-layout response (a root section holding the title paragraph and the top sections, subsections
// listed as "/sections/N"); no real sample is copied.
import { describe, expect, it } from 'vitest';
import { azureDocumentIntelligence as azure } from '../../src/adapters/azure-di.js';
import { sectionLevels } from '../../src/adapters/azure-di-sections.js';
import type { AdapterInput } from '../../src/io/load.js';

type Obj = Record<string, unknown>;

const para = (content: string, i: number, role?: string): Obj => ({
  content,
  ...(role ? { role } : {}),
  spans: [{ offset: i * 100, length: content.length }],
  boundingRegions: [{ pageNumber: 1, polygon: [1, 1 + i * 0.5, 7, 1 + i * 0.5, 7, 1.3 + i * 0.5, 1, 1.3 + i * 0.5] }],
});

/** Title; 1 Intro; body; 2 Methods; 2.1 Data; body; 2.2 Model; 3 Results (the tree of a real response). */
function result(sections: unknown): AdapterInput {
  const paragraphs = [
    para('Running head', 0, 'pageHeader'),
    para('A Study of Things', 1, 'title'),
    para('1 Introduction', 2, 'sectionHeading'),
    para('We study things.', 3),
    para('2 Methods', 4, 'sectionHeading'),
    para('2.1 Data', 5, 'sectionHeading'),
    para('The data are new.', 6),
    para('2.2 Model', 7, 'sectionHeading'),
    para('3 Results', 8, 'sectionHeading'),
  ];
  const json = {
    status: 'succeeded',
    analyzeResult: {
      apiVersion: '2024-11-30',
      modelId: 'prebuilt-layout',
      content: '',
      pages: [{ pageNumber: 1, width: 8.5, height: 11, unit: 'inch', spans: [{ offset: 0, length: 900 }] }],
      paragraphs,
      ...(sections === undefined ? {} : { sections }),
    },
  };
  return { path: 'x.json', isFolder: false, files: [{ path: 'x.json', name: '', json }] };
}

const TREE = [
  { elements: ['/paragraphs/1', '/sections/1', '/sections/2', '/sections/5'] },
  { elements: ['/paragraphs/2', '/paragraphs/3'] },
  { elements: ['/paragraphs/4', '/sections/3', '/sections/4'] },
  { elements: ['/paragraphs/5', '/paragraphs/6'] },
  { elements: ['/paragraphs/7'] },
  { elements: ['/paragraphs/8'] },
];

function levels(sections: unknown) {
  const doc = azure.read(result(sections));
  const byRef = new Map(doc.elements.map((e) => [e.ref, e.hints?.level]));
  return { doc, level: (i: number) => byRef.get(`/analyzeResult/paragraphs/${i}`) };
}

describe('azure-di sections', () => {
  it('gives each heading its section depth + 1: title 1, top sections 2, subsections 3', () => {
    const { doc, level } = levels(TREE);
    expect([1, 2, 4, 5, 7, 8].map(level)).toEqual([1, 2, 2, 3, 3, 2]);
    expect(level(3)).toBeUndefined(); // body text in a section: no level
    expect(level(0)).toBeUndefined(); // page header: in no section
    expect(doc.warnings ?? []).toEqual([]);
  });

  it('gives no level without sections (v3.1 results)', () => {
    const { doc, level } = levels(undefined);
    expect([1, 2, 4, 5].map(level)).toEqual([undefined, undefined, undefined, undefined]);
    expect(doc.warnings ?? []).toEqual([]);
  });

  it('gives a level only to a title or sectionHeading that opens its section', () => {
    // Section 1 opens with body text; paragraph 2 (a heading) comes second in it.
    const tree = [{ elements: ['/paragraphs/1', '/sections/1'] }, { elements: ['/paragraphs/3', '/paragraphs/2'] }];
    const { level } = levels(tree);
    expect(level(1)).toBe(1);
    expect(level(2)).toBeUndefined();
    expect(level(3)).toBeUndefined();
  });

  it('reads a malformed tree around with warnings, never failing the load', () => {
    const bad = [
      { elements: ['/paragraphs/1', '/sections/1', '/sections/9', 7] },
      { elements: ['/paragraphs/2', '/sections/2'] },
      { elements: ['/paragraphs/4', '/sections/1'] }, // a cycle back to 1 (1 keeps its first parent, 0)
      'not a section',
      { elements: 'nope' },
    ];
    const { doc, level } = levels(bad);
    expect([1, 2, 4].map(level)).toEqual([1, 2, 3]);
    const codes = (doc.warnings ?? []).map((w) => w.ruleId).sort();
    expect(codes).toEqual(['azure-di.sections-malformed', 'azure-di.sections-pointer', 'azure-di.sections-shared']);
    expect(levels('a string').doc.warnings?.map((w) => w.ruleId)).toEqual(['azure-di.sections-malformed']);
  });

  it('sets sections reached only through a cycle aside', () => {
    const warns: string[] = [];
    const out = sectionLevels(
      [{ elements: ['/paragraphs/1'] }, { elements: ['/paragraphs/2', '/sections/2'] }, { elements: ['/sections/1'] }],
      (code) => warns.push(code),
    );
    expect([...out]).toEqual([[1, 1]]);
    expect(warns).toEqual(['azure-di.sections-cycle']);
  });
});
