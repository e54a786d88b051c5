// Entry point of the `docstitch` command (bin/docstitch.js runs the built copy of this file).
import { main } from './main.js';

const code = main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else
  code.then((c) => {
    process.exitCode = c;
  });
