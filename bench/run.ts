/**
 * `npm run bench [-- NAME...]`: runs every bench/*.bench.ts (or the named ones) in turn. Each module
 * exports `run(report)`; each figure is printed on a line of its own as `name value unit`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

export type Report = (name: string, value: number, unit: string) => void;
export interface BenchModule {
  run(report: Report): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
/** Run only when named (`npm run bench:load`): they drive a whole server and take minutes. */
const ON_REQUEST = new Set(['load']);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => {
    const name = file.replace(/\.bench\.ts$/, '');
    return wanted.length === 0 ? !ON_REQUEST.has(name) : wanted.includes(name);
  })
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}`);
  process.exit(2);
}

const report: Report = (name, value, unit) => {
  const shown = Number.isInteger(value) ? String(value) : value.toPrecision(4);
  console.log(`${name} ${shown} ${unit}`);
};

for (const file of files) {
  console.error(`# ${file} (${new Date().toISOString()}, node ${process.version})`);
  const module = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
  await module.run(report);
}
