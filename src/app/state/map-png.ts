// Export PNG: the map as drawn, with a footer naming the time window and crediting the data, because a
// picture of the map without its sources would break the licences it is drawn from.
export async function mapPng(map: HTMLCanvasElement, footer: string[]): Promise<Blob> {
  // A stacked copy (stackCanvases) is not in the page: its CSS width is in its style.
  const ratio = map.width / Math.max(1, map.clientWidth || Number.parseFloat(map.style.width) || map.width);
  const line = Math.round(16 * ratio);
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + line * footer.length + Math.round(8 * ratio);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, 0);
  ctx.fillStyle = '#222222';
  ctx.font = `${Math.round(12 * ratio)}px system-ui, sans-serif`;
  ctx.textBaseline = 'top';
  footer.forEach((text, i) => ctx.fillText(text, Math.round(6 * ratio), map.height + Math.round(4 * ratio) + i * line));
  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'),
  );
}

/**
 * The map as one picture: MapLibre's canvas with the canvases stacked over it (the GPU event layer draws on
 * its own, see map/gpu/overlay.ts), drawn in order. All keep their drawing buffers, so this works after the frame.
 */
export function stackCanvases(bottom: HTMLCanvasElement, over: readonly HTMLCanvasElement[]): HTMLCanvasElement {
  if (over.length === 0) return bottom;
  const out = document.createElement('canvas');
  out.width = bottom.width;
  out.height = bottom.height;
  // Keep the CSS width: mapPng reads the pixel ratio from it.
  out.style.width = `${bottom.clientWidth || bottom.width}px`;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  for (const c of [bottom, ...over]) ctx.drawImage(c, 0, 0, out.width, out.height);
  return out;
}

/** The credits as plain text (the attribution control's links stripped). */
export const PNG_CREDITS =
  'Base map: Natural Earth; UN OCHA / HDX (CC BY-IGO). Places: GeoNames (CC BY 4.0), UN OCHA / HDX, OpenSyria (CC BY 4.0), OurAirports.';
