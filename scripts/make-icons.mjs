// Writes the PNG and ICO icons of public/ from public/favicon.svg, with Debian's Chromium:
//   node scripts/make-icons.mjs
// Run again after changing the SVG; the outputs are committed.
import fs from "node:fs";
import { chromium } from "playwright-core";

const svg = fs.readFileSync("public/favicon.svg", "utf8");
/** Full-bleed versions (apple-touch, maskable) drop the rounded corners: the platform rounds them. */
const square = svg.replace(/ rx="\d+"/, "");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });

async function png(source, size, padding = 0) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = size - 2 * padding;
  await page.setContent(
    `<html><body style="margin:0;background:${padding ? "#991b1b" : "transparent"}"><div style="width:${size}px;height:${size}px;display:flex;align-items:center;justify-content:center">${source.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</div></body></html>`,
  );
  const buffer = await page.screenshot({ omitBackground: !padding, type: "png" });
  await page.close();
  return buffer;
}

/** An ICO holding PNG images (supported by every browser since Vista-era icons). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

fs.writeFileSync("public/apple-touch-icon.png", await png(square, 180));
fs.writeFileSync("public/icon-192.png", await png(svg, 192));
fs.writeFileSync("public/icon-512.png", await png(svg, 512));
fs.writeFileSync("public/icon-maskable-512.png", await png(square, 512, 64));
fs.writeFileSync("public/favicon.ico", ico([{ size: 16, data: await png(svg, 16) }, { size: 32, data: await png(svg, 32) }, { size: 48, data: await png(svg, 48) }]));
await browser.close();
