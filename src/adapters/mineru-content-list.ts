// PLACEHOLDER — being written. Detects nothing yet.

import { DocstitchError } from '../model/errors.js';
import type { Adapter } from './types.js';

export const mineruContentList: Adapter = {
  name: 'mineru-content-list',
  description: '(not yet implemented)',
  detect: () => 0,
  read: (input) => {
    throw new DocstitchError('format', 'adapter mineru-content-list is not implemented yet', { file: input.path });
  },
};
