/** The Liaison API, one function per route the web interface uses. The server decides every access. */
import { request, requestFile, type DownloadedFile } from './http.js';
import type {
  ActionItem,
  AgendaItem,
  AuditPage,
  Charter,
  CharterInput,
  ChiefsResponse,
  Committee,
  CommitteeText,
  CommitteeTextKind,
  Meeting,
  MeetingSummary,
  ReservedMatterCheck,
  TextDiff,
  Translations,
  CopyList,
  CopyText,
  Directory,
  DocumentCopy,
  DocumentPage,
  DocumentState,
  DraftInput,
  LiaisonDocument,
  MarkingOptions,
  ParsedMarking,
  Personnel,
  RecallNotice,
  Reader,
  ReaderExplanation,
  RecipientInput,
  SecondFactorSetup,
  SessionInfo,
  TraceReport,
  VariationPoint,
} from './types.js';

function withSignal(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal ? { signal } : {};
}

/** Signs in; `code` is the six-digit code, for a person with a second factor. */
export function logIn(username: string, password: string, code?: string): Promise<SessionInfo> {
  return request<SessionInfo>('POST', '/api/session', {
    body: { username, password, ...(code ? { code } : {}) },
  });
}

/** Confirms who one is again, before a sensitive action. */
export function reauthenticate(password: string, code?: string): Promise<{ authenticatedAt: string }> {
  return request('POST', '/api/session/reauthenticate', { body: { password, ...(code ? { code } : {}) } });
}

export function beginSecondFactor(): Promise<SecondFactorSetup> {
  return request<SecondFactorSetup>('POST', '/api/session/second-factor');
}

export function confirmSecondFactor(code: string): Promise<void> {
  return request<void>('POST', '/api/session/second-factor/confirm', { body: { code } });
}

export function removeSecondFactor(code: string): Promise<void> {
  return request<void>('DELETE', '/api/session/second-factor', { body: { code } });
}

export function getSession(signal?: AbortSignal): Promise<SessionInfo> {
  return request<SessionInfo>('GET', '/api/session', signal ? { signal } : {});
}

export function logOut(): Promise<void> {
  return request<void>('DELETE', '/api/session');
}

export interface ListQuery {
  readonly q?: string;
  readonly state?: DocumentState;
  readonly limit?: number;
  readonly cursor?: string;
}

export function listDocuments(query: ListQuery, signal?: AbortSignal): Promise<DocumentPage> {
  const params = new URLSearchParams();
  if (query.q !== undefined && query.q !== '') params.set('q', query.q);
  if (query.state) params.set('state', query.state);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.cursor) params.set('cursor', query.cursor);
  const search = params.toString();
  return request<DocumentPage>(
    'GET',
    '/api/documents' + (search ? '?' + search : ''),
    signal ? { signal } : {},
  );
}

function documentPath(id: string): string {
  return '/api/documents/' + encodeURIComponent(id);
}

export function getDocument(id: string, signal?: AbortSignal): Promise<LiaisonDocument> {
  return request<LiaisonDocument>('GET', documentPath(id), signal ? { signal } : {});
}

export function createDocument(draft: DraftInput): Promise<LiaisonDocument> {
  return request<LiaisonDocument>('POST', '/api/documents', { body: draft });
}

export function updateDocument(id: string, version: number, draft: DraftInput): Promise<LiaisonDocument> {
  return request<LiaisonDocument>('PUT', documentPath(id), { body: { ...draft, version } });
}

export function issueDocument(id: string): Promise<LiaisonDocument> {
  return request<LiaisonDocument>('POST', documentPath(id) + '/issue');
}

export function disseminateDocument(
  id: string,
  recipients: readonly RecipientInput[],
): Promise<LiaisonDocument> {
  return request<LiaisonDocument>('POST', documentPath(id) + '/disseminations', { body: { recipients } });
}

export function getDirectory(signal?: AbortSignal): Promise<Directory> {
  return request<Directory>('GET', '/api/directory', signal ? { signal } : {});
}

export function getMarkingOptions(signal?: AbortSignal): Promise<MarkingOptions> {
  return request<MarkingOptions>('GET', '/api/marking-options', signal ? { signal } : {});
}

/** Checks a banner line written in `party`'s words: its canonical form and meaning, or ApiError with `at`. */
export function parseMarking(banner: string, party: string, signal?: AbortSignal): Promise<ParsedMarking> {
  return request<ParsedMarking>('POST', '/api/markings/parse', {
    body: { banner, party },
    ...(signal ? { signal } : {}),
  });
}

// Numbered copies, receipts, destruction, recall, variation points and leak tracing.

export function listCopies(documentId: string, signal?: AbortSignal): Promise<CopyList> {
  return request<CopyList>('GET', documentPath(documentId) + '/copies', withSignal(signal));
}

function copyPath(id: string): string {
  return '/api/copies/' + encodeURIComponent(id);
}

export function getCopy(id: string, signal?: AbortSignal): Promise<CopyText> {
  return request<CopyText>('GET', copyPath(id), withSignal(signal));
}

/** The copy as a PDF to print (a plain link: the browser downloads it with the session cookie). */
export function copyPdfPath(id: string): string {
  return copyPath(id) + '/pdf';
}

export function acknowledgeReceipt(copyId: string): Promise<DocumentCopy> {
  return request<DocumentCopy>('POST', copyPath(copyId) + '/receipt');
}

export function certifyDestruction(copyId: string, note: string): Promise<DocumentCopy> {
  return request<DocumentCopy>('POST', copyPath(copyId) + '/destruction', { body: note ? { note } : {} });
}

export function recallDocument(id: string, reason: string): Promise<RecallNotice> {
  return request<RecallNotice>('POST', documentPath(id) + '/recall', { body: { reason } });
}

export async function listRecalls(signal?: AbortSignal): Promise<readonly RecallNotice[]> {
  return (await request<{ items: RecallNotice[] }>('GET', '/api/recalls', withSignal(signal))).items;
}

export async function getVariationPoints(
  id: string,
  signal?: AbortSignal,
): Promise<readonly VariationPoint[]> {
  const path = documentPath(id) + '/variation-points';
  return (await request<{ items: VariationPoint[] }>('GET', path, withSignal(signal))).items;
}

export async function setExcludedVariationPoints(
  id: string,
  excluded: readonly string[],
): Promise<readonly VariationPoint[]> {
  const path = documentPath(id) + '/variation-points';
  return (await request<{ items: VariationPoint[] }>('PUT', path, { body: { excluded } })).items;
}

export function traceLeak(text: string, signal?: AbortSignal): Promise<TraceReport> {
  return request<TraceReport>('POST', '/api/trace', { body: { text }, ...withSignal(signal) });
}

// Personnel security: a security officer's view of their party's people; who can read a document.

export async function listPeople(signal?: AbortSignal): Promise<readonly Personnel[]> {
  return (await request<{ items: Personnel[] }>('GET', '/api/people', withSignal(signal))).items;
}

function personPath(username: string): string {
  return '/api/people/' + encodeURIComponent(username);
}

export function grantCompartment(username: string, compartment: string, reason: string): Promise<Personnel> {
  return request<Personnel>('POST', personPath(username) + '/compartments', {
    body: { compartment, reason },
  });
}

export function revokeCompartment(username: string, compartment: string, reason: string): Promise<void> {
  const path = personPath(username) + '/compartments/' + encodeURIComponent(compartment);
  return request<void>('DELETE', path, { body: { reason } });
}

export function setClearance(username: string, level: string, reason: string): Promise<Personnel> {
  return request<Personnel>('PUT', personPath(username) + '/clearance', { body: { level, reason } });
}

export function suspendPerson(username: string, reason: string): Promise<Personnel> {
  return request<Personnel>('POST', personPath(username) + '/suspension', { body: { reason } });
}

export function reinstatePerson(username: string, reason: string): Promise<Personnel> {
  return request<Personnel>('DELETE', personPath(username) + '/suspension', { body: { reason } });
}

export async function listReaders(id: string, signal?: AbortSignal): Promise<readonly Reader[]> {
  return (await request<{ items: Reader[] }>('GET', documentPath(id) + '/readers', withSignal(signal))).items;
}

export function explainReader(
  id: string,
  username: string,
  signal?: AbortSignal,
): Promise<ReaderExplanation> {
  const path = documentPath(id) + '/readers/' + encodeURIComponent(username);
  return request<ReaderExplanation>('GET', path, withSignal(signal));
}

// The audit log of the officer's party.

export function listAudit(
  query: { limit?: number; before?: number },
  signal?: AbortSignal,
): Promise<AuditPage> {
  const params = new URLSearchParams();
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.before !== undefined) params.set('before', String(query.before));
  const search = params.toString();
  return request<AuditPage>('GET', '/api/audit' + (search ? '?' + search : ''), withSignal(signal));
}

/** The party's chain as verifiable JSON lines (needs a recent login). */
export function downloadAuditExport(): Promise<DownloadedFile> {
  return requestFile('/api/audit/export');
}

/** The server-sent event stream of notifications (opened with EventSource). */
export const notificationsPath = '/api/notifications';

// The committee. There is deliberately no function here (nor route on the server) that records a
// decision of the committee or makes a recommendation binding: it advises; each party's chiefs respond.

function committeePath(id: string): string {
  return '/api/committees/' + encodeURIComponent(id);
}

const textPaths: Readonly<Record<CommitteeTextKind, string>> = {
  minutes: 'minutes',
  recommendation: 'recommendations',
  proposal: 'proposals',
};

const consentPaths: Readonly<Record<CommitteeTextKind, string>> = {
  minutes: 'approvals',
  recommendation: 'concurrences',
  proposal: 'agreements',
};

function textPath(committeeId: string, kind: CommitteeTextKind, textId: string): string {
  return committeePath(committeeId) + '/' + textPaths[kind] + '/' + encodeURIComponent(textId);
}

export async function listCommittees(signal?: AbortSignal): Promise<readonly Committee[]> {
  return (await request<{ items: Committee[] }>('GET', '/api/committees', withSignal(signal))).items;
}

export function getCommittee(id: string, signal?: AbortSignal): Promise<Committee> {
  return request<Committee>('GET', committeePath(id), withSignal(signal));
}

export async function listCharters(id: string, signal?: AbortSignal): Promise<readonly Charter[]> {
  const path = committeePath(id) + '/charters';
  return (await request<{ items: Charter[] }>('GET', path, withSignal(signal))).items;
}

export function proposeCharterChange(id: string, charter: CharterInput): Promise<Charter> {
  return request<Charter>('POST', committeePath(id) + '/charters', { body: charter });
}

export function approveCharter(id: string, version: number): Promise<Charter> {
  return request<Charter>('POST', `${committeePath(id)}/charters/${version}/approvals`);
}

export async function listAgendaItems(id: string, signal?: AbortSignal): Promise<readonly AgendaItem[]> {
  const path = committeePath(id) + '/agenda-items';
  return (await request<{ items: AgendaItem[] }>('GET', path, withSignal(signal))).items;
}

export function proposeAgendaItem(
  id: string,
  item: { title: string; text: string; meetingId?: string },
): Promise<AgendaItem> {
  return request<AgendaItem>('POST', committeePath(id) + '/agenda-items', { body: item });
}

export function checkReservedMatters(
  id: string,
  item: { title: string; text: string },
  signal?: AbortSignal,
): Promise<ReservedMatterCheck> {
  return request<ReservedMatterCheck>('POST', committeePath(id) + '/reserved-matter-checks', {
    body: item,
    ...withSignal(signal),
  });
}

export function consentToOverride(id: string, itemId: string, reason: string): Promise<AgendaItem> {
  const path = `${committeePath(id)}/agenda-items/${encodeURIComponent(itemId)}/override-consents`;
  return request<AgendaItem>('POST', path, { body: { reason } });
}

export async function listMeetings(id: string, signal?: AbortSignal): Promise<readonly MeetingSummary[]> {
  const path = committeePath(id) + '/meetings';
  return (await request<{ items: MeetingSummary[] }>('GET', path, withSignal(signal))).items;
}

function meetingPath(id: string, meetingId: string): string {
  return committeePath(id) + '/meetings/' + encodeURIComponent(meetingId);
}

export function getMeeting(id: string, meetingId: string, signal?: AbortSignal): Promise<Meeting> {
  return request<Meeting>('GET', meetingPath(id, meetingId), withSignal(signal));
}

export function scheduleMeeting(
  id: string,
  meeting: { scheduledFor: string; place?: string },
): Promise<Meeting> {
  return request<Meeting>('POST', committeePath(id) + '/meetings', { body: meeting });
}

export function placeOnAgenda(id: string, meetingId: string, itemId: string): Promise<Meeting> {
  return request<Meeting>('POST', meetingPath(id, meetingId) + '/agenda', { body: { itemId } });
}

export function recordAttendance(
  id: string,
  meetingId: string,
  attendees: readonly string[],
): Promise<Meeting> {
  return request<Meeting>('PUT', meetingPath(id, meetingId) + '/attendance', { body: { attendees } });
}

export function attachPaper(id: string, meetingId: string, documentId: string): Promise<Meeting> {
  return request<Meeting>('POST', meetingPath(id, meetingId) + '/papers', { body: { documentId } });
}

export function draftMinutes(
  id: string,
  meetingId: string,
  minutes: { text: string; title?: string; note?: string },
): Promise<CommitteeText> {
  return request<CommitteeText>('POST', meetingPath(id, meetingId) + '/minutes', { body: minutes });
}

export async function listTexts(
  id: string,
  kind: CommitteeTextKind,
  signal?: AbortSignal,
): Promise<readonly CommitteeText[]> {
  const path = committeePath(id) + '/' + textPaths[kind];
  return (await request<{ items: CommitteeText[] }>('GET', path, withSignal(signal))).items;
}

export function getText(
  id: string,
  kind: CommitteeTextKind,
  textId: string,
  signal?: AbortSignal,
): Promise<CommitteeText> {
  return request<CommitteeText>('GET', textPath(id, kind, textId), withSignal(signal));
}

/** Approve (minutes), concur in (a recommendation) or agree (a proposal) the current version, for one's party. */
export function consentToText(
  id: string,
  kind: CommitteeTextKind,
  textId: string,
  version: number,
): Promise<CommitteeText> {
  const path = textPath(id, kind, textId) + '/' + consentPaths[kind];
  return request<CommitteeText>('POST', path, { body: { version } });
}

export interface TextVersionInput {
  readonly version: number;
  readonly text: string;
  readonly title?: string;
  readonly note?: string;
}

/** Amend minutes or a recommendation: a new version, which clears the approvals given so far. */
export function amendText(
  id: string,
  kind: 'minutes' | 'recommendation',
  textId: string,
  amendment: TextVersionInput,
): Promise<CommitteeText> {
  return request<CommitteeText>('POST', textPath(id, kind, textId) + '/amendments', { body: amendment });
}

export function addProposalVersion(
  id: string,
  textId: string,
  version: TextVersionInput & { kind: 'revision' | 'parallel-submission' },
): Promise<CommitteeText> {
  return request<CommitteeText>('POST', textPath(id, 'proposal', textId) + '/versions', { body: version });
}

export function diffText(
  id: string,
  kind: CommitteeTextKind,
  textId: string,
  from: number,
  to: number,
  signal?: AbortSignal,
): Promise<TextDiff> {
  const path = `${textPath(id, kind, textId)}/diff?from=${from}&to=${to}`;
  return request<TextDiff>('GET', path, withSignal(signal));
}

export function proposeRecommendation(
  id: string,
  recommendation: { title: string; text: string; meetingId?: string },
): Promise<CommitteeText> {
  return request<CommitteeText>('POST', committeePath(id) + '/recommendations', { body: recommendation });
}

/** The chiefs' own response to a recommendation, for their party: never a decision of the committee. */
export function respondToRecommendation(
  id: string,
  textId: string,
  response: ChiefsResponse,
  comment: string,
): Promise<CommitteeText> {
  const path = textPath(id, 'recommendation', textId) + '/responses';
  return request<CommitteeText>('POST', path, { body: { response, comment } });
}

export function submitProposal(
  id: string,
  proposal: { title: string; text: string },
): Promise<CommitteeText> {
  return request<CommitteeText>('POST', committeePath(id) + '/proposals', { body: proposal });
}

export async function listActionItems(
  id: string,
  query: { mine?: boolean; overdue?: boolean } = {},
  signal?: AbortSignal,
): Promise<readonly ActionItem[]> {
  const params = new URLSearchParams();
  if (query.mine) params.set('mine', 'true');
  if (query.overdue) params.set('overdue', 'true');
  const search = params.toString();
  const path = committeePath(id) + '/action-items' + (search ? '?' + search : '');
  return (await request<{ items: ActionItem[] }>('GET', path, withSignal(signal))).items;
}

export function assignActionItem(
  id: string,
  item: { meetingId: string; title: string; owner: string; dueDate: string },
): Promise<ActionItem> {
  return request<ActionItem>('POST', committeePath(id) + '/action-items', { body: item });
}

export function completeActionItem(id: string, itemId: string): Promise<ActionItem> {
  const path = `${committeePath(id)}/action-items/${encodeURIComponent(itemId)}/completion`;
  return request<ActionItem>('POST', path);
}

export function getTranslations(documentId: string, signal?: AbortSignal): Promise<Translations> {
  return request<Translations>('GET', documentPath(documentId) + '/translations', withSignal(signal));
}

export function addTranslation(
  documentId: string,
  translation: { language: string; title: string; body: string; originalLanguage?: string },
): Promise<Translations> {
  return request<Translations>('POST', documentPath(documentId) + '/translations', { body: translation });
}
