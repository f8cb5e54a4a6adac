import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, isConflict } from '../api/http';
import { referenceOf, useLabels, useReferenceData } from '../api/referenceData';
import { CASE_WORKER_ROLES, hasAnyRole } from '../session/roles';
import { useMe } from '../session/MeContext';
import { formatDateTime } from '../shell/format';
import { ApiFailure, NotFound } from '../shell/Notices';
import {
  act,
  loadReferralReferenceData,
  openSnapshot,
  readReferral,
  type ReferralReferenceData,
  type SharedSnapshot,
  type VersionedReferral,
} from './referralApi';
import { REFERRALS_NS } from './translations';
import './referrals.css';

type State = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; current: VersionedReferral };
type Form = 'none' | 'decline' | 'complete' | 'revoke';

/** "givenName" → "Given name": snapshot fields are whatever case-service's sharing profile sends. */
function fieldLabel(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function SnapshotValue({ value }: { value: unknown }) {
  if (value === null || value === undefined) {
    return <>—</>;
  }
  if (Array.isArray(value)) {
    return (
      <ul>
        {value.map((item, index) => (
          <li key={index}>
            <SnapshotValue value={item} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') {
    return (
      <dl className="referral-facts">
        {Object.entries(value as Record<string, unknown>).map(([key, inner]) => (
          <SnapshotEntry key={key} name={key} value={inner} />
        ))}
      </dl>
    );
  }
  return <>{String(value)}</>;
}

function SnapshotEntry({ name, value }: { name: string; value: unknown }) {
  return (
    <>
      <dt>{fieldLabel(name)}</dt>
      <dd data-testid={`snapshot-${name}`}>
        <SnapshotValue value={value} />
      </dd>
    </>
  );
}

/**
 * One referral: what was asked, by whom, where it stands, the shared information (opened on request, because
 * every opening is audited) and the buttons the service says this user may use.
 */
export function ReferralDetail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(REFERRALS_NS);
  const me = useMe();
  const labels = useLabels();
  const reference = referenceOf(useReferenceData());
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [codes, setCodes] = useState<ReferralReferenceData | null>(null);
  const [snapshot, setSnapshot] = useState<SharedSnapshot | null>(null);
  const [form, setForm] = useState<Form>('none');
  const [code, setCode] = useState('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<'conflict' | 'done' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const language = i18n.resolvedLanguage ?? 'en';

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    readReferral(id)
      .then((current) => setState({ kind: 'ready', current }))
      .catch((error: unknown) => setState({ kind: 'failed', error }));
  }, [id]);

  useEffect(load, [load]);
  useEffect(() => {
    loadReferralReferenceData()
      .then(setCodes)
      .catch(() => setCodes(null));
  }, []);

  if (state.kind === 'loading') {
    return <p role="status">{t('app.loading', { ns: 'translation' })}</p>;
  }
  if (state.kind === 'failed') {
    return state.error instanceof ApiError && state.error.status === 404 ? <NotFound /> : <ApiFailure error={state.error} />;
  }
  const { referral, etag } = state.current;
  const actions = new Set(referral.allowedActions);
  const service =
    referral.kind === 'TRANSFER' ? t('transfer') : labels.label('serviceType', referral.serviceType, reference?.serviceTypes);

  const run = async (action: 'accept' | 'decline' | 'complete' | 'revoke', body: unknown) => {
    setBusy(true);
    setNotice(null);
    setFailure(null);
    try {
      const next = await act(referral.id, action, etag, body);
      setState({ kind: 'ready', current: next });
      setForm('none');
      setComment('');
      setCode('');
      setNotice('done');
      if (!next.referral.snapshotAvailable) {
        setSnapshot(null);
      }
    } catch (error) {
      if (isConflict(error)) {
        setNotice('conflict');
        setForm('none');
        load();
      } else {
        setFailure(error);
      }
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const note = comment.trim() === '' ? undefined : comment.trim();
    if (form === 'decline') {
      void run('decline', { reason: code, comment: note });
    } else if (form === 'complete') {
      void run('complete', { outcome: code, comment: note });
    } else if (form === 'revoke') {
      void run('revoke', { comment: note });
    }
  };

  const showSnapshot = () => {
    setFailure(null);
    openSnapshot(referral.id)
      .then(setSnapshot)
      .catch((error: unknown) => setFailure(error));
  };

  return (
    <section aria-labelledby="referral-title" data-testid="referral-detail">
      <h1 id="referral-title">{t('detail.title', { kind: t(`kind.${referral.kind}`), service })}</h1>
      {notice === 'conflict' && (
        <p className="warning" role="alert" data-testid="referral-conflict">
          {t('detail.conflict')}
        </p>
      )}
      {notice === 'done' && (
        <p className="success" role="status" data-testid="referral-saved">
          {t('detail.done')}
        </p>
      )}
      {failure !== null && <ApiFailure error={failure} />}
      <dl className="referral-facts">
        <dt>{t('detail.status')}</dt>
        <dd data-testid="referral-status">
          <span className="referral-status">{t(`status.${referral.status}`)}</span>
          {referral.overdue && (
            <span className="badge badge-danger" data-testid="referral-overdue">
              {t('overdue')}
            </span>
          )}
        </dd>
        <dt>{t('detail.case')}</dt>
        <dd data-testid="referral-case">
          {referral.caseNumber ?? <em>{t('list.withheld')}</em>}{' '}
          {referral.caseNumber && hasAnyRole(me, CASE_WORKER_ROLES) && (
            <Link to={`/cases/${referral.caseId}`}>{t('detail.openCase')}</Link>
          )}
        </dd>
        <dt>{t('detail.from')}</dt>
        <dd>{referral.fromAgency}</dd>
        <dt>{t('detail.to')}</dt>
        <dd>{referral.toAgency}</dd>
        <dt>{t('detail.referrer')}</dt>
        <dd>{referral.referrer}</dd>
        <dt>{t('detail.urgency')}</dt>
        <dd>{t(`urgency.${referral.urgency}`)}</dd>
        {referral.reason !== null && (
          <>
            <dt>{t('detail.reason')}</dt>
            <dd data-testid="referral-reason">{referral.reason}</dd>
          </>
        )}
        <dt>{t('detail.consent')}</dt>
        <dd data-testid="referral-consent">
          {t(`consentBasis.${referral.consent.basis}`)}
          {referral.consent.overrideJustification && (
            <div className="hint">
              {t('detail.overrideBy', {
                name: referral.consent.overriddenBy,
                at: formatDateTime(referral.consent.overriddenAt, language),
                justification: referral.consent.overrideJustification,
              })}
            </div>
          )}
        </dd>
        <dt>{t('detail.requestedAt')}</dt>
        <dd>{formatDateTime(referral.requestedAt, language)}</dd>
        {referral.status === 'REQUESTED' && (
          <>
            <dt>{t('detail.respondBy')}</dt>
            <dd>{formatDateTime(referral.respondBy, language)}</dd>
          </>
        )}
        {referral.acceptedAt && (
          <>
            <dt>{t('detail.acceptedAt')}</dt>
            <dd>
              {formatDateTime(referral.acceptedAt, language)} ({referral.acceptedBy})
            </dd>
          </>
        )}
        {referral.completeBy && referral.status === 'ACCEPTED' && (
          <>
            <dt>{t('detail.completeBy')}</dt>
            <dd>{formatDateTime(referral.completeBy, language)}</dd>
          </>
        )}
        {referral.declineReason && (
          <>
            <dt>{t('detail.declineReason')}</dt>
            <dd data-testid="referral-decline-reason">{t(`declineReason.${referral.declineReason}`)}</dd>
          </>
        )}
        {referral.outcome && (
          <>
            <dt>{t('detail.outcome')}</dt>
            <dd data-testid="referral-outcome">{t(`outcome.${referral.outcome}`)}</dd>
          </>
        )}
        {referral.closedAt && (
          <>
            <dt>{t('detail.closedAt')}</dt>
            <dd>
              {formatDateTime(referral.closedAt, language)} ({referral.closedBy ?? t('detail.system')})
            </dd>
          </>
        )}
        {referral.closingComment && (
          <>
            <dt>{t('detail.comment')}</dt>
            <dd>{referral.closingComment}</dd>
          </>
        )}
      </dl>

      <h2>{t('detail.snapshot')}</h2>
      {!referral.snapshotAvailable && <p data-testid="snapshot-gone">{t('detail.snapshotGone')}</p>}
      {referral.snapshotAvailable && snapshot === null && actions.has('VIEW_SNAPSHOT') && (
        <>
          <p className="hint">{t('detail.snapshotAudited')}</p>
          <button type="button" data-testid="open-snapshot" onClick={showSnapshot}>
            {t('action.VIEW_SNAPSHOT')}
          </button>
        </>
      )}
      {snapshot !== null && (
        <div className="referral-snapshot" data-testid="snapshot">
          <p className="hint">
            {t('detail.snapshotOpenedAt', {
              at: formatDateTime(snapshot.openedAt, language),
              sharedAt: formatDateTime(snapshot.sharedAt, language),
            })}
          </p>
          <SnapshotValue value={snapshot.snapshot} />
        </div>
      )}

      {actions.size > 0 && [...actions].some((action) => action !== 'VIEW_SNAPSHOT') && (
        <>
          <h2>{t('detail.actions')}</h2>
          <div className="actions">
            {actions.has('ACCEPT') && (
              <button type="button" data-testid="action-accept" disabled={busy} onClick={() => void run('accept', {})}>
                {t('action.ACCEPT')}
              </button>
            )}
            {actions.has('DECLINE') && (
              <button type="button" data-testid="action-decline" disabled={busy} onClick={() => setForm('decline')}>
                {t('action.DECLINE')}
              </button>
            )}
            {actions.has('COMPLETE') && (
              <button type="button" data-testid="action-complete" disabled={busy} onClick={() => setForm('complete')}>
                {t('action.COMPLETE')}
              </button>
            )}
            {actions.has('REVOKE') && (
              <button type="button" data-testid="action-revoke" disabled={busy} onClick={() => setForm('revoke')}>
                {t('action.REVOKE')}
              </button>
            )}
          </div>
        </>
      )}
      {form !== 'none' && (
        <form className="referral-action form" data-testid={`form-${form}`} onSubmit={submit}>
          {form === 'revoke' && <p>{t('detail.revokeConfirm')}</p>}
          {form === 'decline' && (
            <label className="field">
              {t('detail.declineReasonLabel')}
              <select required data-testid="decline-reason" value={code} onChange={(e) => setCode(e.target.value)}>
                <option value="" />
                {(codes?.declineReasons ?? Object.keys(t('declineReason', { returnObjects: true }) as object)).map(
                  (reason) => (
                    <option key={reason} value={reason}>
                      {t(`declineReason.${reason}`)}
                    </option>
                  ),
                )}
              </select>
            </label>
          )}
          {form === 'complete' && (
            <label className="field">
              {t('detail.outcomeLabel')}
              <select required data-testid="complete-outcome" value={code} onChange={(e) => setCode(e.target.value)}>
                <option value="" />
                {(codes?.outcomes ?? Object.keys(t('outcome', { returnObjects: true }) as object)).map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {t(`outcome.${outcome}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="field">
            {t('detail.commentLabel')}
            <textarea data-testid="action-comment" maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
          </label>
          <div className="actions">
            <button type="submit" data-testid="action-confirm" disabled={busy}>
              {t('detail.confirm')}
            </button>
            <button type="button" onClick={() => setForm('none')}>
              {t('detail.cancel')}
            </button>
          </div>
        </form>
      )}

      <h2>{t('detail.history')}</h2>
      <ol className="referral-history" data-testid="referral-history">
        {referral.history.map((entry, index) => (
          <li key={index}>
            {formatDateTime(entry.at, language)} —{' '}
            {entry.overdue ? t('detail.becameOverdue', { status: t(`status.${entry.status}`) }) : t(`status.${entry.status}`)} (
            {entry.by ?? t('detail.system')})
          </li>
        ))}
      </ol>
    </section>
  );
}
