import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import type { Decision } from '../../src/model/decision.js';
import type { Structure } from '../../src/model/structure.js';
import { stitchSync } from '../../src/pipeline.js';
import { detectFurniture } from '../../src/stages/furniture.js';
import { mergeTextFragments } from '../../src/stages/text-merge.js';
import { col, input, makeDoc, type Spec } from './doc.js';

// Paragraph-merge groups as the metrics count them: the consecutive links "a|b" of each group.
export const mergeLinks = (groups: string[][]): Set<string> =>
  new Set(groups.flatMap((g) => g.slice(1).map((r, i) => `${g[i]}|${r}`)));

const trainFile = (path: string) => fileURLToPath(new URL(`../corpus-train/${path}`, import.meta.url));

/**
 * A train document of test/corpus-train ("<doc>/<format>") stitched and scored against its gold: the merge
 * links expected and predicted, the features of the decision on a link, and the links missed or extra.
 */
export function trainMerges(dir: string, input: string) {
  const meta = JSON.parse(readFileSync(trainFile(`${dir.split('/')[0]}/meta.json`), 'utf8'));
  expect(meta.split).toBe('train');
  const result = stitchSync(loadInput(trainFile(`${dir}/${input}`)));
  const gold: Structure = JSON.parse(readFileSync(trainFile(`${dir}/gold.structure.json`), 'utf8'));
  const featuresOf = (pair: string) =>
    result.decisions
      .find((d) => d.stage === 'text-merge' && d.place.refs?.join('|') === pair)
      ?.features?.map((f) => f.id) ?? [];
  const expected = mergeLinks(gold.paragraphMerges);
  const predicted = mergeLinks(result.structure.paragraphMerges);
  const wrong = () => ({
    missed: [...expected].filter((l) => !predicted.has(l)),
    extra: [...predicted].filter((l) => !expected.has(l)),
  });
  return { result, expected, predicted, featuresOf, wrong };
}

/** A hand-made page merged by the text-merge stage: whether two elements were joined, the features on their pair. */
export function mergeSpecs(specs: Spec[]) {
  const inp = input(makeDoc(specs));
  const { groups, decisions } = mergeTextFragments(inp, detectFurniture(inp));
  const joined = (a: number, b: number) => groups.some((g) => g.includes(a) && g.includes(b));
  const featuresOf = (a: number, b: number): string[] =>
    decisions
      .filter((d: Decision) => d.place.refs?.join('|') === `/${a}|/${b}`)
      .flatMap((d) => (d.features ?? []).map((f) => f.id));
  return { joined, featuresOf };
}

/**
 * Two text fragments, `a` at the foot of page 1's right column and `b` at the head of page 2's left one, through
 * furniture and text-merge: the stage's result, and the feature ids of a decision.
 */
export function mergeAcrossPage(a: string, b: string) {
  const specs: Spec[] = [
    { page: 1, type: 'text', text: a, bbox: col(0.6, 0.92) },
    { page: 2, type: 'text', text: b, bbox: col(0.08, 0.2) },
  ];
  const i = input(makeDoc(specs));
  return mergeTextFragments(i, detectFurniture(i));
}

export const featureIds = (d: Decision | undefined): string[] => d?.features?.map((f) => f.id) ?? [];
