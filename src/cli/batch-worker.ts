// A batch worker thread (piscina): stitches the documents the main thread hands it, one at a time.
import { type DocJob, type DocReport, stitchToFolder } from './stitch-one.js';

export default function stitchInWorker(job: DocJob): DocReport {
  return stitchToFolder(job);
}
