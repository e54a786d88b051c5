// The weights table: for each stage, one weight per named feature (src/model/evidence.ts) and a bias.
// One typed, validated table (zod, strict: an unknown stage or feature id is an error naming it), with
// the defaults each stage ships; `stitch(input, { engine: { weights } })` and `--options` override any
// subset. A stage adds itself with one line in `stageWeights` and one line in `defaultWeights`, and one
// file `src/weights/<stage>.ts` exporting its schema (`z.strictObject` of numbers, keys = feature ids
// without the stage prefix, plus `bias`) and its defaults.
import { z } from 'zod';
import { captionsWeightsSchema, defaultCaptionsWeights } from './captions.js';
import { fittedWeights } from './fitted.js';
import { defaultFurnitureWeights, furnitureWeightsSchema } from './furniture.js';
import { defaultHeadingsWeights, headingsWeightsSchema } from './headings.js';
import { defaultHeadingsMoreWeights, headingsMorePhrases, headingsMoreShape } from './headings-more.js';
import { captionsPhrases, furniturePhrases, headingsPhrases } from './phrases.js';
import { defaultTableMergeWeights, tableMergeFeatures, tableMergeWeightsSchema } from './table-merge.js';
import { defaultTextMergeWeights, textMergeFeatures, textMergeWeightsSchema } from './text-merge.js';

const stageWeights = {
  textMerge: textMergeWeightsSchema,
  tableMerge: tableMergeWeightsSchema,
  headings: headingsWeightsSchema.extend(headingsMoreShape),
  furniture: furnitureWeightsSchema,
  captions: captionsWeightsSchema,
};

export const weightsSchema = z.strictObject(stageWeights);

export type Weights = z.infer<typeof weightsSchema>;

/** Any subset of any stage's weights. */
export type WeightsInput = { [S in keyof Weights]?: Partial<Weights[S]> };

export const weightsInputSchema = z
  .strictObject(
    Object.fromEntries(
      Object.entries(stageWeights).map(([stage, schema]) => [stage, (schema as z.ZodObject).partial()]),
    ),
  )
  .partial() as unknown as z.ZodType<WeightsInput>;

/** The hand-set weights each stage ships (src/weights/<stage>.ts). */
export const hand: Weights = {
  textMerge: defaultTextMergeWeights,
  tableMerge: defaultTableMergeWeights,
  headings: { ...defaultHeadingsWeights, ...defaultHeadingsMoreWeights },
  furniture: defaultFurnitureWeights,
  captions: defaultCaptionsWeights,
};

/**
 * The engine's defaults: the hand-set weights, overlaid with the fitted ones of the stages `npm run fit --
 * --adopt` adopted (./fitted.ts). A key the stage no longer has is ignored; a feature the fit never saw keeps
 * its hand-set weight.
 */
export const defaultWeights: Weights = Object.fromEntries(
  Object.entries(hand).map(([stage, table]) => {
    const fitted = fittedWeights[stage] ?? {};
    const known = Object.entries(fitted).filter(([id]) => id in table);
    return [stage, { ...table, ...Object.fromEntries(known) }];
  }),
) as unknown as Weights;

type FeatureTable = Readonly<Record<string, readonly [number, string]>>;

/** Each stage's features (id without prefix → [default weight, meaning]), with the prefix of their ids. */
export const featureTables: Readonly<Record<keyof Weights, { prefix: string; features: FeatureTable }>> = {
  textMerge: { prefix: 'text-merge', features: withDefaults(defaultWeights.textMerge, phrasesOf(textMergeFeatures)) },
  tableMerge: {
    prefix: 'table-merge',
    features: withDefaults(defaultWeights.tableMerge, phrasesOf(tableMergeFeatures)),
  },
  headings: {
    prefix: 'headings',
    features: withDefaults(defaultWeights.headings, { ...headingsPhrases, ...headingsMorePhrases }),
  },
  furniture: { prefix: 'furniture', features: withDefaults(defaultWeights.furniture, furniturePhrases) },
  captions: { prefix: 'captions', features: withDefaults(defaultWeights.captions, captionsPhrases) },
};

function phrasesOf(features: Readonly<Record<string, readonly [number, string]>>): Record<string, string> {
  return Object.fromEntries(Object.entries(features).map(([id, [, phrase]]) => [id, phrase]));
}

/** A stage's defaults beside its phrases, as a feature table (bias and scale are not features). */
function withDefaults(
  defaults: Readonly<Record<string, number>>,
  phrases: Readonly<Record<string, string>>,
): FeatureTable {
  return Object.fromEntries(
    Object.entries(defaults)
      .filter(([id]) => id !== 'bias' && id !== 'scale')
      .map(([id, weight]) => [id, [weight, phrases[id] ?? id] as const]),
  );
}

/** What each feature says, in words, keyed by its full id (`text-merge.hyphen`): `--explain` prints these. */
export const featurePhrases: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(featureTables).flatMap(({ prefix, features }) =>
    Object.entries(features).map(([id, [, phrase]]) => [`${prefix}.${id}`, phrase]),
  ),
);
