// Warnings, dropped elements and errors read as one Message (src/model/message.ts): ruleId, reason, place,
// severity. Errors keep their one line and exit code.
import { describe, expect, it } from 'vitest';
import { droppedElement, warning } from '../src/model/element.js';
import { DocstitchError, schemaError } from '../src/model/errors.js';

describe('the Message shape', () => {
  it('a warning is placed on its ref, or nowhere', () => {
    expect(warning('dots.unknown-category', 'read as text', '/3')).toEqual({
      ruleId: 'dots.unknown-category',
      reason: 'read as text',
      place: { refs: ['/3'] },
      severity: 'warning',
    });
    expect(warning('alto.not-alto', 'not read').place).toEqual({});
  });

  it('a dropped element keeps its page and text, and has neither key when they are unknown', () => {
    expect(droppedElement('/7', 'hocr.empty', 'no words', { page: 2, text: '' })).toEqual({
      ruleId: 'hocr.empty',
      reason: 'no words',
      place: { refs: ['/7'], page: 2 },
      severity: 'info',
      text: '',
    });
    expect(Object.keys(droppedElement('/7', 'hocr.empty', 'no words'))).toEqual([
      'ruleId',
      'reason',
      'place',
      'severity',
    ]);
  });

  it('an error is a Message with file and pointer, and keeps its line and exit code', () => {
    const error = schemaError('in.json', '/pages/0/bbox', 'bbox must be 4 numbers');
    expect([error.ruleId, error.reason, error.place, error.severity]).toEqual([
      'error.schema',
      'bbox must be 4 numbers',
      { file: 'in.json', pointer: '/pages/0/bbox' },
      'error',
    ]);
    expect(error.toLine()).toBe('docstitch: in.json#/pages/0/bbox: bbox must be 4 numbers');
    expect(error.exitCode).toBe(6);
    expect(new DocstitchError('empty', 'no elements').place).toEqual({});
  });
});
