// Draws the add-in's icons (assets/icon-16.png … icon-80.png: the ribbon's 16, 32 and 80 px, the optional
// 20, 24, 40, 48 and 64 px that Office picks on high-DPI screens, 64 px also the high-resolution icon): a white annex table with a red
// header row, the colour of Minas Gerais' flag, on the secretariat's blue. Run: npx tsx scripts/make-icons.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";

type Rgba = [number, number, number, number];
const BLUE: Rgba = [0, 84, 147, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const RED: Rgba = [200, 16, 46, 255];
const LINE: Rgba = [150, 170, 190, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80] as const;

export function drawIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const radius = Math.max(2, Math.round(size * 0.18));
  const margin = Math.round(size * 0.2);
  const rows = 4;
  const tableTop = margin;
  const tableBottom = size - margin;
  const rowHeight = (tableBottom - tableTop) / rows;
  const line = Math.max(1, Math.round(size / 32));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let color = insideRoundedSquare(x, y, size, radius) ? BLUE : CLEAR;
      const inTable = x >= margin && x < size - margin && y >= tableTop && y < tableBottom;
      if (inTable) {
        const row = Math.floor((y - tableTop) / rowHeight);
        const rowLine = y - tableTop - row * rowHeight < line && row > 0;
        const columnLine = Math.abs(x - (margin + (size - 2 * margin) * 0.3)) < line / 2 + 0.5 && row > 0;
        color = row === 0 ? RED : rowLine || columnLine ? LINE : WHITE;
      }
      png.data.set(color, (y * size + x) * 4);
    }
  }
  return png;
}

function insideRoundedSquare(x: number, y: number, size: number, radius: number): boolean {
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  return (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= radius ** 2;
}

if (require.main === module) {
  for (const size of ICON_SIZES) {
    writeFileSync(join(__dirname, "..", "assets", `icon-${size}.png`), PNG.sync.write(drawIcon(size)));
  }
}
