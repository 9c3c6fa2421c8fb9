// Small shared pieces of the data model: dates, coordinates, spans. (The calendar arithmetic behind the
// date checks is days.ts.)
import { z } from 'zod';
import { isCalendarDay } from './days.ts';

/** An ISO calendar day, YYYY-MM-DD, that exists. */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDay, 'not a calendar day');
export type IsoDay = z.infer<typeof IsoDay>;

/**
 * A publication date as precise as the source gives it: a day (2016-06-22),
 * a month (2017-12) or a year (2017). Years are 4 digits: 20016 is refused.
 */
export const PublishedDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    if (s.length === 4) return true;
    if (s.length === 7) {
      const mo = Number(s.slice(5, 7));
      return mo >= 1 && mo <= 12;
    }
    return isCalendarDay(s);
  }, 'not a real date');
export type PublishedDate = z.infer<typeof PublishedDate>;

export const Longitude = z.number().finite().min(-180).max(180);
export const Latitude = z.number().finite().min(-90).max(90);

/** [lon, lat] in WGS84, the GeoJSON order. */
export const LonLat = z.tuple([Longitude, Latitude]);
export type LonLat = z.infer<typeof LonLat>;

/** [start, end) character offsets into a text (UTF-16 code units, as JS strings index). */
export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => e >= s, 'span end before start');
export type Span = z.infer<typeof Span>;

export const Lang = z.enum(['ar', 'en']);
export type Lang = z.infer<typeof Lang>;
