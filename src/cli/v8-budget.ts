// V8's tiering budget for the docstitch process, raised before any engine module runs (src/cli/run.ts imports
// this first). With V8's default (an interrupt budget of 66 KB of bytecode), a batch of small documents makes
// the optimizing compiler build hundreds of lukewarm functions in every thread: a third of the process' CPU on
// V8's helper threads (docs/scale.md). Eight times the budget leaves only the hot functions to it; the flag is
// process-wide, so the batch's worker threads get it too. Measured with `npm run bench:batch -- --docs 400`:
// process CPU of `--jobs 1` 17.4 s → 12.9 s, the compiler and GC threads 6.2 s → 2.1 s, outputs identical; a
// single 1,000-page document is not slower. A budget given on the command line (`node --interrupt-budget=…`)
// wins. Library users (`stitch()`) keep their own process' settings.
import { setFlagsFromString } from 'node:v8';

export const INTERRUPT_BUDGET = 8 * 67584;

/** The V8 flag to set, or undefined when the user already gives a budget (node's arguments or NODE_OPTIONS). */
export function interruptBudgetFlag(execArgv: readonly string[], nodeOptions = ''): string | undefined {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => arg.startsWith('--interrupt-budget'));
  return given ? undefined : `--interrupt-budget=${INTERRUPT_BUDGET}`;
}

const flag = interruptBudgetFlag(process.execArgv, process.env.NODE_OPTIONS);
if (flag) setFlagsFromString(flag);
