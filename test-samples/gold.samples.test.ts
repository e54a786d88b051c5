// The hand-checked gold set (test-samples/gold/, see its README.md): every gold structure.json names only
// elements the adapter reads from its sample, has consecutive heading levels, and docstitch's decisions on
// the sample are scored against it beside the identity baseline, per format and overall. The overall
// docstitch scores must stay at or above the floors (guards against regression, set a little under the
// measured values). Samples are read in place from ../shared/samples.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { identityStructure } from '../src/eval/baseline.js';
import { aggregate, type CorpusScores, type DocumentScores, evaluate } from '../src/eval/metrics.js';
import { formatTable, readStructureFile } from '../src/eval/report.js';
import { loadInput } from '../src/io/load.js';
import type { Structure } from '../src/model/structure.js';
import { stitchSync } from '../src/pipeline.js';

const SAMPLES = fileURLToPath(new URL('../../shared/samples/', import.meta.url));
const GOLD = fileURLToPath(new URL('./gold/', import.meta.url));
const SUFFIX = '.structure.json';

interface GoldCase {
  /** `<format>/<sample file name without .json>` */
  id: string;
  format: string;
  sample: string;
  gold: string;
}

const cases: GoldCase[] = readdirSync(GOLD, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(GOLD, d.name))
      .filter((f) => f.endsWith(SUFFIX))
      .sort()
      .map((f) => {
        const name = f.slice(0, -SUFFIX.length);
        return {
          id: `${d.name}/${name}`,
          format: d.name,
          sample: join(SAMPLES, d.name, `${name}.json`),
          gold: join(GOLD, d.name, f),
        };
      }),
  );
const available = existsSync(SAMPLES) && cases.every((c) => existsSync(c.sample));

/** Overall macro floors for docstitch (see README.md in test-samples/gold for the measured table). */
const FLOORS = {
  teds: 0.7,
  headingF1: 0.85,
  levelAccuracy: 0.7,
  paragraphMergeF1: 0.65,
  tableMergeF1: 0.35,
  captionF1: 0.4,
  furnitureF1: 0.82,
};

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
function levelsConsecutive(s: Structure): boolean {
  let previous = 0;
  for (const h of s.headings) {
    if (h.level < 1 || h.level > previous + 1) return false;
    previous = h.level;
  }
  return true;
}

describe.skipIf(!available)('hand-checked gold set', () => {
  const scored: Array<{ case: GoldCase; identity: DocumentScores; docstitch: DocumentScores }> = [];

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const gold = readStructureFile(c.gold);
    const result = stitchSync(loadInput(c.sample));
    expect(result.format.replace(/-/g, '_').startsWith(c.format)).toBe(true);
    const refs = new Set(result.document.elements.map((e) => e.ref));
    expect(allRefs(gold).filter((r) => !refs.has(r))).toEqual([]);
    expect(levelsConsecutive(gold)).toBe(true);
    expect(gold.captions.every((l) => l.caption !== l.target)).toBe(true);
    scored.push({
      case: c,
      identity: evaluate(gold, identityStructure(result.document)),
      docstitch: evaluate(gold, result.structure),
    });
  });

  it('prints the table and holds the floors', () => {
    expect(scored.length).toBe(cases.length);
    const summary = (subset: typeof scored) => ({
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
    console.log(`Gold set: docstitch vs identity\n${formatTable(rows)}`);
    console.log(formatTable(rows.slice(-2), { average: 'micro' }));

    const d = all.docstitch;
    expect(d.teds.macro.teds).toBeGreaterThanOrEqual(FLOORS.teds);
    expect(d.headings.macro.f1).toBeGreaterThanOrEqual(FLOORS.headingF1);
    expect(d.levels.macro.accuracy).toBeGreaterThanOrEqual(FLOORS.levelAccuracy);
    expect(d.paragraphMerges.macro.f1).toBeGreaterThanOrEqual(FLOORS.paragraphMergeF1);
    expect(d.tableMerges.macro.f1).toBeGreaterThanOrEqual(FLOORS.tableMergeF1);
    expect(d.captions.macro.f1).toBeGreaterThanOrEqual(FLOORS.captionF1);
    expect(d.furniture.macro.f1).toBeGreaterThanOrEqual(FLOORS.furnitureF1);
  });
});
