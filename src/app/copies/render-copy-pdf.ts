/**
 * A copy as a PDF to print: the banner line at the top and bottom of every page, "COPY n OF m" and its
 * holder, the form's heading, the copy's own text, the drafter's reference and the distribution block.
 * DejaVu fonts, so that Russian banners print too.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { renderDistributionBlock } from '../../core/document/document.rules.js';
import type { ClassificationScheme } from '../../core/marking/scheme.js';
import type { CopyText } from './get-copy.js';

const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const FONT_SERIF = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf');

export function renderCopyPdf(copyText: CopyText, scheme: ClassificationScheme): Promise<Buffer> {
  const { copy, document, of, text, directory } = copyText;
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 90, bottom: 90, left: 72, right: 72 },
    bufferPages: true,
    info: { Title: `${document.registryNumber ?? ''} ${document.title} — copy ${copy.number} of ${of}`.trim(), Creator: 'Liaison' },
  });
  pdf.registerFont('body', FONT_SERIF);
  pdf.registerFont('sans', FONT);
  pdf.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const label = (target: (typeof document.distribution)[number]) => {
    const holder = target.target;
    if (holder.kind === 'person') return directory.people.get(holder.personId)?.displayName ?? 'unknown person';
    if (holder.kind === 'office') return directory.offices.get(holder.officeId)?.name ?? 'unknown office';
    return scheme.parties.get(holder.party)?.name ?? holder.party;
  };
  const holder =
    copy.holder.kind === 'person'
      ? (directory.people.get(copy.holder.personId)?.displayName ?? '')
      : copy.holder.kind === 'office'
        ? (directory.offices.get(copy.holder.officeId)?.name ?? '')
        : (scheme.parties.get(copy.holder.party)?.name ?? copy.holder.party);

  pdf.font('bold').fontSize(11).text(`COPY ${copy.number} OF ${of}`, { align: 'right' });
  pdf.font('sans').fontSize(9).text(holder, { align: 'right' });
  pdf.moveDown(1.5);
  pdf.font('bold').fontSize(14).text(document.title);
  pdf.font('sans').fontSize(10).text([document.registryNumber, document.dated].filter(Boolean).join('   '));
  const fields = document.fields;
  const heading: string[] = [];
  if (fields.from || fields.to) heading.push(`From: ${fields.from ?? ''}   To: ${fields.to ?? ''}${fields.number ? `   No. ${fields.number}` : ''}`);
  if (fields.participants?.length) heading.push(`Present: ${fields.participants.join('; ')}`);
  if (fields.subject) heading.push(`Subject: ${fields.subject}`);
  if (fields.source) heading.push(`Source: ${fields.source}   Grade: ${fields.reliability ?? ''}${fields.credibility ?? ''}`);
  if (heading.length > 0) pdf.moveDown(0.5).text(heading.join('\n'));
  pdf.moveDown(1);
  for (const paragraph of text.split(/\n\s*\n/)) {
    pdf.font('body').fontSize(11.5).text(paragraph.trim(), { align: 'left', lineGap: 3 });
    pdf.moveDown(0.8);
  }
  if (document.reference) pdf.font('sans').fontSize(10).text(document.reference);
  pdf.moveDown(1);
  pdf.font('sans').fontSize(10).text(renderDistributionBlock(document.distribution, label).join('\n'));

  const range = pdf.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    pdf.switchToPage(page);
    // Writing inside the bottom margin would start a new page: lift the margin while the lines go in.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
    pdf.font('bold').fontSize(12);
    pdf.text(document.banner, pdf.page.margins.left, 40, { width, align: 'center', lineBreak: false });
    pdf.text(document.banner, pdf.page.margins.left, pdf.page.height - 55, { width, align: 'center', lineBreak: false });
    pdf.font('sans').fontSize(8);
    pdf.text(`Copy ${copy.number} of ${of} — page ${page - range.start + 1} of ${range.count}`, pdf.page.margins.left, pdf.page.height - 40, {
      width,
      align: 'center',
      lineBreak: false,
    });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
