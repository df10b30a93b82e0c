#!/usr/bin/env node
/**
 * Draws the add-in's icons (a traffic light: red, yellow and green lamps on a dark body) as PNG files
 * in assets/, with Node's zlib only. Run `node scripts/make-icons.js` after changing the drawing; the
 * PNGs are committed so the build does not depend on this script.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const OUT_DIR = path.join(__dirname, "..", "assets");
/** Samples per pixel side, for smooth edges. */
const SUPER = 4;

const BODY = [38, 50, 56];
const LAMPS = [
  [229, 57, 53], // rosso
  [253, 216, 53], // giallo
  [67, 160, 71], // verde
];

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Colour of a point of the unit square (0..1), or null when outside the glyph. */
function colourAt(x, y) {
  const bodyLeft = 0.27;
  const bodyRight = 0.73;
  const bodyTop = 0.03;
  const bodyBottom = 0.97;
  const radius = 0.12;
  const inBody =
    x >= bodyLeft &&
    x <= bodyRight &&
    y >= bodyTop &&
    y <= bodyBottom &&
    cornerOk(x, y, bodyLeft, bodyRight, bodyTop, bodyBottom, radius);
  if (!inBody) return null;
  const lampRadius = 0.135;
  const centres = [0.2, 0.5, 0.8];
  for (let i = 0; i < centres.length; i++) {
    const dx = x - 0.5;
    const dy = y - centres[i];
    if (dx * dx + dy * dy <= lampRadius * lampRadius) return LAMPS[i];
  }
  return BODY;
}

function cornerOk(x, y, l, r, t, b, rad) {
  const cx = x < l + rad ? l + rad : x > r - rad ? r - rad : x;
  const cy = y < t + rad ? t + rad : y > b - rad ? b - rad : y;
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= rad * rad;
}

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPER; sy++) {
        for (let sx = 0; sx < SUPER; sx++) {
          const c = colourAt((px + (sx + 0.5) / SUPER) / size, (py + (sy + 0.5) / SUPER) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        rgba[o] = Math.round(r / covered);
        rgba[o + 1] = Math.round(g / covered);
        rgba[o + 2] = Math.round(b / covered);
      }
      rgba[o + 3] = Math.round((255 * covered) / (SUPER * SUPER));
    }
  }
  return encodePng(size, rgba);
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT_DIR, `icon-${size}.png`);
    fs.writeFileSync(file, draw(size));
    console.log(`scritto ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { draw, SIZES };
