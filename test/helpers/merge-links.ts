import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadInput } from '../../src/io/load.js';
import type { Structure } from '../../src/model/structure.js';
import { stitchSync } from '../../src/pipeline.js';

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
