import { useTranslation } from 'react-i18next';
import { actorName } from '../../api/caseTypes';
import { useLabels } from '../../api/referenceData';
import { DecisionForm, isOwnRequest, type Decision } from '../../approvals/DecisionForm';
import { isSupervisor } from '../../shell/caseRoles';
import { formatDateTime } from '../../shell/format';
import { CaseSection, SectionFeedback, useSectionWrite } from './CaseSection';
import { useCaseWorkspace } from './workspace';

const SECTION = 'approvals';

/** The case plan and the closure wait here for a supervisor; the history of decisions stays visible. */
export function ApprovalsSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { details, me } = useCaseWorkspace();
  const { run, feedback, setFeedback } = useSectionWrite(SECTION);
  const approvals = details.approvals ?? [];
  const supervises = isSupervisor(me);

  const decide = (approvalId: string, kind: string) => (decision: Decision, comment: string) =>
    run(
      'POST',
      `/approvals/${encodeURIComponent(approvalId)}/decision`,
      { decision, comment },
      t(decision === 'APPROVE' ? 'approvals.approved' : 'approvals.rejected', { kind: labels.label('approvalKind', kind) }),
    );

  return (
    <CaseSection id={SECTION} title={t('casePage.approvals.title')}>
      {approvals.length === 0 && <p>{t('casePage.approvals.none')}</p>}
      <ul className="approvals">
        {approvals.map((approval) => {
          const kind = labels.label('approvalKind', approval.kind);
          const pending = approval.status === 'PENDING';
          const own = isOwnRequest(approval.requestedBy, me);
          return (
            <li key={approval.id} data-testid="approval" data-approval-id={approval.id} data-status={approval.status}>
              <p>
                <strong>{kind}</strong> —{' '}
                <span className={`status status-${approval.status.toLowerCase()}`} data-testid="approval-status">
                  {labels.label('approvalStatus', approval.status)}
                </span>
              </p>
              <p>
                {t('casePage.approvals.requested', {
                  by: actorName(approval.requestedBy),
                  at: formatDateTime(approval.requestedAt, labels.language),
                })}
                {approval.decidedAt &&
                  ` ${t('casePage.approvals.decided', {
                    by: actorName(approval.decidedBy),
                    at: formatDateTime(approval.decidedAt, labels.language),
                  })}`}
              </p>
              {approval.comment && <blockquote>{approval.comment}</blockquote>}
              {pending && supervises && own && (
                <p className="hint" data-testid="own-request">
                  {t('approvals.ownRequest')}
                </p>
              )}
              {pending && !supervises && <p className="hint">{t('casePage.approvals.waiting')}</p>}
              {pending && supervises && !own && (
                <DecisionForm
                  idPrefix={`approval-${approval.id}`}
                  label={t('approvals.decisionOn', { kind })}
                  onDecide={decide(approval.id, approval.kind)}
                />
              )}
            </li>
          );
        })}
      </ul>
      <SectionFeedback sectionId={SECTION} feedback={feedback} onReloaded={setFeedback} />
    </CaseSection>
  );
}
