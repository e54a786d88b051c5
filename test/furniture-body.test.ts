// Furniture never eats content (issue #15): over every committed corpus with gold (corpus/, corpus-latex/,
// corpus-office/) and every test fixture that has a hand-checked gold (test-samples/gold, committed), no element
// the gold keeps in the body is dropped as page furniture, and every element dropped as furniture says which
// evidence dropped it (a furniture rule id and the features it weighed). Runs the furniture stage alone.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listCorpus } from '../src/eval/corpus.js';
import { readStructureFile } from '../src/eval/report.js';
import { loadInput } from '../src/io/load.js';
import { defaultEngineOptions } from '../src/options.js';
import { toDocument } from '../src/pipeline.js';
import { detectFurniture } from '../src/stages/furniture.js';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/** The rules that may drop an element as furniture, each naming repetition, page-number or position evidence. */
const RULES = new Set([
  'furniture.page-number-sequence',
  'furniture.page-number-pattern',
  'furniture.repeated-text',
  'furniture.margin-position',
  'furniture.running-line',
  'furniture.parser-label',
  'furniture.beside-page-number',
  'furniture.table-head',
]);

interface Case {
  id: string;
  input: string;
  gold: string;
}

const corpusCases: Case[] = ['corpus', 'corpus-latex', 'corpus-office'].flatMap((dir) =>
  listCorpus(root(dir)).map((c) => ({ id: `${dir}/${c.id}`, input: c.input, gold: c.gold })),
);

/** Fixtures that are real samples with a gold in test-samples/gold/<format>/<name>.structure.json. */
const fixtureCases: Case[] = readdirSync(root('test/fixtures'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root('test/fixtures'), d.name))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({
        id: `fixtures/${d.name}/${f}`,
        input: join(root('test/fixtures'), d.name, f),
        gold: join(root('test-samples/gold'), d.name, f.replace(/\.json$/, '.structure.json')),
      })),
  )
  .filter((c) => existsSync(c.gold));

describe('furniture never eats content', () => {
  it('has the cases to check', () => {
    expect(corpusCases.length).toBeGreaterThanOrEqual(160);
    expect(fixtureCases.length).toBeGreaterThanOrEqual(4);
  });

  // The parser-style inputs of the data engine (Docling, Marker, Mistral OCR, PaddleOCR, Unstructured, MinerU
  // content_list_v2: scripts/corpus/writers/) carry seeded parser errors, among them chapter titles typed as page
  // headers. Some of those are still eaten: a Mistral header field holding both the running head and the section
  // heading, a MinerU v2 page_header section banner — a known failure of issue #15, counted here so it can only
  // shrink (33 before numbered openers, titles, years and mid-page labels were kept; 14 before Marker's emptied
  // chapter openers mid-page were kept and chapter titles repeated by the running heads stayed body).
  const PARSER_STYLE = /\/(docling|marker|mistral|paddle|unstructured|mineru-v2)$/;
  const KNOWN_EATEN_PARSER_STYLE = 5;

  it('drops no body element as furniture, and says why it drops each one', () => {
    const eaten: string[] = [];
    const eatenParserStyle: string[] = [];
    const unexplained: string[] = [];
    let dropped = 0;
    for (const c of [...corpusCases, ...fixtureCases]) {
      const gold = new Set(readStructureFile(c.gold).furniture);
      const doc = toDocument(loadInput(c.input), {});
      const { kinds, decisions } = detectFurniture({ doc, options: structuredClone(defaultEngineOptions) });
      for (const id of kinds.keys()) {
        dropped += 1;
        const el = doc.elements[id];
        const line = `${c.id} ${el.ref} "${el.text.slice(0, 40)}"`;
        if (!gold.has(el.ref)) (PARSER_STYLE.test(c.id) ? eatenParserStyle : eaten).push(line);
        const d = decisions.find((x) => x.accepted && x.ids[0] === id);
        const weighed = (d?.features ?? []).reduce((s, f) => s + f.contribution, 0);
        if (!d || !RULES.has(d.ruleId) || weighed <= 0) unexplained.push(`${c.id} ${el.ref}`);
      }
    }
    expect(dropped).toBeGreaterThan(2000);
    expect(eaten).toEqual([]);
    expect(eatenParserStyle.length, eatenParserStyle.join('\n')).toBeLessThanOrEqual(KNOWN_EATEN_PARSER_STYLE);
    expect(unexplained).toEqual([]);
  });
});
