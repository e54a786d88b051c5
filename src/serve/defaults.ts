// The service's defaults, apart from the service itself, so that the command line shows them in `serve --help`
// without loading the engine (src/cli/serve.ts loads the service only to serve).
import { availableParallelism } from 'node:os';

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_INFLIGHT = 64;
/** Up to this many stitch threads by default: each holds a document and the engine (tens of MB). */
export const DEFAULT_WORKERS = Math.max(1, Math.min(4, availableParallelism()));
