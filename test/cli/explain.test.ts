// `--explain` in words: each decision's features, largest contribution first, a phrase per known feature id
// and the bare id for one no table knows; LLM involvement on a line of its own.
import { describe, expect, it } from 'vitest';
import { formatDecisions } from '../../src/cli/explain.js';
import { decision } from '../../src/model/decision.js';

const a = { id: 0, ref: '/0' };
const b = { id: 1, ref: '/1' };

describe('formatDecisions', () => {
  it('lists the features by |contribution|, known ids in words, unknown ids as they are', () => {
    const d = decision(
      'text-merge',
      'text-merge.continuation',
      'joined across a page break',
      0.9,
      [a, b],
      true,
      'rules',
      [
        { id: 'text-merge.ends-column-low', value: 1, contribution: 0.5 },
        { id: 'text-merge.capital-start', value: 1, contribution: -0.6 },
        { id: 'some-stage.mystery', value: 0.25, contribution: 0.1 },
        { id: 'text-merge.hyphen', value: 1, contribution: 2.5 },
      ],
    );
    const lines = formatDecisions([d], 0.7).trimEnd().split('\n');
    expect(lines[0]).toBe('## text-merge');
    expect(lines[1]).toBe('+ 0.90 text-merge.continuation [/0 /1] joined across a page break');
    expect(lines.slice(2).map((l) => /\[([^\]]+)\]$/.exec(l)?.[1] ?? l.trim())).toEqual([
      'text-merge.hyphen',
      'text-merge.capital-start',
      'text-merge.ends-column-low',
      '+0.10 some-stage.mystery (value 0.25)',
    ]);
    expect(lines[2]).toMatch(/^ {4}\+2\.50 \S.* \[text-merge\.hyphen\]$/);
    expect(lines[3]).toMatch(/^ {4}−0\.60 /);
  });

  it('marks unsure and rejected decisions and says how a model took part', () => {
    const unsure = {
      ...decision('headings', 'headings.numbered', 'level 2: numbered', 0.6, [a]),
      llm: { model: 'm', protocol: 'json', fallback: 'the model did not answer' },
    };
    const rejected = decision('table-merge', 'table-merge.separate', 'separate tables', 0.95, [a, b], false);
    const text = formatDecisions([unsure, rejected], 0.7);
    expect(text).toMatch(/^\? 0\.60 headings\.numbered \[\/0\] /m);
    expect(text).toMatch(/^ {4}sent to m, json, but the model did not answer/m);
    expect(text).toMatch(/^- 0\.95 table-merge\.separate \[\/0 \/1\] separate tables$/m);
  });
});
