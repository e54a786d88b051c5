// The names of the parser formats, in the registry's order (src/adapters/index.ts), without loading any adapter:
// the command line offers them as `--format` choices in a process that may stitch nothing (a batch's dispatcher,
// `queue add`). test/adapters/names.test.ts checks the list against the registry.
export const ADAPTER_NAMES = [
  'mineru-content-list',
  'mineru-content-list-v2',
  'mineru-middle',
  'mineru-model',
  'popo',
  'paddleocr',
  'dots-ocr',
  'docling',
  'marker',
  'unstructured',
  'textract',
  'mistral-ocr',
  'deepseek-ocr',
  'azure-di',
  'hocr',
  'alto',
  'page-xml',
  'pdf',
] as const;
