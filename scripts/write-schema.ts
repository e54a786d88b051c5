// Writes schema/document.schema.json from the zod schema in src/model/tree-schema.ts.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { documentJsonSchema } from '../src/model/tree-schema.js';

const schema = z.toJSONSchema(documentJsonSchema, { target: 'draft-2020-12' });
const out = { ...schema, $id: 'https://docstitch.dev/schema/document.schema.json', title: 'docstitch document.json' };
writeFileSync(new URL('../schema/document.schema.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log('wrote schema/document.schema.json');
