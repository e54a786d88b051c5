// The `openai` SDK, an optional peer dependency, imported on first use. Its own module so that no
// declaration reachable from `docstitch`'s entry points names the package's types (consumers
// without it would get TS2307).
import { DocstitchError } from '../model/errors.js';

type OpenAIModule = typeof import('openai');

export const OPENAI_MISSING = 'the LLM path needs the openai package: npm install openai';

let openaiModule: Promise<OpenAIModule> | undefined;

/**
 * The `openai` SDK, imported once. Absent, a usage DocstitchError with the install command (thrown
 * outside any request, so it is never mistaken for a failed request that the rules fall back from).
 */
export function loadOpenAI(importer?: () => Promise<OpenAIModule>): Promise<OpenAIModule> {
  if (importer) return importOpenAI(importer);
  openaiModule ??= importOpenAI(() => import('openai'));
  return openaiModule;
}

async function importOpenAI(importer: () => Promise<OpenAIModule>): Promise<OpenAIModule> {
  try {
    return await importer();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      throw new DocstitchError('usage', OPENAI_MISSING);
    throw error;
  }
}
