// The batch worker when docstitch runs from its TypeScript source (tests, `npm run docstitch`): a worker
// thread does not inherit the tsx loader on Node 20, so it registers tsx itself before loading the worker.
import { register } from 'tsx/esm/api';

register();
const { default: stitchInWorker } = await import('./batch-worker.ts');
export default stitchInWorker;
