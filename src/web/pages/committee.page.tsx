/**
 * One committee as the person sees it: its charter (members, staff, remit, advisory powers, reserved
 * matters each naming its body, a pending change awaiting every party's approval), its agenda items (a
 * referred one flagged with the body and why, with the parties' consents to override), its meetings,
 * recommendations, proposals under embargo and action items. Participants see the business; a party's
 * chiefs see the recommendations addressed to them. Nothing here records a decision: the committee advises.
 */
import { useState, type FormEvent } from 'react';
import {
  approveCharter,
  checkReservedMatters,
  completeActionItem,
  consentToOverride,
  getCommittee,
  listActionItems,
  listAgendaItems,
  listMeetings,
  listTexts,
  proposeAgendaItem,
  proposeCharterChange,
  proposeRecommendation,
  scheduleMeeting,
  submitProposal,
} from '../api/liaison-api.js';
import type {
  ActionItem,
  AgendaItem,
  Charter,
  Committee,
  CommitteeStanding,
  CommitteeText,
  MeetingSummary,
  ReservedMatterCheck,
} from '../api/types.js';
import { ClassificationBanner } from '../components/classification-banner.js';
import {
  ActionError,
  CommitteeSection,
  PartyList,
  PersonName,
  ReferralFlag,
  committeeTextPath,
  meetingPath,
  useAction,
  useCodeLabel,
  CommitteeLoading,
} from '../components/committee-parts.js';
import { StatusMessage } from '../components/feedback.js';
import { SelectField, TextAreaField, TextField } from '../components/form-fields.js';
import { usePageTitle } from '../hooks/use-page-title.js';
import { useResource } from '../hooks/use-resource.js';
import { useFormat, useT } from '../messages/locale.context.js';
import { useNotifications } from '../notifications/notifications.context.js';
import { Link } from '../router/router.js';
import { usePerson } from '../session/session.context.js';

export function isParticipant(standing: CommitteeStanding): boolean {
  return standing !== 'chief' && standing !== 'proposer';
}

interface CommitteeBundle {
  readonly committee: Committee;
  readonly agenda: readonly AgendaItem[];
  readonly meetings: readonly MeetingSummary[];
  readonly recommendations: readonly CommitteeText[];
  readonly proposals: readonly CommitteeText[];
  readonly minutes: readonly CommitteeText[];
  readonly actionItems: readonly ActionItem[];
}

async function loadBundle(id: string, signal: AbortSignal): Promise<CommitteeBundle> {
  const committee = await getCommittee(id, signal);
  const participant = isParticipant(committee.standing) && committee.status === 'in-force';
  const none = Promise.resolve([] as const);
  const [agenda, meetings, recommendations, proposals, minutes, actionItems] = await Promise.all([
    participant ? listAgendaItems(id, signal) : none,
    participant ? listMeetings(id, signal) : none,
    committee.status === 'in-force' ? listTexts(id, 'recommendation', signal) : none,
    committee.status === 'in-force' ? listTexts(id, 'proposal', signal) : none,
    committee.status === 'in-force' ? listTexts(id, 'minutes', signal) : none,
    participant ? listActionItems(id, {}, signal) : none,
  ]);
  return { committee, agenda, meetings, recommendations, proposals, minutes, actionItems };
}

/** The party the person sits for as its member, if they are one. */
function memberParty(committee: Committee, username: string): string | undefined {
  return committee.members.find((member) => member.username === username)?.party;
}

function CharterFacts({ charter }: { readonly charter: Charter }) {
  const t = useT();
  const format = useFormat();
  const codeLabel = useCodeLabel();
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('charter.remit')}</dt>
          <dd data-testid="charter-remit">{charter.remit}</dd>
        </div>
        <div>
          <dt>{t('charter.powers')}</dt>
          <dd data-testid="charter-powers">{t('charter.powers.advisory')}</dd>
        </div>
        <div>
          <dt>{t('charter.place')}</dt>
          <dd>{charter.place}</dd>
        </div>
        <div>
          <dt>{t('charter.workingLevel')}</dt>
          <dd>{charter.workingLevel.name}</dd>
        </div>
        <div>
          <dt>{t('charter.version')}</dt>
          <dd>
            {t('charter.versionLine', {
              version: charter.version,
              status: codeLabel('charter.status', charter.status),
            })}
            {charter.inForceAt
              ? ' ' + t('charter.inForceSince', { when: format.date(charter.inForceAt) })
              : ''}
          </dd>
        </div>
      </dl>
      <h3>{t('charter.delegations')}</h3>
      <table className="document-table committee-table" data-testid="charter-members">
        <thead>
          <tr>
            <th scope="col">{t('charter.party')}</th>
            <th scope="col">{t('charter.member')}</th>
            <th scope="col">{t('charter.staff')}</th>
            <th scope="col">{t('charter.chiefs')}</th>
          </tr>
        </thead>
        <tbody>
          {charter.parties.map((entry) => {
            const member = charter.members.find((person) => person.party === entry.party);
            const staff = charter.staff.filter(
              (person) => person.party === entry.party && person.role !== 'member',
            );
            return (
              <tr key={entry.party} data-party={entry.party}>
                <td>{entry.party}</td>
                <td>{member ? member.displayName : '—'}</td>
                <td>
                  {staff.length > 0
                    ? staff.map((person, index) => (
                        <span key={person.username}>
                          {index > 0 ? ', ' : ''}
                          {t('charter.staffLine', {
                            name: person.displayName,
                            role: codeLabel('committee.role', person.role),
                          })}
                        </span>
                      ))
                    : '—'}
                </td>
                <td>{entry.chiefsOffice.name}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('charter.reservedMatters')}</h3>
      {charter.reservedMatters.length === 0 ? (
        <p>{t('charter.noReservedMatters')}</p>
      ) : (
        <ul className="reserved-matters" data-testid="reserved-matters">
          {charter.reservedMatters.map((matter) => (
            <li key={matter.topic}>
              <strong>{matter.topic}</strong>
              {t('label.separator')}
              {t('charter.reservedTo', { body: matter.body })}
              {matter.terms.length > 0 ? (
                <p className="reserved-matters__terms">
                  {t('charter.terms', { terms: matter.terms.join(', ') })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function PendingCharter({
  committee,
  pending,
  onChanged,
}: {
  readonly committee: Committee;
  readonly pending: Charter;
  readonly onChanged: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const person = usePerson();
  const action = useAction();
  const party = memberParty(committee, person.username);
  const mayApprove = party !== undefined && pending.awaitingApproval.includes(party);
  return (
    <div className="panel panel--pending" data-testid="pending-charter">
      <h3 className="panel__title">{t('charter.pendingTitle', { version: pending.version })}</h3>
      <p>{t('charter.pendingRule')}</p>
      <p>
        {t('charter.proposedBy', {
          name: pending.proposedBy.displayName,
          when: format.dateTime(pending.proposedAt),
        })}
      </p>
      {pending.changes.length > 0 ? (
        <ul data-testid="charter-changes">
          {pending.changes.map((change, index) => (
            <li key={index}>{change}</li>
          ))}
        </ul>
      ) : null}
      {pending.note ? <p>{pending.note}</p> : null}
      <p>
        {t('charter.approvedBy')}{' '}
        <PartyList
          parties={pending.approvals.map((approval) => approval.party)}
          none={t('committee.nobody')}
        />
        {t('label.separator')}
        {t('charter.awaiting')} <PartyList parties={pending.awaitingApproval} none={t('committee.nobody')} />
      </p>
      {mayApprove ? (
        <button
          type="button"
          className="button button--primary"
          disabled={action.busy}
          onClick={() =>
            void action.run(async () => {
              await approveCharter(committee.id, pending.version);
              onChanged();
            })
          }
        >
          {t('charter.approve', { party: party ?? '' })}
        </button>
      ) : null}
      <ActionError error={action.error} />
    </div>
  );
}

/** A member proposes a change to the remit (the rest of the charter as it stands); every party approves it. */
function CharterChangeForm({
  committee,
  onDone,
}: {
  readonly committee: Committee;
  readonly onDone: () => void;
}) {
  const t = useT();
  const charter = committee.charter;
  const [remit, setRemit] = useState(charter.remit);
  const [note, setNote] = useState('');
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const usernames = (party: string, role: string) =>
        charter.staff
          .filter((person) => person.party === party && person.role === role)
          .map((p) => p.username);
      await proposeCharterChange(committee.id, {
        name: charter.name,
        remit,
        place: charter.place,
        parties: charter.parties.map((entry) => ({
          party: entry.party,
          member: charter.members.find((member) => member.party === entry.party)?.username ?? '',
          advisers: usernames(entry.party, 'adviser'),
          secretaries: usernames(entry.party, 'secretary'),
          interpreters: usernames(entry.party, 'interpreter'),
          chiefsOffice: entry.chiefsOffice.id,
        })),
        reservedMatters: charter.reservedMatters.map((matter) => ({ ...matter, terms: [...matter.terms] })),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      onDone();
    });
  };
  return (
    <form className="committee-form" onSubmit={submit} data-testid="charter-change-form">
      <TextAreaField
        id="charter-remit"
        label={t('charter.remit')}
        value={remit}
        onChange={setRemit}
        rows={4}
      />
      <TextField
        id="charter-note"
        label={t('charter.note')}
        value={note}
        onChange={setNote}
        maxLength={2000}
      />
      <button type="submit" className="button button--secondary" disabled={action.busy}>
        {t('charter.proposeChange')}
      </button>
      <ActionError error={action.error} />
    </form>
  );
}

function CharterSection({
  committee,
  onChanged,
}: {
  readonly committee: Committee;
  readonly onChanged: () => void;
}) {
  const t = useT();
  const person = usePerson();
  const [changing, setChanging] = useState(false);
  const isMember = memberParty(committee, person.username) !== undefined;
  return (
    <CommitteeSection id="charter-title" title={t('charter.title')} testId="charter">
      <p className="notice notice--info" data-testid="advisory-notice">
        {t('committee.advisoryNotice')}
      </p>
      {committee.status === 'in-force' ? <CharterFacts charter={committee.charter} /> : null}
      {committee.pendingCharter ? (
        <>
          {committee.status !== 'in-force' ? <CharterFacts charter={committee.pendingCharter} /> : null}
          <PendingCharter committee={committee} pending={committee.pendingCharter} onChanged={onChanged} />
        </>
      ) : isMember && committee.status === 'in-force' ? (
        changing ? (
          <CharterChangeForm
            committee={committee}
            onDone={() => {
              setChanging(false);
              onChanged();
            }}
          />
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setChanging(true)}>
            {t('charter.changeRemit')}
          </button>
        )
      ) : null}
    </CommitteeSection>
  );
}

function OverrideConsent({
  committee,
  item,
  onChanged,
}: {
  readonly committee: Committee;
  readonly item: AgendaItem;
  readonly onChanged: () => void;
}) {
  const t = useT();
  const person = usePerson();
  const party = memberParty(committee, person.username);
  const [reason, setReason] = useState('');
  const action = useAction();
  if (!party || item.status !== 'referred' || !(item.override?.awaiting ?? []).includes(party)) return null;
  const fieldId = `override-reason-${item.id}`;
  return (
    <form
      className="committee-form committee-form--inline"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          await consentToOverride(committee.id, item.id, reason.trim());
          setReason('');
          onChanged();
        });
      }}
    >
      <TextField
        id={fieldId}
        label={t('agenda.overrideReason', { party })}
        value={reason}
        onChange={setReason}
        maxLength={2000}
      />
      <button
        type="submit"
        className="button button--secondary"
        disabled={action.busy || reason.trim() === ''}
      >
        {t('agenda.consentToOverride', { party })}
      </button>
      <ActionError error={action.error} />
    </form>
  );
}

export function AgendaItemCard({
  committee,
  item,
  onChanged,
}: {
  readonly committee: Committee;
  readonly item: AgendaItem;
  readonly onChanged: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const codeLabel = useCodeLabel();
  return (
    <li
      className={`agenda-item agenda-item--${item.status}`}
      data-testid="agenda-item"
      data-status={item.status}
    >
      <p className="agenda-item__head">
        {item.position !== null ? <span className="agenda-item__number">{item.position}.</span> : null}{' '}
        <strong className="agenda-item__title">{item.title}</strong>{' '}
        <span className="tag" data-testid="agenda-item-status">
          {codeLabel('agenda.status', item.status)}
        </span>
      </p>
      <ClassificationBanner banner={item.banner} rank={item.marking.level.rank} variant="chip" />
      {item.text ? <p className="agenda-item__text">{item.text}</p> : null}
      <p className="agenda-item__meta">
        {t('agenda.proposedBy', {
          name: item.proposedBy.displayName,
          when: format.dateTime(item.proposedAt),
        })}
        {item.meeting ? (
          <>
            {t('label.separator')}
            <Link to={meetingPath(committee.id, item.meeting.id)}>
              {t('meeting.number', { number: item.meeting.number })}
            </Link>
          </>
        ) : null}
      </p>
      <ReferralFlag item={item} />
      <OverrideConsent committee={committee} item={item} onChanged={onChanged} />
    </li>
  );
}

function AgendaItemForm({
  committee,
  meetings,
  onProposed,
}: {
  readonly committee: Committee;
  readonly meetings: readonly MeetingSummary[];
  readonly onProposed: (item: AgendaItem) => void;
}) {
  const t = useT();
  const format = useFormat();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [check, setCheck] = useState<ReservedMatterCheck | null>(null);
  const action = useAction();
  const open = meetings.filter((meeting) => meeting.status === 'scheduled');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const item = await proposeAgendaItem(committee.id, {
        title: title.trim(),
        text: text.trim(),
        ...(meetingId ? { meetingId } : {}),
      });
      setTitle('');
      setText('');
      setCheck(null);
      onProposed(item);
    });
  };
  const runCheck = () =>
    void action.run(async () => {
      setCheck(await checkReservedMatters(committee.id, { title, text }));
    });
  return (
    <form className="committee-form" onSubmit={submit} data-testid="agenda-item-form">
      <h3>{t('agenda.proposeTitle')}</h3>
      <TextField
        id="agenda-title"
        label={t('agenda.itemTitle')}
        value={title}
        onChange={setTitle}
        maxLength={300}
        required
      />
      <TextAreaField id="agenda-text" label={t('agenda.itemText')} value={text} onChange={setText} rows={3} />
      <SelectField
        id="agenda-meeting"
        label={t('agenda.forMeeting')}
        value={meetingId}
        onChange={setMeetingId}
        placeholder={t('agenda.noMeeting')}
        options={open.map((meeting) => ({
          value: meeting.id,
          label: t('meeting.numberAndDate', {
            number: meeting.number,
            when: format.dateTime(meeting.scheduledFor),
          }),
        }))}
      />
      {check ? (
        <p
          className={`notice ${check.reserved ? 'notice--error' : 'notice--success'}`}
          data-testid="reserved-check"
        >
          {check.reserved
            ? t('agenda.checkReserved', {
                body: check.referredTo ?? '',
                explanation: check.explanation ?? '',
              })
            : t('agenda.checkClear')}
        </p>
      ) : null}
      <div className="committee-form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={runCheck}
          disabled={action.busy || title.trim() === ''}
        >
          {t('agenda.check')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={action.busy || title.trim() === ''}
        >
          {t('agenda.propose')}
        </button>
      </div>
      <ActionError error={action.error} />
    </form>
  );
}

function AgendaSection({
  bundle,
  onChanged,
}: {
  readonly bundle: CommitteeBundle;
  readonly onChanged: (message?: string) => void;
}) {
  const t = useT();
  const { committee, agenda } = bundle;
  return (
    <CommitteeSection id="agenda-title" title={t('agenda.title')} testId="agenda-items">
      {agenda.length === 0 ? <p className="empty">{t('agenda.none')}</p> : null}
      <ul className="agenda-list">
        {agenda.map((item) => (
          <AgendaItemCard key={item.id} committee={committee} item={item} onChanged={() => onChanged()} />
        ))}
      </ul>
      {committee.standing === 'member' ? (
        <AgendaItemForm
          committee={committee}
          meetings={bundle.meetings}
          onProposed={(item) =>
            onChanged(
              item.status === 'referred' && item.referredTo
                ? t('agenda.proposedReferred', { body: item.referredTo })
                : t('agenda.proposed'),
            )
          }
        />
      ) : null}
    </CommitteeSection>
  );
}

function ScheduleMeetingForm({
  committee,
  onDone,
}: {
  readonly committee: Committee;
  readonly onDone: () => void;
}) {
  const t = useT();
  const [when, setWhen] = useState('');
  const [place, setPlace] = useState(committee.place);
  const action = useAction();
  return (
    <form
      className="committee-form committee-form--inline"
      data-testid="schedule-meeting-form"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          // The time is entered as Moscow keeps it in the records: read as UTC.
          await scheduleMeeting(committee.id, { scheduledFor: new Date(when + 'Z').toISOString(), place });
          setWhen('');
          onDone();
        });
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor="meeting-when">
          {t('meeting.when')}
        </label>
        <input
          id="meeting-when"
          className="input"
          type="datetime-local"
          value={when}
          onChange={(event) => setWhen(event.target.value)}
        />
      </div>
      <TextField
        id="meeting-place"
        label={t('meeting.place')}
        value={place}
        onChange={setPlace}
        maxLength={200}
      />
      <button type="submit" className="button button--secondary" disabled={action.busy || when === ''}>
        {t('meeting.schedule')}
      </button>
      <ActionError error={action.error} />
    </form>
  );
}

function MeetingsSection({
  bundle,
  onChanged,
}: {
  readonly bundle: CommitteeBundle;
  readonly onChanged: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const codeLabel = useCodeLabel();
  const { committee, meetings } = bundle;
  const arranges = committee.standing === 'member' || committee.standing === 'secretary';
  return (
    <CommitteeSection id="meetings-title" title={t('meeting.listTitle')} testId="meetings">
      {meetings.length === 0 ? (
        <p className="empty">{t('meeting.none')}</p>
      ) : (
        <table className="document-table committee-table">
          <thead>
            <tr>
              <th scope="col">{t('meeting.meeting')}</th>
              <th scope="col">{t('meeting.when')}</th>
              <th scope="col">{t('meeting.place')}</th>
              <th scope="col">{t('meeting.status')}</th>
              <th scope="col">{t('meeting.marking')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.id} data-testid="meeting-row">
                <td>
                  <Link to={meetingPath(committee.id, meeting.id)}>
                    {t('meeting.number', { number: meeting.number })}
                  </Link>
                </td>
                <td>{format.dateTime(meeting.scheduledFor)}</td>
                <td>{meeting.place}</td>
                <td>{codeLabel('meeting.status', meeting.status)}</td>
                <td>
                  <span className="marking-text">{meeting.banner}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {arranges ? <ScheduleMeetingForm committee={committee} onDone={onChanged} /> : null}
    </CommitteeSection>
  );
}

export function TextList({
  texts,
  testId,
}: {
  readonly texts: readonly CommitteeText[];
  readonly testId: string;
}) {
  const t = useT();
  const codeLabel = useCodeLabel();
  if (texts.length === 0) return <p className="empty">{t('text.none')}</p>;
  return (
    <ul className="text-list" data-testid={testId}>
      {texts.map((text) => {
        const parties = [...new Set(text.versions.map((version) => version.party))];
        const embargoed = text.kind === 'proposal' && text.status === 'under-negotiation';
        return (
          <li key={text.id} className="text-list__item" data-testid="text-item" data-status={text.status}>
            <Link to={committeeTextPath(text.committeeId, text.kind, text.id)} className="text-list__title">
              {text.title}
            </Link>{' '}
            <span className="tag" data-testid="text-status">
              {codeLabel('text.status', text.status)}
            </span>
            {embargoed ? <span className="tag tag--embargo">{t('proposal.embargo')}</span> : null}
            <p className="text-list__meta">
              {text.versions.length > 0 ? t('text.versionCount', { count: text.versions.length }) : null}
              {text.kind === 'proposal' && parties.length > 1
                ? t('label.separator') + t('proposal.linked', { parties: parties.join(', ') })
                : null}
              {text.awaiting.length > 0 && text.status !== 'adopted'
                ? t('label.separator') + t('text.awaiting', { parties: text.awaiting.join(', ') })
                : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function NewTextForm({
  committee,
  kind,
  meetings,
  onDone,
}: {
  readonly committee: Committee;
  readonly kind: 'recommendation' | 'proposal';
  readonly meetings: readonly MeetingSummary[];
  readonly onDone: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const action = useAction();
  if (!open)
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t(kind === 'recommendation' ? 'recommendation.new' : 'proposal.new')}
      </button>
    );
  return (
    <form
      className="committee-form"
      data-testid={`${kind}-form`}
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          if (kind === 'recommendation')
            await proposeRecommendation(committee.id, {
              title: title.trim(),
              text: text.trim(),
              ...(meetingId ? { meetingId } : {}),
            });
          else await submitProposal(committee.id, { title: title.trim(), text: text.trim() });
          setOpen(false);
          setTitle('');
          setText('');
          onDone();
        });
      }}
    >
      {kind === 'proposal' ? <p className="notice notice--info">{t('proposal.embargoExplain')}</p> : null}
      {kind === 'recommendation' ? (
        <p className="notice notice--info">{t('recommendation.explain')}</p>
      ) : null}
      <TextField
        id={`${kind}-title`}
        label={t('text.title')}
        value={title}
        onChange={setTitle}
        maxLength={250}
        required
      />
      <TextAreaField
        id={`${kind}-text`}
        label={t('text.body')}
        value={text}
        onChange={setText}
        rows={6}
        required
      />
      {kind === 'recommendation' && meetings.length > 0 ? (
        <SelectField
          id="recommendation-meeting"
          label={t('recommendation.meeting')}
          value={meetingId}
          onChange={setMeetingId}
          placeholder={t('agenda.noMeeting')}
          options={meetings.map((meeting) => ({
            value: meeting.id,
            label: t('meeting.number', { number: meeting.number }),
          }))}
        />
      ) : null}
      <div className="committee-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={action.busy || !title.trim() || !text.trim()}
        >
          {t(kind === 'recommendation' ? 'recommendation.submit' : 'proposal.submit')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          {t('committee.cancel')}
        </button>
      </div>
      <ActionError error={action.error} />
    </form>
  );
}

export function ActionItemList({
  committee,
  items,
  onChanged,
}: {
  readonly committee: Committee | null;
  readonly items: readonly ActionItem[];
  readonly onChanged: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const person = usePerson();
  const action = useAction();
  if (items.length === 0) return <p className="empty">{t('action.none')}</p>;
  const arranges = committee?.standing === 'member' || committee?.standing === 'secretary';
  return (
    <>
      <table className="document-table committee-table" data-testid="action-items">
        <thead>
          <tr>
            <th scope="col">{t('action.what')}</th>
            <th scope="col">{t('action.owner')}</th>
            <th scope="col">{t('action.due')}</th>
            <th scope="col">{t('action.state')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-testid="action-item" data-overdue={String(item.overdue)}>
              <td>{item.title}</td>
              <td>
                <PersonName person={item.owner} />
              </td>
              <td>
                {format.date(item.dueDate)}
                {item.overdue ? <span className="tag tag--overdue"> {t('action.overdue')}</span> : null}
              </td>
              <td>
                {item.state === 'done' && item.completedAt
                  ? t('action.doneOn', { when: format.date(item.completedAt) })
                  : t('action.open')}
                {item.state === 'open' &&
                committee &&
                (arranges || item.owner.username === person.username) ? (
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={action.busy}
                    onClick={() =>
                      void action.run(async () => {
                        await completeActionItem(committee.id, item.id);
                        onChanged();
                      })
                    }
                  >
                    {t('action.complete')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ActionError error={action.error} />
    </>
  );
}

function CommitteeView({
  bundle,
  onChanged,
}: {
  readonly bundle: CommitteeBundle;
  readonly onChanged: () => Promise<void>;
}) {
  const t = useT();
  const codeLabel = useCodeLabel();
  const [flash, setFlash] = useState<string | null>(null);
  const { committee } = bundle;
  const participant = isParticipant(committee.standing);
  const inForce = committee.status === 'in-force';
  usePageTitle(committee.name);
  const changed = (message?: string) => {
    setFlash(message ?? null);
    void onChanged();
  };
  return (
    <section className="page page--committee" aria-labelledby="page-title" data-testid="committee-page">
      <nav className="breadcrumbs" aria-label={t('committee.breadcrumbs')}>
        <Link to="/committees">{t('committees.title')}</Link>
      </nav>
      <div className="page__heading">
        <h1 id="page-title">{committee.name}</h1>
      </div>
      <p className="page__lead">
        {committee.place}
        {t('label.separator')}
        {codeLabel('committee.status', committee.status)}
        {t('label.separator')}
        <span data-testid="committee-standing">
          {t('committee.yourStanding', { standing: codeLabel('committee.standing', committee.standing) })}
        </span>
      </p>
      {flash ? <StatusMessage>{flash}</StatusMessage> : null}
      <CharterSection committee={committee} onChanged={() => changed()} />
      {inForce && participant ? <AgendaSection bundle={bundle} onChanged={changed} /> : null}
      {inForce && participant ? <MeetingsSection bundle={bundle} onChanged={() => changed()} /> : null}
      {inForce && participant ? (
        <CommitteeSection id="minutes-title" title={t('minutes.listTitle')} testId="minutes">
          <TextList texts={bundle.minutes} testId="minutes-list" />
        </CommitteeSection>
      ) : null}
      {inForce ? (
        <CommitteeSection
          id="recommendations-title"
          title={t('recommendation.listTitle')}
          testId="recommendations"
        >
          <p className="page__lead">{t('recommendation.explain')}</p>
          <TextList texts={bundle.recommendations} testId="recommendation-list" />
          {committee.standing === 'member' ? (
            <NewTextForm
              committee={committee}
              kind="recommendation"
              meetings={bundle.meetings}
              onDone={() => changed()}
            />
          ) : null}
        </CommitteeSection>
      ) : null}
      {inForce ? (
        <CommitteeSection id="proposals-title" title={t('proposal.listTitle')} testId="proposals">
          <TextList texts={bundle.proposals} testId="proposal-list" />
          {committee.standing === 'member' ? (
            <NewTextForm
              committee={committee}
              kind="proposal"
              meetings={bundle.meetings}
              onDone={() => changed()}
            />
          ) : null}
        </CommitteeSection>
      ) : null}
      {inForce && participant ? (
        <CommitteeSection id="actions-title" title={t('action.listTitle')} testId="action-section">
          <ActionItemList committee={committee} items={bundle.actionItems} onChanged={() => changed()} />
        </CommitteeSection>
      ) : null}
    </section>
  );
}

export function CommitteePage({ id }: { readonly id: string }) {
  const { accessVersion, committeeVersion } = useNotifications();
  const { resource, reload, refresh } = useResource((signal) => loadBundle(id, signal), [id], {
    refreshOn: `${accessVersion}:${committeeVersion}`,
  });
  if (resource.status === 'loaded') return <CommitteeView bundle={resource.data} onChanged={refresh} />;
  return <CommitteeLoading resource={resource} onRetry={reload} />;
}
