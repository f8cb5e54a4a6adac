import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { decideApproval, loadPendingApprovals } from '../api/cases';
import { actorName, type PendingApproval } from '../api/caseTypes';
import { ApiError, isConflict } from '../api/http';
import { useLabels } from '../api/referenceData';
import { formatDateTime } from '../shell/format';
import { ApiFailure } from '../shell/Notices';
import { useMe } from '../session/MeContext';
import { DecisionForm, isOwnRequest, type Decision } from './DecisionForm';
import { accessReasonHeaders, openedFor } from '../cases/accessReason';
import { useSharedWorkCounts } from '../shell/useWorkCounts';

type State = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; pending: PendingApproval[] };
type RowProblem = { kind: 'conflict' } | { kind: 'error'; message: string };

/** The supervisor's inbox: plans and closures waiting in their districts, decided here or on the case page. */
export function Approvals() {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useMe();
  const { refresh: refreshCounts } = useSharedWorkCounts();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  const [problems, setProblems] = useState<Record<string, RowProblem>>({});
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(() => {
    let current = true;
    loadPendingApprovals()
      .then((pending) => current && setState({ kind: 'ready', pending }))
      .catch((error: unknown) => current && setState({ kind: 'failed', error }));
    return () => {
      current = false;
    };
  }, []);

  useEffect(load, [load]);

  const decide = (item: PendingApproval) => async (decision: Decision, comment: string) => {
    setProblems(({ [item.approvalId]: _, ...others }) => others);
    try {
      await decideApproval(item.caseId, item.approvalId, decision, comment, accessReasonHeaders(me, 'APPROVAL'));
      refreshCounts();
      const kind = labels.label('approvalKind', item.kind);
      setAnnouncement(
        t(decision === 'APPROVE' ? 'approvals.approvedCase' : 'approvals.rejectedCase', {
          kind,
          caseNumber: item.caseNumber ?? '',
        }),
      );
      setState((previous) =>
        previous.kind === 'ready'
          ? { kind: 'ready', pending: previous.pending.filter((other) => other.approvalId !== item.approvalId) }
          : previous,
      );
      // The row and its buttons are gone: continue from the page heading, where the announcement is read.
      heading.current?.focus();
    } catch (error) {
      const problem: RowProblem = isConflict(error)
        ? { kind: 'conflict' }
        : {
            kind: 'error',
            message:
              error instanceof ApiError
                ? t('casePage.notSaved', { reason: error.problem.detail ?? error.problem.title ?? String(error.status) })
                : t('errors.serviceUnavailable'),
          };
      setProblems((previous) => ({ ...previous, [item.approvalId]: problem }));
    }
  };

  return (
    <section aria-labelledby="approvals-title">
      <h1 id="approvals-title" ref={heading} tabIndex={-1}>
        {t('approvals.title')}
      </h1>
      <p className="success" aria-live="polite" data-testid="approvals-announcement">
        {announcement}
      </p>
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' && <ApiFailure error={state.error} />}
      {state.kind === 'ready' && state.pending.length === 0 && (
        <div className="empty-state" data-testid="approvals-empty">
          <p>{t('approvals.empty')}</p>
        </div>
      )}
      {state.kind === 'ready' && state.pending.length > 0 && (
        <ul className="approval-inbox" data-testid="approvals-list">
          {state.pending.map((item) => {
            const kind = labels.label('approvalKind', item.kind);
            const own = isOwnRequest(item.requestedBy, me);
            // The service knows best who may decide; the name check covers an older service without the flag.
            const mayDecide = item.mayDecide !== false && !own;
            const problem = problems[item.approvalId];
            return (
              <li key={item.approvalId} data-testid="pending-approval" data-approval-id={item.approvalId}>
                <h2>
                  {kind}:{' '}
                  <Link to={`/cases/${item.caseId}`} state={openedFor('APPROVAL')} data-testid="approval-case-link">
                    {item.caseNumber ?? t('cases.openCase')}
                  </Link>
                </h2>
                <p>
                  {t('casePage.approvals.requested', {
                    by: actorName(item.requestedBy),
                    at: formatDateTime(item.requestedAt, labels.language),
                  })}
                </p>
                {!mayDecide ? (
                  <p className="hint" data-testid="own-request">
                    {t(own ? 'approvals.ownRequest' : 'approvals.cannotDecide')}
                  </p>
                ) : (
                  <DecisionForm
                    idPrefix={`inbox-${item.approvalId}`}
                    label={t('approvals.decisionOnCase', { kind, caseNumber: item.caseNumber ?? '' })}
                    onDecide={decide(item)}
                  />
                )}
                {problem?.kind === 'conflict' && (
                  <div className="error conflict" role="alert" data-testid="conflict">
                    <p>{t('casePage.conflict')}</p>
                    <button
                      type="button"
                      data-testid="reload-approvals"
                      onClick={() => {
                        setProblems({});
                        load();
                      }}
                    >
                      {t('casePage.reload')}
                    </button>
                  </div>
                )}
                {problem?.kind === 'error' && (
                  <p className="error" role="alert" data-testid="write-error">
                    {problem.message}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
