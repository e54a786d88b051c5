// Writes the table of feature weights in docs/options.md (between the `weights:start` and `weights:end`
// markers) from the weights tables in src/weights/, so the documented ids, defaults and meanings are the code's.
// `npm run docs:weights`; test/weights-doc.test.ts fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { weightsTableMarkdown } from '../src/weights/doc.js';

const path = new URL('../docs/options.md', import.meta.url);
const text = readFileSync(path, 'utf8');
const start = '<!-- weights:start -->';
const end = '<!-- weights:end -->';
const [before, rest] = text.split(start);
const after = rest?.split(end)[1];
if (after === undefined) throw new Error(`docs/options.md has no ${start} … ${end} section`);
writeFileSync(path, `${before}${start}\n${weightsTableMarkdown()}${end}${after}`);
console.log('wrote the weights table in docs/options.md');
