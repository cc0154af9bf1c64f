/**
 * A d3-geo path context that writes short SVG path data: whole pixels,
 * relative steps, and no step shorter than `minStep` pixels. A world map of
 * Natural Earth's 1:110m countries 640 px wide drops from about 100 kB of
 * path data (d3's default) to about 35 kB, with no difference a reader sees.
 * Rings that shrink to fewer than three points (islands smaller than a pixel
 * or two) are left out.
 */
export class CompactPathContext {
  private data = "";
  private ring = "";
  private points = 0;
  private x = 0;
  private y = 0;

  constructor(private readonly minStep = 1.5) {}

  moveTo(x: number, y: number): void {
    this.x = Math.round(x);
    this.y = Math.round(y);
    this.ring = `M${this.x} ${this.y}`;
    this.points = 1;
  }

  lineTo(x: number, y: number): void {
    const nx = Math.round(x);
    const ny = Math.round(y);
    const dx = nx - this.x;
    const dy = ny - this.y;
    if (Math.abs(dx) + Math.abs(dy) < this.minStep) return;
    this.ring += `l${dx} ${dy}`;
    this.x = nx;
    this.y = ny;
    this.points++;
  }

  closePath(): void {
    if (this.points >= 3) this.data += `${this.ring}z`;
    this.ring = "";
    this.points = 0;
  }

  beginPath(): void {}

  /** Points are drawn as circles by the map, never through the path. */
  arc(): void {}

  /** The path data so far ("" when nothing was big enough to draw). */
  result(): string {
    return this.data;
  }
}
