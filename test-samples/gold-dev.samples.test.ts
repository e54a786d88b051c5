// The hand-checked DEV set (test-samples/gold-dev/, see its README.md): eleven real parser outputs that are not in
// the report set, annotated the same way, for finding and tuning rules (the report set test-samples/gold/ is
// never tuned on). Each gold file is checked against its sample and scored beside the identity baseline; the
// overall docstitch macro scores must stay at or above the floors (a little under the measured values).
import { fileURLToPath } from 'node:url';
import { describeGoldSet, type Floors } from './gold-set.js';

/** Overall macro floors for docstitch (see README.md in test-samples/gold-dev for the measured table). */
const FLOORS: Floors = {
  teds: 0.85,
  headingF1: 0.95,
  levelAccuracy: 0.9,
  paragraphMergeF1: 0.85,
  // Only the two MinerU 2.7.6 documents of session 18 split tables over pages.
  tableMergeF1: 0.9,
  captionF1: 0.95,
  furnitureF1: 0.9,
};

describeGoldSet(
  'hand-checked dev gold set',
  fileURLToPath(new URL('./gold-dev/', import.meta.url)),
  'Dev gold set',
  FLOORS,
);
