// Shared by the hand-checked gold sets (test-samples/gold/ — the report set, never tuned on — and
// test-samples/gold-dev/ — the dev set, tuned on): finds each gold structure.json and its sample in
// ../shared/samples, checks that the gold names only elements the adapter reads, has consecutive heading levels
// and no self-linked caption, scores docstitch and the identity baseline on it, and prints the per-format and
// overall tables. The floors each set asserts live in its own test file.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { identityStructure } from '../src/eval/baseline.js';
import type { Headline } from '../src/eval/headline.js';
import { aggregate, type CorpusScores, type DocumentScores, evaluate } from '../src/eval/metrics.js';
import { formatTable, readStructureFile } from '../src/eval/report.js';
import { loadInput } from '../src/io/load.js';
import type { Structure } from '../src/model/structure.js';
import { stitchSync } from '../src/pipeline.js';

export const SAMPLES = fileURLToPath(new URL('../../shared/samples/', import.meta.url));
const SUFFIX = '.structure.json';

export interface GoldCase {
  /** `<format>/<sample file name without .json>` */
  id: string;
  format: string;
  sample: string;
  gold: string;
}

export interface ScoredCase {
  case: GoldCase;
  identity: DocumentScores;
  docstitch: DocumentScores;
}

/** Overall macro floors for docstitch on one set: the seven headline numbers. */
export type Floors = Headline;

/** The gold files under `dir` (`<format>/<name>.structure.json`), each with its sample `<format>/<name>.json`. */
export function goldCases(dir: string): GoldCase[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith(SUFFIX))
        .sort()
        .map((f) => {
          const name = f.slice(0, -SUFFIX.length);
          return {
            id: `${d.name}/${name}`,
            format: d.name,
            sample: join(SAMPLES, d.name, `${name}.json`),
            gold: join(dir, d.name, f),
          };
        }),
    );
}

/** Every sample of the set is on this machine (../shared is not part of a clone). */
export function samplesAvailable(cases: GoldCase[]): boolean {
  return existsSync(SAMPLES) && cases.every((c) => existsSync(c.sample));
}

function allRefs(s: Structure): string[] {
  return [
    ...s.headings.map((h) => h.ref),
    ...s.paragraphMerges.flat(),
    ...s.tableMerges.flat(),
    ...s.captions.flatMap((c) => [c.caption, c.target]),
    ...s.furniture,
  ];
}

/** Every heading's level is at most one deeper than the one before it (the first is level 1). */
export function levelsConsecutive(s: Structure): boolean {
  let previous = 0;
  for (const h of s.headings) {
    if (h.level < 1 || h.level > previous + 1) return false;
    previous = h.level;
  }
  return true;
}

/** Check one gold file against its sample and score docstitch and the identity baseline on it. */
export function scoreCase(c: GoldCase): ScoredCase {
  const gold = readStructureFile(c.gold);
  const result = stitchSync(loadInput(c.sample));
  expect(result.format.replace(/-/g, '_').startsWith(c.format)).toBe(true);
  const refs = new Set(result.document.elements.map((e) => e.ref));
  expect(allRefs(gold).filter((r) => !refs.has(r))).toEqual([]);
  expect(levelsConsecutive(gold)).toBe(true);
  expect(gold.captions.every((l) => l.caption !== l.target)).toBe(true);
  return {
    case: c,
    identity: evaluate(gold, identityStructure(result.document)),
    docstitch: evaluate(gold, result.structure),
  };
}

/** Print the per-format and overall tables (macro, then micro overall); return docstitch's overall scores. */
export function report(title: string, scored: ScoredCase[]): CorpusScores {
  const summary = (subset: ScoredCase[]) => ({
    identity: aggregate(subset.map((s) => ({ id: s.case.id, scores: s.identity }))),
    docstitch: aggregate(subset.map((s) => ({ id: s.case.id, scores: s.docstitch }))),
  });
  const rows: Array<{ system: string; scores: CorpusScores }> = [];
  for (const format of [...new Set(scored.map((s) => s.case.format))].sort()) {
    const subset = scored.filter((s) => s.case.format === format);
    const s = summary(subset);
    rows.push({ system: `${format} (${subset.length}) identity`, scores: s.identity });
    rows.push({ system: `${format} (${subset.length}) docstitch`, scores: s.docstitch });
  }
  const all = summary(scored);
  rows.push({ system: `all (${scored.length}) identity`, scores: all.identity });
  rows.push({ system: `all (${scored.length}) docstitch`, scores: all.docstitch });
  console.log(`${title}: docstitch vs identity\n${formatTable(rows)}`);
  console.log(formatTable(rows.slice(-2), { average: 'micro' }));
  return all.docstitch;
}

/** docstitch's overall macro scores are at or above the set's floors. */
export function expectFloors(d: CorpusScores, floors: Floors): void {
  expect(d.teds.macro.teds).toBeGreaterThanOrEqual(floors.teds);
  expect(d.headings.macro.f1).toBeGreaterThanOrEqual(floors.headingF1);
  expect(d.levels.macro.accuracy).toBeGreaterThanOrEqual(floors.levelAccuracy);
  expect(d.paragraphMerges.macro.f1).toBeGreaterThanOrEqual(floors.paragraphMergeF1);
  expect(d.tableMerges.macro.f1).toBeGreaterThanOrEqual(floors.tableMergeF1);
  expect(d.captions.macro.f1).toBeGreaterThanOrEqual(floors.captionF1);
  expect(d.furniture.macro.f1).toBeGreaterThanOrEqual(floors.furnitureF1);
}

/**
 * The test of one gold set: each case scored (a test per case), then the table printed and the overall macro
 * floors held; skipped when ../shared/samples is not beside the checkout.
 */
export function describeGoldSet(name: string, dir: string, title: string, floors: Floors): void {
  const cases = goldCases(dir);
  describe.skipIf(!samplesAvailable(cases))(name, () => {
    const scored: ScoredCase[] = [];
    it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
      scored.push(scoreCase(c));
    });
    it('prints the table and holds the floors', () => {
      expect(scored.length).toBe(cases.length);
      expectFloors(report(title, scored), floors);
    });
  });
}
