import type { Io } from './io.js';

/**
 * A one-line progress display with rate and ETA, drawn on stderr only when it is a terminal and the command
 * is not in --json mode. `total` may be unknown (streams, directories still being read).
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly io: Io,
    private readonly enabled: boolean,
    private readonly label: string,
    private total?: number,
  ) {}

  setTotal(total: number): void {
    this.total = total;
  }

  tick(count = 1): void {
    this.done += count;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = this.done / seconds;
    let line = `${this.label} ${this.done}`;
    if (this.total !== undefined && this.total > 0) {
      const share = Math.min(this.done / this.total, 1);
      const width = 24;
      const filled = Math.round(share * width);
      const eta = rate > 0 ? (this.total - this.done) / rate : 0;
      line = `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${Math.round(share * 100)}% eta ${formatSeconds(eta)}`;
    }
    this.io.err(`\r${line} ${rate.toFixed(1)}/s\x1b[K`);
  }

  finish(): void {
    if (this.enabled && this.lastDraw > 0) this.io.err('\r\x1b[K');
  }
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
