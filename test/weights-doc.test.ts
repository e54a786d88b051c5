// docs/options.md documents every feature weight with its id, default and meaning: the table there is the one
// src/weights/ generates (`npm run docs:weights` rewrites it), so a stage that adds or renames a feature
// without updating the docs fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { weightsTableMarkdown } from '../src/weights/doc.js';
import { defaultWeights, featureTables } from '../src/weights/index.js';

describe('docs/options.md weights table', () => {
  const doc = readFileSync(new URL('../docs/options.md', import.meta.url), 'utf8');

  it('is the table generated from the weights tables', () => {
    expect(doc).toContain(`<!-- weights:start -->\n${weightsTableMarkdown()}<!-- weights:end -->`);
  });

  it('names every weight key of every stage', () => {
    for (const [stage, table] of Object.entries(defaultWeights))
      for (const key of Object.keys(table)) expect(doc, `${stage}.${key}`).toContain(`| \`${key}\` |`);
    expect(Object.keys(featureTables).sort()).toEqual(Object.keys(defaultWeights).sort());
  });
});
