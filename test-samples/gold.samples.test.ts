// The hand-checked REPORT set (test-samples/gold/, see its README.md): every gold structure.json names only
// elements the adapter reads from its sample, has consecutive heading levels, and docstitch's decisions on
// the sample are scored against it beside the identity baseline, per format and overall. The overall
// docstitch scores must stay at or above the floors (guards against regression, set a little under the
// measured values). Never tune on this set: the dev set is test-samples/gold-dev/. Samples are read in place
// from ../shared/samples; the loading and scoring are shared with the dev set (gold-set.ts).
import { fileURLToPath } from 'node:url';
import { describeGoldSet, type Floors } from './gold-set.js';

/** Overall macro floors for docstitch (see README.md in test-samples/gold for the measured table). */
const FLOORS: Floors = {
  teds: 0.7,
  headingF1: 0.85,
  levelAccuracy: 0.7,
  paragraphMergeF1: 0.65,
  tableMergeF1: 0.35,
  captionF1: 0.4,
  furnitureF1: 0.82,
};

describeGoldSet('hand-checked gold set', fileURLToPath(new URL('./gold/', import.meta.url)), 'Gold set', FLOORS);
