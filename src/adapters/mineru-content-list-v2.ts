// PLACEHOLDER — being written. Detects nothing yet.

import { DocstitchError } from '../model/errors.js';
import type { Adapter } from './types.js';

export const mineruContentListV2: Adapter = {
  name: 'mineru-content-list-v2',
  description: '(not yet implemented)',
  detect: () => 0,
  read: (input) => {
    throw new DocstitchError('format', 'adapter mineru-content-list-v2 is not implemented yet', { file: input.path });
  },
};
