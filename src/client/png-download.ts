/**
 * A chart's PNG downloads, drawn in the reader's browser on request (as OWID's grapher
 * does): the chart's standalone SVG, with DejaVu Sans embedded as data: URLs (an SVG drawn
 * as an image loads no other fonts, and no installed font is used), drawn 1200 or 2400 px
 * wide on a canvas and saved. The two font files (about 1.4 MB, half that compressed) are
 * fetched on the first click only. An enhancement: the buttons are hidden in the HTML and
 * shown here; without JavaScript, or in a sandboxed frame (whose null origin cannot fetch
 * the SVG, and which may not download), the reader has the SVG and CSV links.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { fontFaceCss, pngFileName, scaledSvg } from './png-svg.ts';

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

/** A font file as `data:font/ttf;base64,…`. */
async function ttfDataUrl(url: string): Promise<string> {
  const blob = new Blob([await (await fetchOk(url)).arrayBuffer()], { type: 'font/ttf' });
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`${url}: unreadable`));
    reader.readAsDataURL(blob);
  });
}

let fontCss: Promise<string> | undefined;

/** The fonts' CSS, fetched once per page (again after a failure). */
function fonts(): Promise<string> {
  fontCss ??= Promise.all([ttfDataUrl(regularUrl), ttfDataUrl(boldUrl)]).then(([regular, bold]) =>
    fontFaceCss([
      { weight: 400, dataUrl: regular },
      { weight: 700, dataUrl: bold },
    ]),
  );
  fontCss.catch(() => (fontCss = undefined));
  return fontCss;
}

/** The chart's SVG drawn `width` px wide on white, as PNG. */
async function drawPng(svgUrl: string, width: number): Promise<Blob> {
  const [text, css] = await Promise.all([fetchOk(svgUrl).then((r) => r.text()), fonts()]);
  const scaled = scaledSvg(text, css, width);
  const url = URL.createObjectURL(new Blob([scaled.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = scaled.width;
    canvas.height = scaled.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, scaled.width, scaled.height);
    context.drawImage(image, 0, 0, scaled.width, scaled.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name, through a temporary download link. */
function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

async function onClick(button: HTMLButtonElement, svgUrl: string, failed: string): Promise<void> {
  if (button.getAttribute('aria-disabled') === 'true') return;
  const width = Number(button.dataset.width);
  button.setAttribute('aria-disabled', 'true');
  try {
    save(await drawPng(svgUrl, width), pngFileName(new URL(svgUrl).pathname, width));
  } catch (e) {
    console.error('PNG download:', e);
    const label = button.textContent ?? '';
    button.textContent = failed;
    setTimeout(() => (button.textContent = label), 4000);
  } finally {
    button.removeAttribute('aria-disabled');
  }
}

// A sandboxed frame has the origin "null": it can neither fetch our SVG nor download.
if (self.origin !== 'null' && typeof HTMLCanvasElement.prototype.toBlob === 'function') {
  for (const group of document.querySelectorAll<HTMLElement>('.chart-files .chart-png')) {
    const svg = group.closest('.chart-files')?.querySelector<HTMLAnchorElement>('a.svg-file');
    if (!svg) continue;
    group.hidden = false;
    for (const button of group.querySelectorAll<HTMLButtonElement>('button[data-width]')) {
      button.addEventListener('click', () => void onClick(button, svg.href, group.dataset.failed ?? ''));
    }
  }
}
