// `--explain`: every decision with its confidence and reason, grouped by stage, unsure ones marked.
import type { Decision } from '../model/decision.js';

export function formatDecisions(decisions: readonly Decision[], unsureBelow: number): string {
  const lines: string[] = [];
  let stage = '';
  for (const d of decisions) {
    if (d.stage !== stage) {
      stage = d.stage;
      lines.push(`\n## ${stage}`);
    }
    const mark = d.confidence < unsureBelow ? '?' : d.accepted ? '+' : '-';
    lines.push(`${mark} ${d.confidence.toFixed(2)} ${d.rule} [${d.refs.join(' ')}] ${d.message}`);
  }
  return `${lines.join('\n').trimStart()}\n`;
}
