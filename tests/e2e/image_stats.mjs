// Pixel statistics of a PNG screenshot, computed by the browser itself (no npm image package):
// the PNG bytes go into a helper page of their own (a separate context, so the app under test pays
// nothing), which decodes them with createImageBitmap and reads them back from an OffscreenCanvas.

export class ImageStats {
  constructor(browser) {
    this.browser = browser;
    this.page = null;
  }

  async open() {
    this.context = await this.browser.newContext({ viewport: { width: 200, height: 200 } });
    this.page = await this.context.newPage();
  }

  async close() {
    if (this.context) await this.context.close().catch(() => {});
  }

  // Returns { width, height, distinct_colours, dominant_fraction, dominant_colour, mean_luma }.
  // mean_luma: Rec. 709 weights over the sRGB-encoded values, 0 (black) .. 1 (white).
  async analyse(png_buffer) {
    return this.page.evaluate(async (base64) => {
      const binary = atob(base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const pixels = new Uint32Array(data.buffer);
      const counts = new Map();
      let luma_sum = 0;
      for (let i = 0; i < pixels.length; i++) {
        const p = pixels[i];
        counts.set(p, (counts.get(p) || 0) + 1);
        const o = i * 4;
        luma_sum += 0.2126 * data[o] + 0.7152 * data[o + 1] + 0.0722 * data[o + 2];
      }
      let dominant = 0, dominant_count = 0;
      for (const [colour, count] of counts) {
        if (count > dominant_count) { dominant = colour; dominant_count = count; }
      }
      const hex = (c) => '#' + [c & 255, (c >>> 8) & 255, (c >>> 16) & 255]
        .map((v) => v.toString(16).padStart(2, '0')).join('');
      return {
        width: bitmap.width,
        height: bitmap.height,
        distinct_colours: counts.size,
        dominant_fraction: dominant_count / pixels.length,
        dominant_colour: hex(dominant),
        mean_luma: luma_sum / pixels.length / 255,
      };
    }, Buffer.from(png_buffer).toString('base64'));
  }
}

export function describe_stats(s) {
  return `${s.width}x${s.height}, ${s.distinct_colours} colours, dominant ${s.dominant_colour} ` +
    `on ${(s.dominant_fraction * 100).toFixed(1)}%, mean luma ${s.mean_luma.toFixed(3)}`;
}
