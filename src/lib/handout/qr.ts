/** QR codes for printed handouts: drawn at build time (qrcode, offline) as a small black-on-white SVG. */
import QRCode from 'qrcode';

/** Blank modules around the code that scanners need (the standard's quiet zone). */
const quiet = 4;

/**
 * An SVG QR code of `text`, black on its own white square so it scans on a dark page and in print; `label` is
 * its accessible name. Dark modules are drawn as one path of horizontal runs.
 */
export function qrSvg(text: string, label: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const runs: string[] = [];
  for (let y = 0; y < n; y += 1) {
    for (let x = 0; x < n; x += 1) {
      if (!modules.get(y, x)) continue;
      let end = x;
      while (end + 1 < n && modules.get(y, end + 1)) end += 1;
      runs.push(`M${x + quiet} ${y + quiet}h${end - x + 1}v1h-${end - x + 1}z`);
      x = end;
    }
  }
  const side = n + 2 * quiet;
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${escaped}" shape-rendering="crispEdges" class="qr-code">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${runs.join('')}"/></svg>`
  );
}
