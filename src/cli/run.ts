// Entry point of the `docstitch` command (bin/docstitch.js runs the built copy of this file).
// v8-budget.js is imported first so that V8's tiering budget is set before the engine's modules run.
import './v8-budget.js';
import { main } from './main.js';

const code = main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else
  code.then((c) => {
    process.exitCode = c;
  });
