/**
 * One meeting of the committee: its marking (the server's high-water mark of its papers and agenda) as a
 * banner, the agenda built from the members' items (referred ones listed apart, not discussed), the
 * papers with their markings, attendance, the minutes, and the action items with owners and due dates.
 */
import { useState, type FormEvent } from 'react';
import {
  assignActionItem,
  attachPaper,
  draftMinutes,
  getCommittee,
  getMeeting,
  listAgendaItems,
  placeOnAgenda,
  recordAttendance,
} from '../api/liaison-api.js';
import type { AgendaItem, Committee, Meeting } from '../api/types.js';
import { ClassificationBanner } from '../components/classification-banner.js';
import {
  ActionError,
  CommitteeSection,
  PersonName,
  committeePeople,
  committeePath,
  committeeTextPath,
  useAction,
  useCodeLabel,
  CommitteeLoading,
} from '../components/committee-parts.js';
import { documentPath } from '../components/document-table.js';
import { StatusMessage } from '../components/feedback.js';
import { Checkbox, SelectField, TextAreaField, TextField } from '../components/form-fields.js';
import { useKindLabel } from '../components/labels.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useResource } from '../hooks/use-resource.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { useNotifications } from '../notifications/notifications.context.js';
import { Link } from '../router/router.js';
import { ActionItemList, AgendaItemCard } from './committee.page.js';

interface MeetingBundle {
  readonly committee: Committee;
  readonly meeting: Meeting;
  /** Items proposed but on no meeting yet, that could be placed on this one's agenda. */
  readonly unplaced: readonly AgendaItem[];
}

async function loadMeeting(id: string, meetingId: string, signal: AbortSignal): Promise<MeetingBundle> {
  const [committee, meeting, items] = await Promise.all([
    getCommittee(id, signal),
    getMeeting(id, meetingId, signal),
    listAgendaItems(id, signal),
  ]);
  return {
    committee,
    meeting,
    unplaced: items.filter((item) => item.status === 'proposed' && item.meeting === null),
  };
}

function arranges(committee: Committee): boolean {
  return committee.standing === 'member' || committee.standing === 'secretary';
}

function PlaceItemForm({ bundle, onDone }: { readonly bundle: MeetingBundle; readonly onDone: () => void }) {
  const t = useT();
  const [itemId, setItemId] = useState('');
  const action = useAction();
  if (bundle.unplaced.length === 0) return null;
  return (
    <form
      className="committee-form committee-form--inline"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          await placeOnAgenda(bundle.committee.id, bundle.meeting.id, itemId);
          setItemId('');
          onDone();
        });
      }}
    >
      <SelectField
        id="place-item"
        label={t('meeting.placeItem')}
        value={itemId}
        onChange={setItemId}
        placeholder={t('meeting.chooseItem')}
        options={bundle.unplaced.map((item) => ({ value: item.id, label: item.title }))}
      />
      <button type="submit" className="button button--secondary" disabled={action.busy || itemId === ''}>
        {t('meeting.place.submit')}
      </button>
      <ActionError error={action.error} />
    </form>
  );
}

function AttendanceForm({ bundle, onDone }: { readonly bundle: MeetingBundle; readonly onDone: () => void }) {
  const t = useT();
  const codeLabel = useCodeLabel();
  const people = committeePeople(bundle.committee);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(bundle.meeting.attendance.map((person) => person.username)),
  );
  const action = useAction();
  return (
    <form
      className="committee-form"
      data-testid="attendance-form"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          await recordAttendance(bundle.committee.id, bundle.meeting.id, [...chosen]);
          onDone();
        });
      }}
    >
      <fieldset className="fieldset">
        <legend>{t('meeting.recordAttendance')}</legend>
        {people.map((person) => (
          <Checkbox
            key={person.username}
            id={`attendee-${person.username}`}
            label={t('charter.staffLine', {
              name: t('label.nameAndCode', { name: person.displayName, code: person.party }),
              role: codeLabel('committee.role', person.role),
            })}
            checked={chosen.has(person.username)}
            onChange={(checked) =>
              setChosen((current) => {
                const next = new Set(current);
                if (checked) next.add(person.username);
                else next.delete(person.username);
                return next;
              })
            }
          />
        ))}
      </fieldset>
      <button type="submit" className="button button--secondary" disabled={action.busy || chosen.size === 0}>
        {t('meeting.saveAttendance')}
      </button>
      <ActionError error={action.error} />
    </form>
  );
}

function PaperForm({ bundle, onDone }: { readonly bundle: MeetingBundle; readonly onDone: () => void }) {
  const t = useT();
  const [documentId, setDocumentId] = useState('');
  const action = useAction();
  return (
    <form
      className="committee-form committee-form--inline"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          // A pasted document address is accepted as well as its id.
          const id = documentId.trim().split('/documents/').pop()?.split(/[/?#]/)[0] ?? '';
          await attachPaper(bundle.committee.id, bundle.meeting.id, id);
          setDocumentId('');
          onDone();
        });
      }}
    >
      <TextField
        id="paper-document"
        label={t('meeting.paperDocument')}
        hint={t('meeting.paperHint')}
        value={documentId}
        onChange={setDocumentId}
        maxLength={300}
      />
      <button
        type="submit"
        className="button button--secondary"
        disabled={action.busy || documentId.trim() === ''}
      >
        {t('meeting.attachPaper')}
      </button>
      <ActionError error={action.error} />
    </form>
  );
}

function MinutesForm({
  bundle,
  onDone,
}: {
  readonly bundle: MeetingBundle;
  readonly onDone: (id: string) => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const action = useAction();
  return (
    <form
      className="committee-form"
      data-testid="minutes-form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void action.run(async () => {
          const minutes = await draftMinutes(bundle.committee.id, bundle.meeting.id, {
            text: text.trim(),
            ...(note.trim() ? { note: note.trim() } : {}),
          });
          onDone(minutes.id);
        });
      }}
    >
      <p className="notice notice--info">{t('minutes.draftExplain')}</p>
      <TextAreaField
        id="minutes-text"
        label={t('minutes.text')}
        value={text}
        onChange={setText}
        rows={10}
        required
      />
      <TextField id="minutes-note" label={t('text.note')} value={note} onChange={setNote} maxLength={2000} />
      <button type="submit" className="button button--primary" disabled={action.busy || text.trim() === ''}>
        {t('minutes.draft')}
      </button>
      <ActionError error={action.error} />
    </form>
  );
}

function ActionItemForm({ bundle, onDone }: { readonly bundle: MeetingBundle; readonly onDone: () => void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const action = useAction();
  return (
    <form
      className="committee-form committee-form--inline"
      data-testid="action-item-form"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          await assignActionItem(bundle.committee.id, {
            meetingId: bundle.meeting.id,
            title: title.trim(),
            owner,
            dueDate,
          });
          setTitle('');
          onDone();
        });
      }}
    >
      <TextField
        id="action-title"
        label={t('action.what')}
        value={title}
        onChange={setTitle}
        maxLength={300}
      />
      <SelectField
        id="action-owner"
        label={t('action.owner')}
        value={owner}
        onChange={setOwner}
        placeholder={t('action.chooseOwner')}
        options={committeePeople(bundle.committee).map((person) => ({
          value: person.username,
          label: t('label.nameAndCode', { name: person.displayName, code: person.party }),
        }))}
      />
      <TextField id="action-due" label={t('action.due')} type="date" value={dueDate} onChange={setDueDate} />
      <button
        type="submit"
        className="button button--secondary"
        disabled={action.busy || !title.trim() || !owner || !dueDate}
      >
        {t('action.assign')}
      </button>
      <ActionError error={action.error} />
    </form>
  );
}

function MeetingView({
  bundle,
  onChanged,
}: {
  readonly bundle: MeetingBundle;
  readonly onChanged: () => Promise<void>;
}) {
  const t = useT();
  const format = useFormat();
  const codeLabel = useCodeLabel();
  const kindLabel = useKindLabel();
  const [flash, setFlash] = useState<string | null>(null);
  const [minutesId, setMinutesId] = useState<string | null>(null);
  const { committee, meeting } = bundle;
  const title = t('meeting.title', { number: meeting.number, name: committee.name });
  usePageTitle(title);
  const changed = (message: string) => {
    setFlash(message);
    void onChanged();
  };
  const mayArrange = arranges(committee);
  const minutesLink = meeting.minutes?.id ?? minutesId;
  return (
    <article className="page page--meeting" aria-labelledby="page-title" data-testid="meeting-page">
      <ClassificationBanner banner={meeting.banner} rank={meeting.marking.level.rank} variant="top" />
      <div className="meeting__page">
        <nav className="breadcrumbs" aria-label={t('committee.breadcrumbs')}>
          <Link to="/committees">{t('committees.title')}</Link> ›{' '}
          <Link to={committeePath(committee.id)}>{committee.name}</Link>
        </nav>
        <h1 id="page-title">{title}</h1>
        <dl className="facts">
          <div>
            <dt>{t('meeting.when')}</dt>
            <dd data-testid="meeting-when">{format.dateTime(meeting.scheduledFor)}</dd>
          </div>
          <div>
            <dt>{t('meeting.place')}</dt>
            <dd>{meeting.place}</dd>
          </div>
          <div>
            <dt>{t('meeting.status')}</dt>
            <dd data-testid="meeting-status">{codeLabel('meeting.status', meeting.status)}</dd>
          </div>
          <div>
            <dt>{t('meeting.convenedBy')}</dt>
            <dd>
              <PersonName person={meeting.convenedBy} />
            </dd>
          </div>
        </dl>
        <p className="meeting__marking-note">{t('meeting.markingNote', { banner: meeting.banner })}</p>
        {flash ? <StatusMessage>{flash}</StatusMessage> : null}

        <CommitteeSection id="meeting-agenda-title" title={t('meeting.agenda')} testId="meeting-agenda">
          {meeting.agenda.length === 0 ? <p className="empty">{t('agenda.none')}</p> : null}
          <ul className="agenda-list">
            {meeting.agenda.map((item) => (
              <AgendaItemCard
                key={item.id}
                committee={committee}
                item={item}
                onChanged={() => void onChanged()}
              />
            ))}
          </ul>
          {mayArrange && meeting.status === 'scheduled' ? (
            <PlaceItemForm bundle={bundle} onDone={() => changed(t('meeting.itemPlaced'))} />
          ) : null}
        </CommitteeSection>

        {meeting.referred.length > 0 ? (
          <CommitteeSection
            id="meeting-referred-title"
            title={t('meeting.referred')}
            testId="meeting-referred"
          >
            <p>{t('meeting.referredExplain')}</p>
            <ul className="agenda-list">
              {meeting.referred.map((item) => (
                <AgendaItemCard
                  key={item.id}
                  committee={committee}
                  item={item}
                  onChanged={() => void onChanged()}
                />
              ))}
            </ul>
          </CommitteeSection>
        ) : null}

        <CommitteeSection id="meeting-papers-title" title={t('meeting.papers')} testId="meeting-papers">
          {meeting.papers.length === 0 ? (
            <p className="empty">{t('meeting.noPapers')}</p>
          ) : (
            <ul className="papers">
              {meeting.papers.map((paper) => (
                <li key={paper.documentId} data-testid="paper">
                  <Link to={documentPath(paper.documentId)}>{paper.title}</Link>
                  {t('label.separator')}
                  {kindLabel(paper.kind)}
                  {paper.registryNumber ? (
                    <span className="document-row__registry">
                      {t('label.separator')}
                      {paper.registryNumber}
                    </span>
                  ) : null}
                  <p>
                    <span className="marking-text" data-testid="paper-marking">
                      {paper.banner}
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          )}
          {mayArrange ? (
            <PaperForm bundle={bundle} onDone={() => changed(t('meeting.paperAttached'))} />
          ) : null}
        </CommitteeSection>

        <CommitteeSection
          id="meeting-attendance-title"
          title={t('meeting.attendance')}
          testId="meeting-attendance"
        >
          {meeting.attendance.length === 0 ? (
            <p>{t('meeting.noAttendance')}</p>
          ) : (
            <ul className="attendance">
              {meeting.attendance.map((person) => (
                <li key={person.username}>
                  <PersonName person={person} />
                </li>
              ))}
            </ul>
          )}
          {mayArrange && meeting.status === 'scheduled' ? (
            <AttendanceForm bundle={bundle} onDone={() => changed(t('meeting.attendanceRecorded'))} />
          ) : null}
        </CommitteeSection>

        <CommitteeSection id="meeting-minutes-title" title={t('minutes.title')} testId="meeting-minutes">
          {minutesLink ? (
            <p>
              <Link to={committeeTextPath(committee.id, 'minutes', minutesLink)} data-testid="minutes-link">
                {t('minutes.open')}
              </Link>
              {meeting.minutes ? (
                <>
                  {t('label.separator')}
                  {codeLabel('text.status', meeting.minutes.status)}
                  {t('label.separator')}
                  {t('text.versionNumber', { version: meeting.minutes.currentVersion })}
                </>
              ) : null}
            </p>
          ) : meeting.status === 'held' && committee.standing === 'secretary' ? (
            <MinutesForm
              bundle={bundle}
              onDone={(id) => {
                setMinutesId(id);
                changed(t('minutes.drafted'));
              }}
            />
          ) : (
            <p>{t(meeting.status === 'held' ? 'minutes.notYet' : 'minutes.afterMeeting')}</p>
          )}
        </CommitteeSection>

        <CommitteeSection id="meeting-actions-title" title={t('action.listTitle')} testId="meeting-actions">
          <ActionItemList
            committee={committee}
            items={meeting.actionItems}
            onChanged={() => void onChanged()}
          />
          {mayArrange ? (
            <ActionItemForm bundle={bundle} onDone={() => changed(t('action.assigned'))} />
          ) : null}
        </CommitteeSection>
      </div>
      <ClassificationBanner banner={meeting.banner} rank={meeting.marking.level.rank} variant="bottom" />
    </article>
  );
}

export function CommitteeMeetingPage({ id, meetingId }: { readonly id: string; readonly meetingId: string }) {
  const { accessVersion, committeeVersion } = useNotifications();
  const { resource, reload, refresh } = useResource(
    (signal) => loadMeeting(id, meetingId, signal),
    [id, meetingId],
    {
      refreshOn: `${accessVersion}:${committeeVersion}`,
    },
  );
  if (resource.status === 'loaded') return <MeetingView bundle={resource.data} onChanged={refresh} />;
  return <CommitteeLoading resource={resource} onRetry={reload} />;
}
