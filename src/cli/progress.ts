// A one-line progress display on stderr, only when stderr is a terminal (never in pipes or CI logs).

export interface Progress {
  update(line: string): void;
  done(): void;
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  return {
    update(line) {
      const now = Date.now();
      if (now - last < 100) return; // redraw at most 10 times a second; drawing is slower than extracting
      last = now;
      shown = true;
      const width = stream.columns ?? 80;
      stream.write(`\r${line.slice(0, width - 1).padEnd(width - 1)}`);
    },
    done() {
      if (shown) stream.write('\r' + ' '.repeat((stream.columns ?? 80) - 1) + '\r');
    },
  };
}
