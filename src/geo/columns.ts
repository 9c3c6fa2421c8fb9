// Events in columns: what the map needs for a million events, without a million objects or a GeoJSON parse.
//
// The map reads per event only a position, a date interval, a type, a status and a precision; those live in
// typed arrays ("hot" columns) that go to the GPU and to the picking index as they are. Everything else an
// event carries (quote, actors, sources…) is needed for one event at a time — the one clicked — so it is kept
// as one JSON string per event ("details") and only decoded by `eventAt`. Ids are a string column too.
//
// The binary form (`encodeColumns` / `decodeColumns`) is these arrays back to back behind a small JSON
// manifest, 8-byte aligned, so decoding is a handful of zero-copy views over the fetched ArrayBuffer.
// Pure TypeScript (TextEncoder/TextDecoder are globals in Node and browsers): runs in Node, a page or a worker.
import {
  DatePrecision,
  dayNumber,
  EventStatus,
  EventType,
  isoDay,
  PlacePrecision,
  type EventRecord,
} from '../schema/index.ts';

/** UTF-8 strings back to back; string i is bytes[offsets[i] .. offsets[i + 1]). */
export interface StringColumn {
  bytes: Uint8Array;
  offsets: Uint32Array;
}

export interface EventColumns {
  length: number;
  lon: Float64Array;
  lat: Float64Array;
  /** Days since 1970-01-01 (UTC) of the date interval, inclusive; OPEN_DAY for an open (unanchored) date. */
  startDay: Int32Array;
  endDay: Int32Array;
  /** Index into EventType.options. */
  type: Uint8Array;
  /** Index into EventStatus.options. */
  status: Uint8Array;
  /** Index into PlacePrecision.options. */
  placePrecision: Uint8Array;
  /** Index into DatePrecision.options. */
  datePrecision: Uint8Array;
  ids: StringColumn;
  /** JSON of the rest of each record; null when encoded for the map only. */
  details: StringColumn | null;
}

/** Marks an open date (no publication date to anchor it); such events show only in a fully open window. */
export const OPEN_DAY = -2147483648;

export const TYPES = EventType.options;
export const STATUSES = EventStatus.options;
export const PLACE_PRECISIONS = PlacePrecision.options;
export const DATE_PRECISIONS = DatePrecision.options;

/** The part of a record the hot columns do not hold, in a fixed key order so equal records give equal bytes. */
function detailsOf(e: EventRecord): unknown {
  const { coordinates: _c, precision: _p, ...place } = e.place;
  return {
    date: { phrase: e.date.phrase, basis: e.date.basis },
    place,
    actors: e.actors,
    fatalities: e.fatalities,
    injured: e.injured,
    trigger: e.trigger,
    denies: e.denies,
    sources: e.sources,
  };
}

/** Appends UTF-8 strings into one growing buffer (doubling), so a million strings are one allocation. */
class StringColumnBuilder {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private offsets: number[] = [0];
  private encoder = new TextEncoder();

  push(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    this.reserve(s.length * 3);
    const { written } = this.encoder.encodeInto(s, this.bytes.subarray(this.used));
    this.used += written;
    this.offsets.push(this.used);
  }

  private reserve(n: number): void {
    if (this.used + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.used + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes.subarray(0, this.used));
    this.bytes = next;
  }

  finish(): StringColumn {
    return { bytes: this.bytes.slice(0, this.used), offsets: Uint32Array.from(this.offsets) };
  }
}

const decoder = new TextDecoder();

function stringAt(col: StringColumn, i: number): string {
  return decoder.decode(col.bytes.subarray(col.offsets[i]!, col.offsets[i + 1]!));
}

export interface ToColumnsOptions {
  /** Keep the details (quote, actors, sources…) so `eventAt` can rebuild whole records (default true). */
  details?: boolean;
}

/** Events (any iterable, e.g. a generator over a stream) → columns. */
export function toColumns(events: Iterable<EventRecord>, opts: ToColumnsOptions = {}): EventColumns {
  const keepDetails = opts.details ?? true;
  const lon: number[] = [];
  const lat: number[] = [];
  const startDay: number[] = [];
  const endDay: number[] = [];
  const type: number[] = [];
  const status: number[] = [];
  const placePrecision: number[] = [];
  const datePrecision: number[] = [];
  const ids = new StringColumnBuilder();
  const details = keepDetails ? new StringColumnBuilder() : null;
  for (const e of events) {
    lon.push(e.place.coordinates[0]);
    lat.push(e.place.coordinates[1]);
    startDay.push(e.date.start === null ? OPEN_DAY : dayNumber(e.date.start));
    endDay.push(e.date.end === null ? OPEN_DAY : dayNumber(e.date.end));
    type.push(TYPES.indexOf(e.type));
    status.push(STATUSES.indexOf(e.status));
    placePrecision.push(PLACE_PRECISIONS.indexOf(e.place.precision));
    datePrecision.push(DATE_PRECISIONS.indexOf(e.date.precision));
    ids.push(e.id);
    details?.push(JSON.stringify(detailsOf(e)));
  }
  return {
    length: lon.length,
    lon: Float64Array.from(lon),
    lat: Float64Array.from(lat),
    startDay: Int32Array.from(startDay),
    endDay: Int32Array.from(endDay),
    type: Uint8Array.from(type),
    status: Uint8Array.from(status),
    placePrecision: Uint8Array.from(placePrecision),
    datePrecision: Uint8Array.from(datePrecision),
    ids: ids.finish(),
    details: details?.finish() ?? null,
  };
}

export function idAt(cols: EventColumns, i: number): string {
  return stringAt(cols.ids, i);
}

/** The whole record of event i, as it went in. Needs the details column. */
export function eventAt(cols: EventColumns, i: number): EventRecord {
  if (!cols.details) throw new Error('these columns were encoded for the map only (no details)');
  const d = JSON.parse(stringAt(cols.details, i)) as Omit<EventRecord, 'id' | 'type' | 'status' | 'date' | 'place'> & {
    date: Pick<EventRecord['date'], 'phrase' | 'basis'>;
    place: Omit<EventRecord['place'], 'coordinates' | 'precision'>;
  };
  const start = cols.startDay[i]!;
  const end = cols.endDay[i]!;
  return {
    id: idAt(cols, i),
    type: TYPES[cols.type[i]!]!,
    status: STATUSES[cols.status[i]!]!,
    date: {
      start: start === OPEN_DAY ? null : isoDay(start),
      end: end === OPEN_DAY ? null : isoDay(end),
      precision: DATE_PRECISIONS[cols.datePrecision[i]!]!,
      phrase: d.date.phrase,
      basis: d.date.basis,
    },
    place: { ...d.place, coordinates: [cols.lon[i]!, cols.lat[i]!], precision: PLACE_PRECISIONS[cols.placePrecision[i]!]! },
    actors: d.actors,
    fatalities: d.fatalities,
    injured: d.injured,
    trigger: d.trigger,
    denies: d.denies,
    sources: d.sources,
  };
}

export function* fromColumns(cols: EventColumns): Generator<EventRecord> {
  for (let i = 0; i < cols.length; i++) yield eventAt(cols, i);
}

// ---- binary form -------------------------------------------------------------------------------------------

const MAGIC = 'SITREPEV';
const VERSION = 1;

type ArrayKind = 'f64' | 'i32' | 'u32' | 'u8';
type Typed = Float64Array | Int32Array | Uint32Array | Uint8Array;

interface ManifestColumn {
  name: string;
  kind: ArrayKind;
  offset: number;
  count: number;
}

interface Manifest {
  length: number;
  columns: ManifestColumn[];
}

function kindOf(a: Typed): ArrayKind {
  if (a instanceof Float64Array) return 'f64';
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Uint32Array) return 'u32';
  return 'u8';
}

function view(buffer: ArrayBuffer, byteOffset: number, kind: ArrayKind, count: number): Typed {
  if (kind === 'f64') return new Float64Array(buffer, byteOffset, count);
  if (kind === 'i32') return new Int32Array(buffer, byteOffset, count);
  if (kind === 'u32') return new Uint32Array(buffer, byteOffset, count);
  return new Uint8Array(buffer, byteOffset, count);
}

function namedArrays(cols: EventColumns): [string, Typed][] {
  const arrays: [string, Typed][] = [
    ['lon', cols.lon],
    ['lat', cols.lat],
    ['startDay', cols.startDay],
    ['endDay', cols.endDay],
    ['type', cols.type],
    ['status', cols.status],
    ['placePrecision', cols.placePrecision],
    ['datePrecision', cols.datePrecision],
    ['ids.offsets', cols.ids.offsets],
    ['ids.bytes', cols.ids.bytes],
  ];
  if (cols.details) arrays.push(['details.offsets', cols.details.offsets], ['details.bytes', cols.details.bytes]);
  return arrays;
}

const align8 = (n: number) => (n + 7) & ~7;

/** Columns → bytes: magic, version, manifest length, manifest JSON, then each array 8-byte aligned. */
export function encodeColumns(cols: EventColumns): Uint8Array {
  const arrays = namedArrays(cols);
  // The manifest's size depends on the offsets it lists, so lay out relative to the data start first.
  let at = 0;
  const columns: ManifestColumn[] = arrays.map(([name, a]) => {
    const c = { name, kind: kindOf(a), offset: at, count: a.length };
    at = align8(at + a.byteLength);
    return c;
  });
  const manifest = new TextEncoder().encode(JSON.stringify({ length: cols.length, columns } satisfies Manifest));
  const dataStart = align8(MAGIC.length + 8 + manifest.length);
  const out = new Uint8Array(dataStart + at);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const dv = new DataView(out.buffer);
  dv.setUint32(MAGIC.length, VERSION, true);
  dv.setUint32(MAGIC.length + 4, manifest.length, true);
  out.set(manifest, MAGIC.length + 8);
  arrays.forEach(([, a], k) => out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), dataStart + columns[k]!.offset));
  return out;
}

/** Bytes → columns, as views over the same buffer (no copy when the bytes start 8-aligned). */
export function decodeColumns(input: ArrayBuffer | Uint8Array): EventColumns {
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  // Typed-array views need aligned offsets; a Node Buffer slice may not start on an 8-byte boundary.
  // (Buffer#slice shares memory, so copy through the Uint8Array constructor.)
  if (bytes.byteOffset % 8 !== 0) bytes = new Uint8Array(bytes);
  const magic = new TextDecoder().decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw new Error('not a sitrep events file (bad magic)');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint32(MAGIC.length, true);
  if (version !== VERSION) throw new Error(`sitrep events file version ${version}, expected ${VERSION}`);
  const manifestLength = dv.getUint32(MAGIC.length + 4, true);
  const manifest = JSON.parse(
    new TextDecoder().decode(bytes.subarray(MAGIC.length + 8, MAGIC.length + 8 + manifestLength)),
  ) as Manifest;
  const dataStart = bytes.byteOffset + align8(MAGIC.length + 8 + manifestLength);
  const a = new Map<string, Typed>();
  for (const c of manifest.columns) {
    const end = dataStart + c.offset + c.count * bytesPer(c.kind);
    if (end > bytes.byteOffset + bytes.byteLength) throw new Error(`sitrep events file truncated in column ${c.name}`);
    a.set(c.name, view(bytes.buffer as ArrayBuffer, dataStart + c.offset, c.kind, c.count));
  }
  const get = <T extends Typed>(name: string): T => {
    const v = a.get(name);
    if (!v) throw new Error(`sitrep events file lacks column ${name}`);
    return v as T;
  };
  return {
    length: manifest.length,
    lon: get('lon'),
    lat: get('lat'),
    startDay: get('startDay'),
    endDay: get('endDay'),
    type: get('type'),
    status: get('status'),
    placePrecision: get('placePrecision'),
    datePrecision: get('datePrecision'),
    ids: { bytes: get('ids.bytes'), offsets: get('ids.offsets') },
    details: a.has('details.bytes') ? { bytes: get('details.bytes'), offsets: get('details.offsets') } : null,
  };
}

function bytesPer(kind: ArrayKind): number {
  return kind === 'f64' ? 8 : kind === 'u8' ? 1 : 4;
}
