import { describe, expect, it } from 'vitest';
import { formatBytes, MAX_DROPPED_FILE_BYTES, MAX_PASTED_TEXT_BYTES, textBytes } from '../../../src/app/state/input-limits.ts';

describe('input limits', () => {
  it('counts pasted text in UTF-8 bytes, Arabic letters as two', () => {
    expect(textBytes('abc')).toBe(3);
    expect(textBytes('الرقة')).toBe(10);
    expect(textBytes('x'.repeat(MAX_PASTED_TEXT_BYTES + 1)) > MAX_PASTED_TEXT_BYTES).toBe(true);
  });

  it('writes sizes as a person reads them', () => {
    expect(formatBytes(MAX_DROPPED_FILE_BYTES)).toBe('50 MB');
    expect(formatBytes(MAX_PASTED_TEXT_BYTES)).toBe('1 MB');
    expect(formatBytes(60.5 * 1024 * 1024)).toBe('60.5 MB');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(12)).toBe('12 B');
  });
});
