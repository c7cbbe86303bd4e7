/**
 * Printing: a copy's PDF carries the banner at the top and bottom of every page and the copy number;
 * its page images, read back by OCR (Debian's tesseract), still name the copy they came from.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from '../support/api.js';
import { createTestWorld, testDatabaseKind, type TestWorld } from '../support/test-context.js';

let world: TestWorld;
let dir: string;
beforeAll(async () => {
  world = await createTestWorld();
  dir = mkdtempSync(join(tmpdir(), 'liaison-print-'));
});
afterAll(async () => {
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

// Printing does not depend on the store: run it once, on the embedded one.
describe.runIf(testDatabaseKind() === 'pglite')('a printed copy', { timeout: 180_000 }, () => {
  it('has its banner top and bottom of every page and its copy number, and still names its copy after OCR', async () => {
    const id = await world.documentId('Stalin and Harriman Exchange Military Information');
    const copies = await apiAs(world, 'page')<{ items: { id: string; number: number }[] }>('GET', `/api/documents/${id}/copies`);
    const third = copies.body.items.find((copy) => copy.number === 3);
    if (!third) throw new Error('no third copy');
    const pdf = await world.app.inject({ method: 'GET', url: `/api/copies/${third.id}/pdf`, headers: { cookie: await world.login('page') } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const file = join(dir, 'copy-3.pdf');
    writeFileSync(file, pdf.rawPayload);

    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      const lines = page.split('\n').map((line) => line.trim()).filter(Boolean);
      expect(lines[0]).toBe('TOP SECRET');
      expect(lines.filter((line) => line === 'TOP SECRET').length).toBeGreaterThanOrEqual(2);
      expect(page).toMatch(/Copy 3 of 4/);
    }
    expect(pages[0]).toContain('COPY 3 OF 4');

    execFileSync('pdftoppm', ['-r', '200', '-png', file, join(dir, 'page')]);
    const images = readdirSync(dir).filter((name) => name.startsWith('page') && name.endsWith('.png')).sort();
    const ocr = images.map((image) => execFileSync('tesseract', [join(dir, image), '-', '-l', 'eng'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })).join('\n');
    expect(ocr).toContain('Tehran');
    const traced = await apiAs(world, 'harriman')<{ document: { id: string } | null; suspects: { copyId: string }[]; falseAccusationBound: number }>(
      'POST',
      '/api/trace',
      { text: ocr },
    );
    expect(traced.body.document?.id).toBe(id);
    expect(traced.body.suspects.map((suspect) => suspect.copyId)).toEqual([third.id]);
    expect(traced.body.falseAccusationBound).toBeLessThanOrEqual(1e-6);
  });

  it('is refused to someone who holds no copy', async () => {
    const id = await world.documentId('Stalin and Harriman Exchange Military Information');
    const copies = await apiAs(world, 'page')<{ items: { id: string }[] }>('GET', `/api/documents/${id}/copies`);
    const response = await world.app.inject({
      method: 'GET',
      url: `/api/copies/${copies.body.items[0]?.id ?? ''}/pdf`,
      headers: { cookie: await world.login('marshall') },
    });
    expect(response.statusCode).toBe(404);
  });
});
