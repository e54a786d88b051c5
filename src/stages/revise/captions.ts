// Caption links re-decided with outside answers (the LLM path's): each answer names the float a free
// caption belongs to, or none. Captions the parser nested stay with their float. The body references
// ("see Figure 3") are then resolved again by the stage's own rule, since they follow the captions.
import { linkReferences } from '../captions.js';
import type { CaptionLink, CaptionResult, ReferenceResult, StageInput } from '../types.js';

export interface CaptionAnswer {
  /** Index of the caption's decision in the stage's list (its first id is the caption). */
  index: number;
  target: number | null;
}

export function reviseCaptions(
  input: StageInput,
  captions: CaptionResult,
  references: ReferenceResult,
  answers: readonly CaptionAnswer[],
): { captions: CaptionResult; references: ReferenceResult } {
  const decisions = [...captions.decisions];
  const targetOf = new Map<number, number | null>();
  for (const answer of answers) {
    const d = captions.decisions[answer.index];
    targetOf.set(d.ids[0], answer.target);
    decisions[answer.index] = { ...d, accepted: answer.target !== null };
  }
  const links: CaptionLink[] = captions.links.filter((l) => l.nested || !targetOf.has(l.caption));
  for (const [caption, target] of targetOf) if (target !== null) links.push({ caption, target, nested: false });
  links.sort((a, b) => a.caption - b.caption);
  const revised = { links, decisions };
  return { captions: revised, references: answers.length > 0 ? linkReferences(input, revised) : references };
}
