// PLACEHOLDER — being written. Detects nothing yet.

import { DocstitchError } from '../model/errors.js';
import type { Adapter } from './types.js';

export const mineruMiddle: Adapter = {
  name: 'mineru-middle',
  description: '(not yet implemented)',
  detect: () => 0,
  read: (input) => {
    throw new DocstitchError('format', 'adapter mineru-middle is not implemented yet', { file: input.path });
  },
};
