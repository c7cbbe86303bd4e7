/** Progress on long CLI work: a bar on a terminal, plain lines otherwise (logs, CI). */
export interface Progress {
  tick(step: string): void;
  done(): void;
}

export function startProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  let count = 0;
  const started = Date.now();
  const draw = (step: string) => {
    const shown = Math.min(count, total);
    if (stream.isTTY) {
      const width = 24;
      const filled = Math.round((shown / total) * width);
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${shown}/${total} ${step.slice(0, 40).padEnd(40)}`,
      );
    } else {
      stream.write(`${label}: ${shown}/${total} ${step}\n`);
    }
  };
  return {
    tick(step) {
      count++;
      draw(step);
    },
    done() {
      if (stream.isTTY) stream.write('\n');
      stream.write(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
  };
}
