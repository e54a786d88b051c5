// The weights tables as Markdown, for docs/options.md (scripts/write-weights-doc.ts writes it there).
import { defaultWeights, featureTables } from './index.js';

export function weightsTableMarkdown(): string {
  const out: string[] = [];
  for (const [stage, { prefix, features }] of Object.entries(featureTables)) {
    const defaults = defaultWeights[stage as keyof typeof defaultWeights] as Record<string, number>;
    out.push(`### \`${stage}\` (feature ids \`${prefix}.*\`)`, '');
    out.push('| key | feature id | default | what it says |', '| --- | --- | ---: | --- |');
    for (const [id, [weight, phrase]] of Object.entries(features))
      out.push(`| \`${id}\` | \`${prefix}.${id}\` | ${weight} | ${phrase.replaceAll('|', '\\|')} |`);
    out.push(`| \`bias\` | | ${defaults.bias} | added to every score |`);
    if (defaults.scale !== undefined) {
      const scale = Number(defaults.scale.toFixed(4));
      out.push(`| \`scale\` | | ${scale} | score per e-fold of confidence on the shared logistic curve |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
