/**
 * One person of the officer's party, with what the officer may change: read them into a compartment or
 * out of one, set their clearance (in the party's own level names), suspend or reinstate them. Every
 * change asks for a reason (kept in the audit log) and may need a recent login.
 */
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../api/http.js';
import {
  grantCompartment,
  reinstatePerson,
  revokeCompartment,
  setClearance,
  suspendPerson,
} from '../api/liaison-api.js';
import type { MarkingOptions, Personnel } from '../api/types.js';
import { useExpireOnUnauthenticated } from '../hooks/use-resource.js';
import { useT } from '../messages/locale.context.js';
import { messageIdFor } from '../messages/messages.js';
import { useWithRecentLogin } from '../session/reauthentication.context.js';
import { levelClassName } from './classification-banner.js';
import { ErrorSummary, StatusMessage, useErrorText } from './feedback.js';
import { FormDialog } from './form-dialog.js';
import { SelectField, TextAreaField, TextField } from './form-fields.js';

export function useRoleLabel(): (role: string) => string {
  const t = useT();
  return (role) => {
    const id = messageIdFor('role', role);
    return id ? t(id) : role;
  };
}

interface PersonCardProps {
  readonly person: Personnel;
  readonly options: MarkingOptions;
  /**
   * The person as the server now has them; null to reload the list (after a change answered with 204).
   * Resolves once the list shows the change.
   */
  readonly onChanged: (person: Personnel | null) => Promise<void>;
}

type DialogAction =
  | { readonly kind: 'revoke'; readonly compartment: string }
  | { readonly kind: 'suspend' }
  | { readonly kind: 'reinstate' };

export function PersonCard({ person, options, onChanged }: PersonCardProps) {
  const t = useT();
  const roleLabel = useRoleLabel();
  const errorText = useErrorText();
  const handleError = useExpireOnUnauthenticated();
  const withRecentLogin = useWithRecentLogin();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [compartment, setCompartment] = useState('');
  const [grantReason, setGrantReason] = useState('');
  const [level, setLevel] = useState('');
  const [levelReason, setLevelReason] = useState('');
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const [dialogReason, setDialogReason] = useState('');
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const panelId = `person-${person.username}-changes`;
  const name = person.displayName;

  /** Runs a change (re-authenticating if the server asks); true if it was made. */
  const run = async (
    change: () => Promise<Personnel | void>,
    done: string,
    onError: (message: string) => void,
  ): Promise<boolean> => {
    setBusy(true);
    setFlash(null);
    setProblem(null);
    try {
      const updated = await withRecentLogin(change);
      await onChanged(updated ?? null);
      setFlash(done);
      setBusy(false);
      return true;
    } catch (caught) {
      const error: ApiError | null = handleError(caught);
      if (error) onError(errorText(error));
      setBusy(false);
      return false;
    }
  };

  const grant = async (event: FormEvent) => {
    event.preventDefault();
    if (!compartment) return setMissing('grant-compartment');
    if (!grantReason.trim()) return setMissing('grant-reason');
    setMissing(null);
    const ok = await run(
      () => grantCompartment(person.username, compartment, grantReason.trim()),
      t('people.granted', { name, compartment }),
      setProblem,
    );
    if (ok) {
      setCompartment('');
      setGrantReason('');
    }
  };

  const changeClearance = async (event: FormEvent) => {
    event.preventDefault();
    if (!level) return setMissing('clearance-level');
    if (!levelReason.trim()) return setMissing('clearance-reason');
    setMissing(null);
    const ok = await run(
      () => setClearance(person.username, level, levelReason.trim()),
      t('people.clearanceSet', { name, level }),
      setProblem,
    );
    if (ok) {
      setLevel('');
      setLevelReason('');
    }
  };

  const confirmDialog = async () => {
    if (!dialog) return;
    const reason = dialogReason.trim();
    if (!reason) return setMissing('dialog-reason');
    setMissing(null);
    setDialogError(null);
    const [change, done] =
      dialog.kind === 'revoke'
        ? ([
            () => revokeCompartment(person.username, dialog.compartment, reason),
            t('people.revoked', { name, compartment: dialog.compartment }),
          ] as const)
        : dialog.kind === 'suspend'
          ? ([() => suspendPerson(person.username, reason), t('people.suspended', { name })] as const)
          : ([() => reinstatePerson(person.username, reason), t('people.reinstated', { name })] as const);
    const ok = await run(change, done, setDialogError);
    if (ok) {
      setDialog(null);
      setDialogReason('');
    }
  };

  const openDialog = (action: DialogAction) => {
    setDialogReason('');
    setDialogError(null);
    setMissing(null);
    setDialog(action);
  };

  const grantable = options.compartments.filter((candidate) => !person.compartments.includes(candidate.name));
  const id = (suffix: string) => `${person.username}-${suffix}`;
  const reasonError = (field: string) => (missing === field ? t('people.reasonMissing') : undefined);
  const dialogTitle =
    dialog?.kind === 'revoke'
      ? t('people.revokeTitle', { name, compartment: dialog.compartment })
      : dialog?.kind === 'suspend'
        ? t('people.suspendTitle', { name })
        : t('people.reinstateTitle', { name });

  return (
    <li className="person-card" data-username={person.username} data-status={person.status}>
      <div className="person-card__summary">
        <div className="person-card__who">
          <h2 className="person-card__name">{name}</h2>
          <p className="person-card__title">{person.title}</p>
        </div>
        <dl className="person-card__facts">
          <div>
            <dt>{t('user.clearance')}</dt>
            <dd>
              <span
                className={`clearance ${levelClassName(person.clearance.rank)}`}
                data-testid="person-clearance"
              >
                {person.clearance.name}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('user.compartments')}</dt>
            <dd data-testid="person-compartments">
              {person.compartments.length > 0 ? person.compartments.join(', ') : t('user.noCompartments')}
            </dd>
          </div>
          <div>
            <dt>{t('people.roles')}</dt>
            <dd>{person.roles.length > 0 ? person.roles.map(roleLabel).join(', ') : t('people.noRoles')}</dd>
          </div>
          <div>
            <dt>{t('people.status')}</dt>
            <dd data-testid="person-status">
              <span className={`status status--${person.status}`}>{t(`people.status.${person.status}`)}</span>
            </dd>
          </div>
        </dl>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((current) => !current)}
        >
          {open ? t('people.close') : t('people.manage')}
          <span className="visually-hidden"> {name}</span>
        </button>
      </div>
      {flash ? <StatusMessage>{flash}</StatusMessage> : null}
      <div id={panelId} className="person-card__changes" hidden={!open}>
        {open ? (
          <>
            {problem ? <ErrorSummary title={t('people.failed')}>{problem}</ErrorSummary> : null}
            <section aria-labelledby={id('readins')}>
              <h3 id={id('readins')}>{t('people.readIns')}</h3>
              {person.compartments.length > 0 ? (
                <ul className="readin-list">
                  {person.compartments.map((held) => (
                    <li key={held}>
                      <span>{held}</span>
                      <button
                        type="button"
                        className="button button--quiet"
                        disabled={busy}
                        onClick={() => openDialog({ kind: 'revoke', compartment: held })}
                      >
                        {t('people.revoke', { compartment: held })}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t('people.noReadIns')}</p>
              )}
              <form className="inline-form" onSubmit={(event) => void grant(event)} noValidate>
                <SelectField
                  id={id('grant-compartment')}
                  label={t('people.grantCompartment')}
                  value={compartment}
                  onChange={setCompartment}
                  placeholder={t('people.grantChoose')}
                  error={missing === 'grant-compartment' ? t('people.compartmentMissing') : undefined}
                  options={grantable.map((candidate) => ({
                    value: candidate.name,
                    label: t('label.codeAndName', { code: candidate.name, name: candidate.description }),
                  }))}
                />
                <TextField
                  id={id('grant-reason')}
                  label={t('people.reason')}
                  value={grantReason}
                  onChange={setGrantReason}
                  maxLength={500}
                  error={reasonError('grant-reason')}
                  required
                />
                <button type="submit" className="button button--secondary" disabled={busy}>
                  {t('people.grant')}
                </button>
              </form>
            </section>
            <section aria-labelledby={id('clearance')}>
              <h3 id={id('clearance')}>{t('people.clearanceTitle')}</h3>
              <form className="inline-form" onSubmit={(event) => void changeClearance(event)} noValidate>
                <SelectField
                  id={id('clearance-level')}
                  label={t('people.level')}
                  value={level}
                  onChange={setLevel}
                  placeholder={t('people.levelChoose')}
                  error={missing === 'clearance-level' ? t('people.levelMissing') : undefined}
                  options={options.levels.map((candidate) => ({
                    value: candidate.name,
                    label: candidate.name,
                  }))}
                />
                <TextField
                  id={id('clearance-reason')}
                  label={t('people.reason')}
                  value={levelReason}
                  onChange={setLevelReason}
                  maxLength={500}
                  error={reasonError('clearance-reason')}
                  required
                />
                <button type="submit" className="button button--secondary" disabled={busy}>
                  {t('people.setClearance')}
                </button>
              </form>
            </section>
            <section aria-labelledby={id('suspension')}>
              <h3 id={id('suspension')}>{t('people.suspensionTitle')}</h3>
              {person.status === 'active' ? (
                <button
                  type="button"
                  className="button button--danger"
                  disabled={busy}
                  onClick={() => openDialog({ kind: 'suspend' })}
                >
                  {t('people.suspend', { name })}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  onClick={() => openDialog({ kind: 'reinstate' })}
                >
                  {t('people.reinstate', { name })}
                </button>
              )}
            </section>
          </>
        ) : null}
      </div>
      <FormDialog
        open={dialog !== null}
        title={dialogTitle}
        confirmLabel={
          dialog?.kind === 'revoke'
            ? t('people.revokeConfirm')
            : dialog?.kind === 'suspend'
              ? t('people.suspendConfirm')
              : t('people.reinstateConfirm')
        }
        cancelLabel={t('people.cancel')}
        busy={busy}
        error={dialogError}
        danger={dialog?.kind !== 'reinstate'}
        testId="personnel-dialog"
        onSubmit={() => void confirmDialog()}
        onCancel={() => setDialog(null)}
      >
        <p>
          {dialog?.kind === 'revoke'
            ? t('people.revokeExplain', { name })
            : dialog?.kind === 'suspend'
              ? t('people.suspendExplain', { name })
              : t('people.reinstateExplain', { name })}
        </p>
        <TextAreaField
          id={id('dialog-reason')}
          label={t('people.reason')}
          hint={t('people.reasonHint')}
          value={dialogReason}
          onChange={setDialogReason}
          maxLength={500}
          rows={3}
          error={reasonError('dialog-reason')}
          required
        />
      </FormDialog>
    </li>
  );
}
