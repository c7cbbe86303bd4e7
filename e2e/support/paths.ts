/** Where things are, from the repository root. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webIndexPath = path.join(repositoryRoot, 'dist', 'web', 'index.html');
export const webSourcePath = path.join(repositoryRoot, 'src', 'web');
export const cliBuildPath = path.join(repositoryRoot, 'dist', 'cli');
export const cliEntryPath = path.join(repositoryRoot, 'bin', 'liaison.js');
