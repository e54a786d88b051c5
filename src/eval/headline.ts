// The seven headline numbers of a corpus run (macro averages), as recorded in corpus/floors.json.
import type { CorpusScores } from './metrics.js';

export interface Headline {
  teds: number;
  headingF1: number;
  levelAccuracy: number;
  paragraphMergeF1: number;
  tableMergeF1: number;
  captionF1: number;
  furnitureF1: number;
}

export function headline(s: CorpusScores): Headline {
  return {
    teds: s.teds.macro.teds,
    headingF1: s.headings.macro.f1,
    levelAccuracy: s.levels.macro.accuracy,
    paragraphMergeF1: s.paragraphMerges.macro.f1,
    tableMergeF1: s.tableMerges.macro.f1,
    captionF1: s.captions.macro.f1,
    furnitureF1: s.furniture.macro.f1,
  };
}
