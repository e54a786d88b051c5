// `--explain`: every decision with its confidence, rule and reason, grouped by stage, unsure ones marked; under
// it, the evidence it weighed in words, the feature that moved the score most first.
import type { Decision, LlmInvolvement } from '../model/decision.js';
import type { Feature } from '../model/evidence.js';
import { featurePhrases } from '../weights/index.js';

/** One feature in words: its contribution, then what it says (its id where no phrase is known). */
export function describeFeature(f: Feature): string {
  const sign = f.contribution > 0 ? '+' : f.contribution < 0 ? '−' : '±';
  const amount = `${sign}${Math.abs(f.contribution).toFixed(2)}`;
  const phrase = featurePhrases[f.id];
  const value = f.value === 1 ? '' : ` (value ${Number(f.value.toFixed(3))})`;
  return phrase ? `${amount} ${phrase}${value} [${f.id}]` : `${amount} ${f.id}${value}`;
}

/** The features by the size of what they added, largest first (ties keep their order). */
export function byContribution(features: readonly Feature[]): Feature[] {
  return [...features].sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution));
}

function llmNote(llm: LlmInvolvement): string {
  const who = `${llm.model}, ${llm.protocol}`;
  if (llm.fallback) return `sent to ${who}, but ${llm.fallback}: the rules' decision stands`;
  const conflict = llm.conflict ? ' (overlapping chunks disagreed; the more central answer was taken)' : '';
  return `${llm.changed ? 'changed' : 'confirmed'} by ${who}: ${llm.answer ?? ''}${conflict}`;
}

export function formatDecisions(decisions: readonly Decision[], unsureBelow: number): string {
  const lines: string[] = [];
  let stage = '';
  for (const d of decisions) {
    if (d.stage !== stage) {
      stage = d.stage;
      lines.push(`\n## ${stage}`);
    }
    const mark = d.confidence < unsureBelow ? '?' : d.accepted ? '+' : '-';
    lines.push(`${mark} ${d.confidence.toFixed(2)} ${d.ruleId} [${d.place.refs.join(' ')}] ${d.reason}`);
    if (d.llm) lines.push(`    ${llmNote(d.llm)}`);
    for (const f of byContribution(d.features ?? [])) lines.push(`    ${describeFeature(f)}`);
  }
  return `${lines.join('\n').trimStart()}\n`;
}
