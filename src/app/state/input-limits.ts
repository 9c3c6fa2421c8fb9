// How much the app reads from a dropped file or a pasted report. Everything runs in the user's tab:
// a 1 GB file read with file.text() and JSON.parse would freeze or crash it, so a file over the limit is
// refused before a byte is read, with a message naming it. The limits are far above real inputs: the
// whole corpus ingests to a few MB of GeoJSON, and a long news report is tens of KB.

export const MAX_DROPPED_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_PASTED_TEXT_BYTES = 1024 * 1024;

/** UTF-8 size of a pasted text (an Arabic letter is 2 bytes, as it will be in a file). */
export function textBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** "50 MB", "1 MB", "312 KB": sizes as a person reads them (1024-based, like file managers). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}
