// Section summaries written by the configured model (the retrieval issue's "summaries by the LLM path"):
// one short request per section; a failed request keeps the extractive summary.
import type { DocumentRoot } from '../model/tree.js';
import { withSectionSummariesLlm } from '../tree/summarize.js';
import { type LlmOptions, llmClient } from './options.js';

const INSTRUCTION =
  'Summarize this document section in at most two sentences, in the language of the section. ' +
  'Answer with the summary only.';

export async function summarizeWithLlm(tree: DocumentRoot, llm: LlmOptions): Promise<DocumentRoot> {
  const client = llmClient(llm, { maxTokens: 200 });
  return withSectionSummariesLlm(tree, {
    summarize: async (text, { headingPath }) => {
      const answer = await client.complete({
        messages: [
          { role: 'system', content: INSTRUCTION },
          { role: 'user', content: `Section: ${headingPath.join(' > ')}\n\n${text}` },
        ],
        maxTokens: 200,
      });
      return answer.finishReason === 'length' ? '' : answer.content;
    },
  });
}
