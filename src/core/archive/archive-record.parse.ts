/**
 * Reads an archive record file (the Wilson Center Digital Archive's export, in its Markdown or plain
 * layout) into its parts: date, title, citation, summary, rights, and the transcript with the
 * document's own classification line, form, subject, participants, drafter reference and
 * distribution lines. Archival annotations (box numbers, page numbers, "Reproduced from...") are left
 * out of the body; a crossed-out line (~~TOP SECRET~~) is read as the struck text.
 */
import type { DocumentKind } from '../document/document.js';
import { fail, succeed, type Result } from '../result.js';

export interface ArchiveRecord {
  readonly title: string;
  /** YYYY-MM-DD */
  readonly dated: string;
  readonly citation: string;
  readonly url: string | null;
  readonly summary: string;
  readonly rights: string;
  readonly kind: DocumentKind;
  /** The classification line as the document bears it ("TOP SECRET"), or null. */
  readonly classification: string | null;
  readonly subject: string | null;
  readonly participants: readonly string[];
  /** The drafter's reference ("EP:nn", "FBS/"), or empty. */
  readonly reference: string;
  /** "copy to General Deane", "3 copies to Ambassador". */
  readonly distributionLines: readonly string[];
  /** The document's text, in paragraphs separated by blank lines. */
  readonly body: string;
  /** Whether the archive's transcript shows redactions. */
  readonly hasRedactions: boolean;
}

export type ArchiveErrorCode =
  'ARCHIVE_NO_DATE' | 'ARCHIVE_NO_TITLE' | 'ARCHIVE_NO_TEXT' | 'ARCHIVE_TOO_LARGE' | 'ARCHIVE_UNREADABLE';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DATE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s*(\d{4})\b/i;
const HEADING = /^#{1,6}\s*/;
const REFERENCE = /^[A-Z]{2,4}(?::[a-z]{1,4}|\/[a-z]{0,4})\/?$/;
const DISTRIBUTION = /^(?:\d+\s+copies|copy|copies)\s+to\s+\S/i;
const PAGE_NUMBER = /^-\s*\d+\s*-$/;
const CLASSIFICATION_WORDS =
  /^(UNCLASSIFIED|RESTRICTED|CONFIDENTIAL|SECRET|TOP SECRET|MOST SECRET|СЕКРЕТНО|СОВЕРШЕННО СЕКРЕТНО|ОСОБОЙ ВАЖНОСТИ)$/;
const METADATA_HEADINGS = new Set([
  'associated topics',
  'subjects discussed',
  'document information',
  'source',
  'original archive',
  'rights',
]);

export const MAX_RECORD_LENGTH = 2_000_000;

export function parseArchiveRecord(text: string): Result<ArchiveRecord, ArchiveErrorCode> {
  if (text.length > MAX_RECORD_LENGTH)
    return fail('ARCHIVE_TOO_LARGE', `the record is longer than ${MAX_RECORD_LENGTH} characters`);
  const unix = text.replace(/\r\n?/g, '\n');
  const nul = unix.indexOf('\u0000');
  if (nul >= 0) {
    const line = unix.slice(0, nul).split('\n').length;
    return fail('ARCHIVE_UNREADABLE', `line ${line}: a NUL character (is this a text file?)`);
  }
  const lines = unix.split('\n').map(cleanLine);
  return lines.some((line) => /^#{1,6}\s/.test(line.raw)) ? parseMarkdown(lines) : parsePlain(lines);
}

interface Line {
  readonly raw: string;
  /** Without Markdown emphasis, strike marks, heading marks, box characters and surrounding space. */
  readonly text: string;
  readonly struck: boolean;
}

function cleanLine(raw: string): Line {
  const struck = /^\s*~~.*~~\s*$/.test(raw);
  const text = raw
    .replace(HEADING, '')
    .replace(/\*\*/g, '')
    .replace(/~~/g, '')
    .replace(/^[□■▪]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { raw, text, struck };
}

function parseMarkdown(lines: readonly Line[]): Result<ArchiveRecord, ArchiveErrorCode> {
  const sections = new Map<string, string[]>();
  let current = '';
  let title = '';
  let dated: string | null = null;
  for (const line of lines) {
    const heading = /^(#{1,6})\s/.exec(line.raw);
    if (heading) {
      const level = heading[1]?.length ?? 0;
      if (level === 2 && !dated) dated = isoDate(line.text);
      else if (level === 3 && !title) title = line.text;
      else current = line.text.replace(/:$/, '').toLowerCase();
      continue;
    }
    const section = sections.get(current) ?? [];
    section.push(line.raw);
    sections.set(current, section);
  }
  const contents = sections.get('contents') ?? [];
  const transcriptStart = contents.findIndex((raw) => /^transcript\b/i.test(cleanLine(raw).text));
  const transcript = contents
    .slice(transcriptStart + 1)
    .filter((raw) => !/^reproduced from\b/i.test(cleanLine(raw).text));
  const citation = joinText(sections.get('citation') ?? []);
  return finish({
    title,
    dated: dated ?? firstDate(lines),
    citation,
    summary: joinText(sections.get('summary') ?? []),
    rights: joinText(sections.get('rights') ?? []),
    transcript: transcript.map(cleanLine),
  });
}

function parsePlain(lines: readonly Line[]): Result<ArchiveRecord, ArchiveErrorCode> {
  const nonEmpty = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.text !== '');
  const dateLine = nonEmpty.find(({ line }) => isoDate(line.text) !== null);
  const titleLine = nonEmpty.find(({ index }) => dateLine !== undefined && index > dateLine.index);
  const start = (titleLine?.index ?? 0) + 1;
  const metadataAt = lines.findIndex(
    (line, index) => index > start && METADATA_HEADINGS.has(line.text.toLowerCase()),
  );
  let end = metadataAt === -1 ? lines.length : metadataAt;
  // The plain layout repeats the date, then gives the summary, before its metadata headings.
  const repeatedDate = lines.findIndex(
    (line, index) => index > start && index < end && isoDate(line.text) !== null && line.text.length < 40,
  );
  const summary =
    repeatedDate === -1 ? '' : joinText(lines.slice(repeatedDate + 1, end).map((line) => line.raw));
  if (repeatedDate !== -1) end = repeatedDate;
  const rightsAt = lines.findIndex((line) => line.text.toLowerCase() === 'rights');
  return finish({
    title: titleLine?.line.text ?? '',
    dated: dateLine ? isoDate(dateLine.line.text) : null,
    citation: '',
    summary,
    rights: rightsAt === -1 ? '' : joinText(lines.slice(rightsAt + 1).map((line) => line.raw)),
    transcript: lines.slice(start, end),
  });
}

function finish(parts: {
  title: string;
  dated: string | null;
  citation: string;
  summary: string;
  rights: string;
  transcript: readonly Line[];
}): Result<ArchiveRecord, ArchiveErrorCode> {
  if (!parts.dated) return fail('ARCHIVE_NO_DATE', 'no date of the form "June 26, 1944" was found');
  if (!parts.title)
    return fail('ARCHIVE_NO_TITLE', 'no title was found (a "### " heading, or the line after the date)');

  const transcript = parts.transcript;
  let classification: string | null = null;
  let subject: string | null = null;
  let reference = '';
  const participants: string[] = [];
  const distributionLines: string[] = [];
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let inPresent = false;
  let finished = false;
  let isTelegram = false;
  let isMemorandum = false;

  const closeParagraph = () => {
    if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
    paragraph = [];
  };

  for (const line of transcript) {
    const text = line.text;
    if (finished) {
      if (
        DISTRIBUTION.test(text) &&
        distributionLines.length < 10 &&
        !distributionLines.some((d) => sameText(d, text))
      )
        distributionLines.push(text);
      // Anything after the distribution is the archive's second, redacted transcript.
      continue;
    }
    if (text === '') {
      closeParagraph();
      continue;
    }
    // "Present:" runs to "Subject:"; a line of prose ends it too.
    if (inPresent && text.length > 80) inPresent = false;
    if (CLASSIFICATION_WORDS.test(text)) {
      classification ??= text;
      continue;
    }
    if (text === 'TELEGRAM') {
      isTelegram = true;
      continue;
    }
    if (/^MEMORANDUM:?$/.test(text)) {
      isMemorandum = true;
      continue;
    }
    const present = /^Present:\s*(.*)$/.exec(text);
    if (present) {
      inPresent = true;
      if (present[1]) participants.push(present[1]);
      continue;
    }
    const subjectLine = /^Subject:\s*(.+)$/.exec(text);
    if (subjectLine) {
      subject = subjectLine[1] ?? null;
      inPresent = false;
      continue;
    }
    if (REFERENCE.test(text)) {
      reference = text;
      closeParagraph();
      finished = true;
      continue;
    }
    if (DISTRIBUTION.test(text)) {
      closeParagraph();
      finished = true;
      distributionLines.push(text);
      continue;
    }
    if (inPresent) {
      // "Present:" lines: a new participant starts with "Mr.", "Marshal", "The"...; others continue the last.
      if (
        /^(Mr\.|Mrs\.|Marshal|General|Gen\.|The|Admiral|Field|Lt\.|Maj\.|Col\.)/.test(text) ||
        participants.length === 0
      )
        participants.push(text);
      else participants[participants.length - 1] += ` ${text}`;
      continue;
    }
    if (isAnnotation(text)) continue;
    paragraph.push(text);
  }
  closeParagraph();

  const body = joinContinuedParagraphs(paragraphs.filter((p) => isProse(p)));
  if (body.length === 0) return fail('ARCHIVE_NO_TEXT', 'the record has no transcript text');
  const url = /<(https?:\/\/[^>\s]+)>/.exec(parts.citation)?.[1] ?? null;
  return succeed({
    title: parts.title,
    dated: parts.dated,
    citation: parts.citation.replace(/\s*<https?:\/\/[^>\s]+>/, '').trim(),
    url,
    summary: parts.summary,
    rights: parts.rights,
    kind: isTelegram
      ? 'telegram'
      : subject !== null && participants.length > 0
        ? 'memorandum-of-conversation'
        : isMemorandum
          ? 'memorandum'
          : 'memorandum',
    classification,
    subject,
    participants,
    reference,
    distributionLines,
    body: body.join('\n\n'),
    hasRedactions: transcript.some((line) => line.text.includes('[REDACTED]')),
  });
}

/** Archival marks that are not the document's text: box numbers, collection notes, page numbers. */
function isAnnotation(text: string): boolean {
  if (PAGE_NUMBER.test(text)) return true;
  if (/^\d+\/$/.test(text)) return true; // "435/" archive file number
  // Short fragments of fewer than four words: "Harriman papers", "173W.A.", "LOC", the form's own heading.
  return text.length < 40 && text.split(' ').length < 4;
}

function isProse(paragraph: string): boolean {
  return paragraph.length >= 40 || /[.!?]["”]?$/.test(paragraph);
}

/** A paragraph broken by a page turn ("...advanced on the" / "European Advisory Commission...") is one. */
function joinContinuedParagraphs(paragraphs: readonly string[]): string[] {
  const joined: string[] = [];
  for (const paragraph of paragraphs) {
    const last = joined.at(-1);
    if (last !== undefined && !/[.!?:"”]$/.test(last)) joined[joined.length - 1] = `${last} ${paragraph}`;
    else joined.push(paragraph);
  }
  return joined.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim());
}

function isoDate(text: string): string | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const month = MONTHS.indexOf((match[1] ?? '').toLowerCase()) + 1;
  const day = Number(match[2]);
  const year = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function firstDate(lines: readonly Line[]): string | null {
  for (const line of lines) {
    const date = isoDate(line.text);
    if (date) return date;
  }
  return null;
}

function joinText(raws: readonly string[]): string {
  return raws
    .map((raw) => cleanLine(raw).text)
    .filter((text) => text !== '')
    .join(' ')
    .trim();
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
