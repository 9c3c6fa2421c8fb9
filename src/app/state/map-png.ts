// Export PNG: the map as drawn, with a footer naming the time window and crediting the data, because a
// picture of the map without its sources would break the licences it is drawn from.
export async function mapPng(map: HTMLCanvasElement, footer: string[]): Promise<Blob> {
  const ratio = map.width / Math.max(1, map.clientWidth || map.width);
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

/** The credits as plain text (the attribution control's links stripped). */
export const PNG_CREDITS =
  'Base map: Natural Earth; UN OCHA / HDX (CC BY-IGO). Places: GeoNames (CC BY 4.0), UN OCHA / HDX, OpenSyria (CC BY 4.0), OurAirports.';
