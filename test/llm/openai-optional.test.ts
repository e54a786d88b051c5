// `openai` is an optional peer dependency, imported on first use. Without it the LLM path stops with
// one line naming the install command (a usage error), before any request could fail quietly.
import { describe, expect, it } from 'vitest';
import { loadOpenAI, OPENAI_MISSING } from '../../src/llm/openai-sdk.js';
import { DocstitchError, EXIT_CODES } from '../../src/model/errors.js';

function notFound(code: string) {
  return () => Promise.reject(Object.assign(new Error("Cannot find package 'openai'"), { code }));
}

describe('loadOpenAI', () => {
  it('imports the SDK when it is installed (a devDependency here)', async () => {
    const openai = await loadOpenAI();
    expect(typeof openai.OpenAI).toBe('function');
    expect(openai.APIError.prototype).toBeInstanceOf(Error);
  });

  it('a missing package is a one-line usage error with the install command', async () => {
    for (const code of ['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND']) {
      const error = await loadOpenAI(notFound(code)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DocstitchError);
      expect((error as DocstitchError).exitCode).toBe(EXIT_CODES.usage);
      expect((error as DocstitchError).toLine()).toBe(
        'docstitch: the LLM path needs the openai package: npm install openai',
      );
    }
    expect(OPENAI_MISSING).toBe('the LLM path needs the openai package: npm install openai');
  });

  it('any other failure to load is not disguised as a missing package', async () => {
    const broken = () => Promise.reject(new SyntaxError('Unexpected token'));
    await expect(loadOpenAI(broken)).rejects.toThrow(SyntaxError);
  });
});
