// PLACEHOLDER — being written. Detects nothing yet.

import { DocstitchError } from '../model/errors.js';
import type { Adapter } from './types.js';

export const mistralOcr: Adapter = {
  name: 'mistral-ocr',
  description: '(not yet implemented)',
  detect: () => 0,
  read: (input) => {
    throw new DocstitchError('format', 'adapter mistral-ocr is not implemented yet', { file: input.path });
  },
};
