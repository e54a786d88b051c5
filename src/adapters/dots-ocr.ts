// PLACEHOLDER — being written. Detects nothing yet.

import { DocstitchError } from '../model/errors.js';
import type { Adapter } from './types.js';

export const dotsOcr: Adapter = {
  name: 'dots-ocr',
  description: '(not yet implemented)',
  detect: () => 0,
  read: (input) => {
    throw new DocstitchError('format', 'adapter dots-ocr is not implemented yet', { file: input.path });
  },
};
