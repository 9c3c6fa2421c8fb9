import { describe, expect, it } from 'vitest';
import { checkCoordinates, parseDecimal } from '../../../src/ingest/import/coordinates.ts';

describe('checkCoordinates', () => {
  it('accepts Raqqa as given', () => {
    expect(checkCoordinates(39.01, 35.95, true)).toEqual({ ok: true, coordinates: [39.01, 35.95] });
  });

  it('reports Raqqa with latitude and longitude swapped, and does not fix it', () => {
    const c = checkCoordinates(35.95, 39.01, true);
    expect(c.ok).toBe(false);
    expect(c.ok === false && c.message).toMatch(/look swapped/);
  });

  it('does not call a point swapped when the row is not about Syria (Adana is at lat 37.0, lon 35.3)', () => {
    expect(checkCoordinates(35.32, 37.0, false).ok).toBe(true);
  });

  it('refuses coordinates out of range, naming the field', () => {
    expect(checkCoordinates(39, 95, true)).toMatchObject({ ok: false, field: 'latitude' });
    expect(checkCoordinates(190, 35, false)).toMatchObject({ ok: false, field: 'longitude' });
    expect(checkCoordinates(Number.NaN, 35, false)).toMatchObject({ ok: false, field: 'longitude' });
  });
});

describe('parseDecimal', () => {
  it('reads decimal numbers and nothing else', () => {
    expect(parseDecimal(' 35.9500 ')).toBe(35.95);
    expect(parseDecimal('-0.5')).toBe(-0.5);
    expect(parseDecimal('35,95')).toBeNull();
    expect(parseDecimal('0x20')).toBeNull();
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('Infinity')).toBeNull();
  });
});
