// The batch worker process when docstitch runs from its TypeScript source (tests, `npm run docstitch`): the
// process is forked with the parent's node arguments, which carry tsx's loader only when the parent was started
// through it (not, for one, from vitest), so it registers tsx itself before loading the worker.
import { register } from 'tsx/esm/api';

register();
await import('./batch-worker.ts');
