/**
 * Notifications as the person sees them: a strip of the newest under the navigation (in the page's flow,
 * so it never covers what it announces), each dismissible; and a header button with the number not yet
 * seen, opening the list of this session's notifications.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useFormat, useT } from '../messages/locale.context.js';
import { useNotifications, type Notice } from '../notifications/notifications.context.js';
import { Link } from '../router/router.js';
import type { MessageId } from '../messages/en.js';
import type { CommitteeEvent } from '../notifications/notifications.context.js';
import { committeePath, committeeTextPath, meetingPath } from './committee-parts.js';
import { documentPath } from './document-table.js';

const committeeNoticeWords: Readonly<Record<CommitteeEvent, MessageId>> = {
  'agenda-item': 'notice.committee.agenda-item',
  'minutes-awaiting-approval': 'notice.committee.minutes-awaiting-approval',
  'recommendation-awaiting-response': 'notice.committee.recommendation-awaiting-response',
  'action-item-overdue': 'notice.committee.action-item-overdue',
};

/** Where a committee notice leads: the minutes, the recommendation, the meeting, or the committee. */
function committeeNoticePath(notice: Extract<Notice, { kind: 'committee' }>): string {
  const { committee } = notice;
  if (committee.minutesId) return committeeTextPath(committee.committeeId, 'minutes', committee.minutesId);
  if (committee.recommendationId)
    return committeeTextPath(committee.committeeId, 'recommendation', committee.recommendationId);
  if (committee.meetingId) return meetingPath(committee.committeeId, committee.meetingId);
  return committeePath(committee.committeeId);
}

function NoticeText({ notice }: { readonly notice: Notice }) {
  const t = useT();
  const format = useFormat();
  switch (notice.kind) {
    case 'document-available': {
      const { document } = notice;
      return (
        <>
          <strong>{t('notice.available')}</strong>{' '}
          <Link to={documentPath(document.id)}>{document.title}</Link>
          {document.registryNumber ? (
            <span className="notice-text__meta"> {document.registryNumber}</span>
          ) : null}
          <span className="notice-text__meta"> {document.banner}</span>
        </>
      );
    }
    case 'document-recalled': {
      const { recall } = notice;
      return (
        <>
          <strong>{t('notice.recalled')}</strong> {recall.title}
          {recall.registryNumber ? <span className="notice-text__meta"> {recall.registryNumber}</span> : null}
          <span className="notice-text__meta">
            {' '}
            {t('notice.recalledWhy', { when: format.dateTime(recall.recalledAt), reason: recall.reason })}
          </span>
        </>
      );
    }
    case 'access-changed':
      return (
        <>
          <strong>{t('notice.accessChanged')}</strong> {t('notice.accessChangedExplain')}
        </>
      );
    case 'committee': {
      const { committee } = notice;
      return (
        <>
          <strong>{t(committeeNoticeWords[notice.event], { committee: committee.committeeName })}</strong>{' '}
          <Link to={committeeNoticePath(notice)}>{committee.title}</Link>
          {committee.referredTo ? (
            <span className="notice-text__meta">
              {' '}
              {t('agenda.referredTo', { body: committee.referredTo })}
            </span>
          ) : null}
          {committee.dueDate ? (
            <span className="notice-text__meta">
              {' '}
              {t('action.dueOn', { when: format.date(committee.dueDate) })}
            </span>
          ) : null}
          {committee.banner ? <span className="notice-text__meta"> {committee.banner}</span> : null}
        </>
      );
    }
  }
}

export function NotificationStrip() {
  const t = useT();
  const { toasts, dismiss } = useNotifications();
  return (
    <div className="notification-strip" role="region" aria-label={t('notice.region')} aria-live="polite">
      {toasts.length > 0 ? (
        <ul className="notification-strip__list" data-testid="notification-strip">
          {toasts.map((notice) => (
            <li
              key={notice.id}
              className={`toast toast--${notice.kind}`}
              data-kind={notice.kind === 'committee' ? `committee-${notice.event}` : notice.kind}
            >
              <p className="toast__text">
                <NoticeText notice={notice} />
              </p>
              <button
                type="button"
                className="button button--quiet toast__dismiss"
                onClick={() => dismiss(notice.id)}
                aria-label={t('notice.dismissLabel')}
              >
                {t('notice.dismiss')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function NotificationsButton() {
  const t = useT();
  const format = useFormat();
  const { notices, unseen, markSeen, connected } = useNotifications();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const container = useRef<HTMLDivElement>(null);

  // Close on Escape or a click elsewhere.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    const onClick = (event: MouseEvent) => {
      if (container.current && !container.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, [open]);

  const toggle = () => {
    if (!open) markSeen();
    setOpen((current) => !current);
  };

  return (
    <div className="notifications" ref={container}>
      <button
        type="button"
        className="button button--quiet notifications__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        data-testid="notifications-button"
        data-connected={String(connected)}
      >
        {t('notice.button')}
        {unseen > 0 ? (
          <span className="notifications__count" data-testid="notifications-count">
            <span aria-hidden="true">{unseen}</span>
            <span className="visually-hidden">{t('notice.unseen', { count: unseen })}</span>
          </span>
        ) : null}
      </button>
      <div id={panelId} className="notifications__panel" hidden={!open} data-testid="notifications-panel">
        <h2 className="notifications__title">{t('notice.title')}</h2>
        {notices.length === 0 ? (
          <p>{t('notice.none')}</p>
        ) : (
          <ul className="notifications__list">
            {notices.map((notice) => (
              <li
                key={notice.id}
                data-kind={notice.kind === 'committee' ? `committee-${notice.event}` : notice.kind}
              >
                <time className="notifications__time" dateTime={notice.at.toISOString()}>
                  {format.time(notice.at.toISOString())}
                </time>{' '}
                <NoticeText notice={notice} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
