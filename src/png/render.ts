/**
 * One SVG to one PNG: drawn by resvg on white, with the DejaVu Sans fonts of the
 * dejavu-fonts-ttf package only (no system fonts), so the same SVG gives the same bytes on
 * every machine and Uzbek ʻ ʼ ў қ ғ ҳ have glyphs; encoded by encode.ts.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { encodePng, ENCODER_ID } from './encode.ts';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The font files every PNG is drawn with: regular and bold. */
export const FONT_FILES: readonly string[] = [
  join(fontDir, 'DejaVuSans.ttf'),
  join(fontDir, 'DejaVuSans-Bold.ttf'),
];
const FONT_FAMILY = 'DejaVu Sans';

/** Render options for a target width (px); the height follows the SVG's aspect ratio. */
export function renderOptions(width: number): ResvgRenderOptions {
  return {
    font: {
      fontFiles: [...FONT_FILES],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    fitTo: { mode: 'width', value: width },
    // Opaque, so the encoder can write RGB.
    background: '#fff',
    logLevel: 'error',
  };
}

/** The SVG as a PNG `width` px wide. Throws with resvg's message on SVG it cannot read. */
export function renderPng(svg: string, width: number): Buffer {
  const image = new Resvg(svg, renderOptions(width)).render();
  return encodePng(image.pixels, image.width, image.height);
}

/**
 * What, besides the SVG and the width, decides the PNG's bytes: the resvg version, the
 * options, a hash of each font file and the encoder (its zlib version). Part of every cache key, so upgrading resvg or a
 * font renders everything again.
 */
export function rendererId(): string {
  const resvg = (require('@resvg/resvg-js/package.json') as { version: string }).version;
  const fonts = FONT_FILES.map((f) =>
    createHash('sha256').update(readFileSync(f)).digest('hex').slice(0, 16),
  );
  return `resvg-js@${resvg} ${JSON.stringify(renderOptions(0))} ${ENCODER_ID} fonts:${fonts.join(',')}`;
}
