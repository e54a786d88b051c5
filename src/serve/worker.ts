// Entry point of a stitch worker thread (src/serve/pool.ts): one task in, its outcome out.
import { runStitchTask, type StitchTask, type TaskOutcome } from './task.js';

export default function stitchInWorker(task: StitchTask): TaskOutcome {
  return runStitchTask(task);
}
