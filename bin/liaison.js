#!/usr/bin/env node
// The `liaison` command: runs the compiled CLI (built by `npm install`, or `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'liaison: not built yet; run `npm install` (or `npm run build`) in the repository first\n',
  );
  process.exit(2);
}
await import(entry.href);
