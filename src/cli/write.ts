// Writing outputs without leaving a partial result behind: each file is written to a temporary name (a large
// one, document.json, in pieces as it is rendered, so it never exists as one string), and only once all are
// written are they renamed into place; on any failure the temporary files are removed and the earlier
// outputs stay as they were. A failure to render is thrown as it is; a failure to write is an `io` error.
import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { buffered } from '../io/json-stream.js';
import { DocstitchError } from '../model/errors.js';
import { ensureFolder } from './out-folders.js';
import type { OutputContent } from './outputs.js';

/** An error of the file system while writing, told apart from one thrown while rendering. */
class WriteFailure extends Error {}

export function writeOutputs(dir: string, files: Record<string, OutputContent>): string[] {
  const written: string[] = [];
  const temps: string[] = [];
  ensureFolder(dir);
  try {
    for (const [name, content] of Object.entries(files)) {
      const temp = join(dir, `${name}.partial-${process.pid}`);
      temps.push(temp);
      writeContent(temp, content);
    }
    for (const [name] of Object.entries(files)) {
      const target = join(dir, name);
      renameSync(join(dir, `${name}.partial-${process.pid}`), target);
      written.push(target);
    }
    return written;
  } catch (error) {
    for (const temp of temps) removeQuietly(temp);
    for (const path of written) removeQuietly(path);
    if (error instanceof Error && !(error instanceof WriteFailure) && !('syscall' in error)) throw error;
    const cause = error instanceof WriteFailure ? error.cause : error;
    throw new DocstitchError('io', `cannot write output: ${(cause as Error).message}`, { file: dir });
  }
}

/** One file: a string at once, or the pieces its writer hands over, in chunks of about a megabyte. */
function writeContent(path: string, content: OutputContent): void {
  if (typeof content === 'string') {
    writeFileSync(path, content);
    return;
  }
  const fd = openSync(path, 'w');
  try {
    const out = buffered((chunk) => {
      try {
        const bytes = Buffer.from(chunk);
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      } catch (error) {
        throw new WriteFailure('write failed', { cause: error });
      }
    });
    content(out.write);
    out.end();
  } finally {
    closeSync(fd);
  }
}

/** Cleanup after a failed write must not replace the write's error with its own. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // the write error above is the one to report
  }
}
