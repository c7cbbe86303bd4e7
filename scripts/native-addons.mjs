#!/usr/bin/env node
// After install: make sure the password hasher's native addon actually runs on this Node.js.
// argon2 ships prebuilt binaries, and on some Node.js builds (Debian's node 20 among them) loading the
// prebuilt one crashes the process with a segmentation fault. Where it does, build the addon from
// source against this Node's own headers (node-gyp; python3, make and g++ are needed), then check again.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const probe = () =>
  spawnSync(process.execPath, ['-e', "require('argon2').hash('probe').then(() => process.exit(0))"], {
    stdio: 'ignore',
  }).status === 0;

if (probe()) process.exit(0);

const addon = dirname(require.resolve('argon2/package.json'));
console.error('The prebuilt argon2 addon does not run on this Node.js; building it from source…');
const built = spawnSync(process.execPath, [require.resolve('node-gyp-build/bin.js')], {
  cwd: addon,
  stdio: 'inherit',
  env: { ...process.env, npm_config_build_from_source: 'true' },
});
if (built.status !== 0 || !probe()) {
  console.error('Could not build argon2 from source: install python3, make and g++, then run npm rebuild.');
  process.exit(1);
}
