// PLACEHOLDER — being written. Detects nothing yet.

import { DocstitchError } from '../model/errors.js';
import type { Adapter } from './types.js';

export const deepseekOcr: Adapter = {
  name: 'deepseek-ocr',
  description: '(not yet implemented)',
  detect: () => 0,
  read: (input) => {
    throw new DocstitchError('format', 'adapter deepseek-ocr is not implemented yet', { file: input.path });
  },
};
