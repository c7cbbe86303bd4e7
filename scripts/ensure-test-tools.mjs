#!/usr/bin/env node
// Before the test suite: the system programs it needs besides Node packages — Debian's chromium for
// the browser tests, PostgreSQL's server binaries for the integration suite on a real server, and
// tesseract and poppler for the printing test.
// As root on Debian (a fresh machine, CI) they are installed with apt-get; otherwise this says what
// to install and stops, rather than letting half the suite fail obscurely.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const onPath = (tool) => (process.env.PATH ?? '').split(':').some((dir) => existsSync(`${dir}/${tool}`));
const postgresBin = () =>
  onPath('initdb') ||
  (existsSync('/usr/lib/postgresql') &&
    readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)));

const needs = [
  { package: 'chromium', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { package: 'postgresql', present: postgresBin },
  // Printing: a copy's PDF is turned back into text by OCR in a test, and must still name its copy.
  { package: 'tesseract-ocr', present: () => onPath('tesseract') },
  { package: 'poppler-utils', present: () => onPath('pdftoppm') && onPath('pdftotext') },
];
const missing = needs.filter((need) => !need.present()).map((need) => need.package);
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.error(`Installing Debian packages the tests need: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  });
  process.exit(0);
}
console.error(
  `The test suite needs these system packages: ${missing.join(', ')}.\n` +
    `On Debian: sudo apt-get install ${missing.join(' ')}\n` +
    '(or set CHROMIUM_PATH to a Chromium binary, PG_BIN to a folder with initdb and pg_ctl)',
);
process.exit(1);
