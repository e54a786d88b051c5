// Entry point of the `docstitch` command (bin/docstitch.js runs the built copy of this file).
import { main } from './main.js';

process.exitCode = main(process.argv.slice(2));
