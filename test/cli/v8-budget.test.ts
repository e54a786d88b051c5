import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, interruptBudgetFlag } from '../../src/cli/v8-budget.js';

describe('the CLI raises V8 tiering budget unless the user set one', () => {
  it('sets eight times V8 default when nothing is given', () => {
    expect(interruptBudgetFlag([], '')).toBe('--interrupt-budget=540672');
    expect(INTERRUPT_BUDGET).toBe(8 * 67584);
  });
  it('keeps a budget given to node or in NODE_OPTIONS', () => {
    expect(interruptBudgetFlag(['--interrupt-budget=1000'])).toBeUndefined();
    expect(
      interruptBudgetFlag(['--max-old-space-size=4096'], '--enable-source-maps --interrupt-budget=5'),
    ).toBeUndefined();
  });
  it('is not fooled by other flags', () => {
    expect(interruptBudgetFlag(['--max-old-space-size=4096', '--cpu-prof'], '--enable-source-maps')).toBe(
      '--interrupt-budget=540672',
    );
  });
});
