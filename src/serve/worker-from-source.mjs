// The stitch worker when docstitch runs from its TypeScript sources (tests, `npm run docstitch`): worker threads
// do not inherit tsx's loader, so this registers it before loading worker.ts. The built package uses worker.js.
import { register } from 'tsx/esm/api';

register();
const { default: stitchInWorker } = await import('./worker.ts');
export default stitchInWorker;
