// The review view's data model (src/view/assets/model.js, plain JS run by the browser) in Node: the
// working structure round-trips to structure.json, flips split and join merge chains in reading order,
// a flip flipped again restores the engine's file, and a stitch response loads like an output folder.
import { describe, expect, it } from 'vitest';
import { documentJson } from '../../src/cli/outputs.js';
import type { Structure } from '../../src/model/structure.js';
import { stitchSync } from '../../src/pipeline.js';

interface Decision {
  stage: string;
  ruleId: string;
  place: { refs: string[] };
  accepted: boolean;
}
type Doc = { decisions: Decision[]; structure: Structure };
type State = object;
interface Model {
  fromFolder(documentJson: unknown, structure: Structure, chunksText?: string): Doc;
  fromResponse(response: unknown): Doc;
  initialState(doc: Doc): State;
  flip(doc: Doc, state: State, d: Decision, choice?: string): State;
  toStructure(doc: Doc, state: State): Structure;
  previewMarkdown(doc: Doc, state: State): string;
  decisionStatus(doc: Doc, state: State, d: Decision): { on: boolean; flipped: boolean; flippable: boolean };
}

// A specifier TS does not resolve: the module is browser JavaScript without type declarations.
const modelPath = '../../src/view/assets/model.js';
const model = (await import(modelPath)) as Model;

const fixture = new URL('../fixtures/mineru/api-pipeline3-naacl2024-long116_middle.json', import.meta.url).pathname;
const result = stitchSync(fixture);
const docJson = JSON.parse(JSON.stringify(documentJson(result)));
const doc = model.fromFolder(docJson, result.structure);

describe('view model on a real MinerU layout.json', () => {
  it('the untouched working state is structure.json exactly', () => {
    expect(model.toStructure(doc, model.initialState(doc))).toEqual(result.structure);
  });

  it('every editable decision flipped twice gives the engine structure back, and once changes it', () => {
    const editable = doc.decisions.filter((d) => model.decisionStatus(doc, model.initialState(doc), d).flippable);
    expect(new Set(editable.map((d) => d.stage))).toEqual(new Set(['furniture', 'text-merge', 'headings', 'captions']));
    for (const d of editable) {
      const once = model.flip(doc, model.initialState(doc), d);
      expect(model.decisionStatus(doc, once, d).flipped).toBe(true);
      expect(model.toStructure(doc, once)).not.toEqual(result.structure);
      expect(model.toStructure(doc, model.flip(doc, once, d))).toEqual(result.structure);
    }
  });

  it('accepting a rejected merge joins the pair as one group in reading order', () => {
    const rejected = doc.decisions.find((d) => d.stage === 'text-merge' && !d.accepted)!;
    const s = model.toStructure(doc, model.flip(doc, model.initialState(doc), rejected));
    expect(s.paragraphMerges).toContainEqual(rejected.place.refs);
    expect(s.paragraphMerges.length).toBe(result.structure.paragraphMerges.length + 1);
  });

  it('unmarking furniture brings the page number into the Markdown preview', () => {
    const pageNumber = doc.decisions.find((d) => d.ruleId === 'furniture.page-number-sequence')!;
    const text = result.document.elements.find((e) => e.ref === pageNumber.place.refs[0])!.text;
    const before = model.previewMarkdown(doc, model.initialState(doc));
    const after = model.previewMarkdown(doc, model.flip(doc, model.initialState(doc), pageNumber));
    expect(before.split('\n\n')).not.toContain(text);
    expect(after.split('\n\n')).toContain(text);
  });

  it('reads the service answer to POST /v1/stitch like the output folder', () => {
    const response = {
      format: result.format,
      accounting: result.accounting,
      warnings: result.warnings,
      document: { pages: result.document.pages, elements: result.document.elements, dropped: result.dropped },
      tree: result.tree,
      markdown: result.markdown(),
      structure: result.structure,
      decisions: result.decisions,
    };
    const fromResponse = model.fromResponse(JSON.parse(JSON.stringify(response)));
    expect(model.toStructure(fromResponse, model.initialState(fromResponse))).toEqual(result.structure);
    expect(model.previewMarkdown(fromResponse, model.initialState(fromResponse))).toBe(
      model.previewMarkdown(doc, model.initialState(doc)),
    );
  });
});

describe('merge chains (hand-made three-fragment paragraph)', () => {
  const elements = ['/0', '/1', '/2'].map((ref, id) => ({
    id,
    ref,
    page: id + 1,
    type: 'text',
    bbox: null,
    text: ref,
  }));
  const pair = (a: string, b: string, accepted: boolean): Decision => ({
    stage: 'text-merge',
    ruleId: 'text-merge.continuation',
    place: { refs: [a, b] },
    accepted,
  });
  const structure: Structure = {
    version: 1,
    headings: [],
    paragraphMerges: [['/0', '/1', '/2']],
    tableMerges: [],
    captions: [],
    furniture: [],
  };
  const chain = model.fromFolder(
    { pages: [], elements, dropped: [], decisions: [pair('/0', '/1', true), pair('/1', '/2', true)] },
    structure,
  );

  it('splitting the first link keeps the rest joined; splitting both leaves no group', () => {
    const [first, second] = chain.decisions;
    const a = model.flip(chain, model.initialState(chain), first);
    expect(model.toStructure(chain, a).paragraphMerges).toEqual([['/1', '/2']]);
    const b = model.flip(chain, model.initialState(chain), second);
    expect(model.toStructure(chain, b).paragraphMerges).toEqual([['/0', '/1']]);
    expect(model.toStructure(chain, model.flip(chain, a, second)).paragraphMerges).toEqual([]);
    expect(model.toStructure(chain, model.flip(chain, model.flip(chain, a, second), first)).paragraphMerges).toEqual([
      ['/0', '/1'],
    ]);
  });
});
