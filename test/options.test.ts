// Engine options are checked, in the library and from `--options`: an unknown key, a wrong type or an
// out-of-range value is a usage error naming the option, never a silent fallback to the default.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocstitchError, EXIT_CODES } from '../src/model/errors.js';
import { defaultEngineOptions, parseEngineOptions, parseWeights, resolveEngineOptions } from '../src/options.js';
import { stitchSync } from '../src/pipeline.js';
import { stitch } from '../src/stitch.js';

const example = fileURLToPath(new URL('../examples/naacl2024-long116.mineru_content_list.json', import.meta.url));

function problem(input: unknown, file?: string): DocstitchError {
  try {
    parseEngineOptions(input, { file });
  } catch (error) {
    if (error instanceof DocstitchError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
}

describe('parseEngineOptions', () => {
  it('accepts every default option (the schema knows every key) and any subset', () => {
    expect(parseEngineOptions(structuredClone(defaultEngineOptions))).toEqual(defaultEngineOptions);
    expect(parseEngineOptions({ textMerge: { threshold: -2 } })).toEqual({ textMerge: { threshold: -2 } });
    expect(parseEngineOptions({})).toEqual({});
  });

  it('names an unknown key with its JSON path and the keys known there', () => {
    const e = problem({ textMerge: { thresh: 1 } }, 'opts.json');
    expect(e.exitCode).toBe(EXIT_CODES.usage);
    expect(e.toLine()).toBe(
      'docstitch: opts.json#/textMerge/thresh: unknown engine option "textMerge.thresh"; known here: threshold, columnEndSlack, sentenceAtBreakConfidence',
    );
    expect(problem({ unsureBelowe: 0.5 }).message).toMatch(
      /^unknown engine option "unsureBelowe"; known here: furniture, /,
    );
    expect(problem({ furnitur: {} }).message).toMatch(/unknown engine option "furnitur"/);
  });

  it('names a wrong type with the expected type and the value given', () => {
    expect(problem({ unsureBelow: 'high' }, 'o.json').toLine()).toBe(
      'docstitch: o.json#/unsureBelow: engine option "unsureBelow" must be a number, not a string ("high")',
    );
    expect(problem({ furniture: { minRepeats: 2.5 } }).message).toBe(
      'engine option "furniture.minRepeats" must be a whole number, not 2.5',
    );
    expect(problem({ headings: 3 }).message).toBe('engine option "headings" must be an object, not 3');
    expect(problem([]).message).toBe('the engine options must be an object, not an array');
    expect(problem({ unsureBelow: null }).message).toMatch(/"unsureBelow" must be a number, not null/);
  });

  it('rejects fractions outside 0..1 and counts every further problem', () => {
    expect(problem({ unsureBelow: 2 }).message).toBe('engine option "unsureBelow" must be at most 1, not 2');
    expect(problem({ furniture: { topBand: -0.1 } }).message).toMatch(/must be at least 0, not -0\.1/);
    expect(problem({ unsureBelow: 'x', captions: { gap: 1 } }).message).toMatch(/\(and 1 more problem\)$/);
  });

  it('resolveEngineOptions overlays checked options on the defaults', () => {
    const resolved = resolveEngineOptions({ furniture: { topBand: 0.2 }, unsureBelow: 0.9 });
    expect(resolved.furniture).toEqual({ ...defaultEngineOptions.furniture, topBand: 0.2 });
    expect(resolved.unsureBelow).toBe(0.9);
    expect(() => resolveEngineOptions({ unsureBelow: 'high' } as never)).toThrow(DocstitchError);
  });
});

describe('weights', () => {
  it('an unknown stage or feature is a usage error naming it, in --options and in a weights file', () => {
    expect(problem({ weights: { textMerge: { hyphn: 1 } } }, 'o.json').toLine()).toMatch(
      /^docstitch: o\.json#\/weights\/textMerge\/hyphn: unknown engine option "weights\.textMerge\.hyphn"; known here: .*\bhyphen\b/,
    );
    let error: unknown;
    try {
      parseWeights({ tableMerge: { 'same-width': 1, widht: 2 } }, { file: 'w.json' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocstitchError);
    expect((error as DocstitchError).exitCode).toBe(EXIT_CODES.usage);
    expect((error as DocstitchError).toLine()).toMatch(
      /^docstitch: w\.json#\/tableMerge\/widht: unknown weight "tableMerge\.widht"/,
    );
    expect(() => parseWeights({ textMerge: { hyphen: 'high' } })).toThrow(
      /weight "textMerge\.hyphen" must be a number/,
    );
    expect(() => parseWeights({ textMerge: { scale: 0 } })).toThrow(/"textMerge\.scale"/);
  });

  it('a partial table overrides only the weights it names', () => {
    const resolved = resolveEngineOptions({ weights: { textMerge: { hyphen: 4 } } });
    expect(resolved.weights.textMerge).toEqual({ ...defaultEngineOptions.weights.textMerge, hyphen: 4 });
    expect(resolved.weights.tableMerge).toEqual(defaultEngineOptions.weights.tableMerge);
  });

  it('engine.weights changes the decisions in the library', () => {
    const merged = (bias: number) =>
      stitchSync(example, { engine: { weights: { textMerge: { bias } } } }).stages.textMerges.groups.length;
    expect(merged(0)).toBeGreaterThan(0);
    expect(merged(-100)).toBe(0);
  });
});

describe('stitch(input, { engine })', () => {
  it('throws a usage DocstitchError for a mistyped option instead of using the default', async () => {
    const call = stitch(example, { engine: { unsureBelow: 'high' } as never });
    await expect(call).rejects.toBeInstanceOf(DocstitchError);
    await expect(call).rejects.toMatchObject({ kind: 'usage', message: expect.stringMatching(/"unsureBelow"/) });
    expect(() => stitchSync(example, { engine: { textMerge: { treshold: 1 } } as never })).toThrow(
      /unknown engine option "textMerge\.treshold"/,
    );
  });

  it('valid options still change the decisions', () => {
    const merged = (threshold: number) =>
      stitchSync(example, { engine: { textMerge: { threshold } } }).stages.textMerges.groups.length;
    expect(merged(0.5)).toBeGreaterThan(0);
    expect(merged(1000)).toBe(0);
  });
});
