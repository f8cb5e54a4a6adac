import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { actorName, STAGES, type Actor } from '../../api/caseTypes';
import { ApiError } from '../../api/http';
import { referenceOf, useLabels, useReferenceData } from '../../api/referenceData';
import { ApiFailure } from '../../shell/Notices';
import { useMe } from '../../session/MeContext';
import { isSupervisor } from '../../shell/caseRoles';
import { accessReasonFrom, accessReasonHeaders, type AccessReason } from '../accessReason';
import { ApprovalsSection } from './ApprovalsSection';
import { AssessmentSection } from './AssessmentSection';
import { AssignmentSection } from './AssignmentSection';
import { CasePlanSection } from './CasePlanSection';
import { CaseReferralsSection } from './CaseReferralsSection';
import { ClosureSection } from './ClosureSection';
import { ConsentsSection } from './ConsentsSection';
import { FollowUpsSection } from './FollowUpsSection';
import { NotesSection } from './NotesSection';
import { RegistrationSection } from './RegistrationSection';
import { RiskSection } from './RiskSection';
import { ServicesSection } from './ServicesSection';
import { TimelineSection } from './TimelineSection';
import { CaseWorkspaceContext, useCaseResource, type CaseWorkspace } from './workspace';

/** The page's sections in reading order, for the "on this page" links. */
const SECTIONS = [
  ['registration', 'casePage.registration.title'],
  ['risk', 'casePage.risk.title'],
  ['assessment', 'casePage.assessment.title'],
  ['case-plan', 'casePage.plan.title'],
  ['services', 'casePage.services.title'],
  ['follow-ups', 'casePage.followUps.title'],
  ['closure', 'casePage.closure.title'],
  ['approvals', 'casePage.approvals.title'],
  ['consents', 'casePage.consents.title'],
  ['notes', 'casePage.notes.title'],
  ['assignment', 'casePage.assignment.title'],
  ['timeline', 'casePage.timeline.title'],
] as const;

function StageProgress({ stage }: { stage: string | undefined }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const current = STAGES.findIndex((candidate) => candidate === stage);
  return (
    <ol className="stages" aria-label={t('casePage.stages')} data-testid="stage-progress">
      {STAGES.map((candidate, index) => (
        <li
          key={candidate}
          className={index < current ? 'stage-done' : index === current ? 'stage-current' : 'stage-next'}
          aria-current={index === current ? 'step' : undefined}
        >
          {labels.label('stage', candidate)}
        </li>
      ))}
    </ol>
  );
}

/** Tells a supervisor on someone else's case that the read was recorded, and why, as the audit trail has it. */
function AccessReasonNotice({ reason }: { reason: AccessReason }) {
  const { t } = useTranslation();
  return (
    <p className="hint access-reason" data-testid="access-reason" data-reason={reason}>
      {t('casePage.accessReason.notice', { reason: t(`casePage.accessReason.${reason}`) })}
    </p>
  );
}

function worksOn(details: { owner?: Actor; assignedWorker?: Actor }, username: string): boolean {
  return actorName(details.owner) === username || actorName(details.assignedWorker) === username;
}

export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const labels = useLabels();
  const reference = referenceOf(useReferenceData());
  const accessReason = accessReasonFrom(useLocation().state);
  const readHeaders = useMemo(() => accessReasonHeaders(me, accessReason), [me, accessReason]);
  const { state, reload, write } = useCaseResource(id, readHeaders);

  const workspace = useMemo<CaseWorkspace | null>(
    () => (state.kind === 'ready' ? { details: state.current.details, me, reference, write, reload } : null),
    [state, me, reference, write, reload],
  );

  const details = workspace?.details;
  const title = details?.caseNumber ? t('casePage.titleWith', { caseNumber: details.caseNumber }) : t('casePage.title');

  return (
    <article aria-labelledby="case-title" className="case-page" data-testid="case-page">
      <p>
        <Link to="/cases">{t('casePage.back')}</Link>
      </p>
      <h1 id="case-title" data-testid="case-title">
        {title}
      </h1>
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' &&
        (state.error instanceof ApiError && state.error.status === 404 ? (
          <p className="error" role="alert" data-testid="case-not-found">
            {t('casePage.notFound')}
          </p>
        ) : (
          <ApiFailure error={state.error} />
        ))}
      {workspace && details && (
        <CaseWorkspaceContext.Provider value={workspace}>
          <div className="case-summary" data-testid="case-summary">
            <p className="child-name">{[details.givenName, details.familyName].filter(Boolean).join(' ')}</p>
            <dl className="details">
              <dt>{t('cases.stage')}</dt>
              <dd data-testid="case-stage">{labels.label('stage', details.stage)}</dd>
              <dt>{t('cases.risk')}</dt>
              <dd>
                <span className={`risk risk-${(details.riskLevel ?? '').toLowerCase()}`}>
                  {labels.label('risk', details.riskLevel, reference?.riskLevels)}
                </span>
              </dd>
              <dt>{t('cases.district')}</dt>
              <dd>{labels.district(details.location?.district ?? details.district, reference)}</dd>
              <dt>{t('casePage.assignment.assignedWorker')}</dt>
              <dd>{actorName(details.assignedWorker) || actorName(details.owner)}</dd>
            </dl>
            {isSupervisor(me) && !worksOn(details, me.username) && <AccessReasonNotice reason={accessReason} />}
            {state.kind === 'ready' && state.reloading && <p role="status">{t('app.loading')}</p>}
          </div>
          <StageProgress stage={details.stage} />
          <nav aria-label={t('casePage.onThisPage')} className="case-toc">
            <ul>
              {SECTIONS.map(([section, key]) => (
                <li key={section}>
                  <a href={`#case-${section}`}>{t(key)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <RegistrationSection />
          <RiskSection />
          <AssessmentSection />
          <CasePlanSection />
          <ServicesSection />
          <CaseReferralsSection />
          <FollowUpsSection />
          <ClosureSection />
          <ApprovalsSection />
          <ConsentsSection />
          <NotesSection />
          <AssignmentSection />
          <TimelineSection />
        </CaseWorkspaceContext.Provider>
      )}
    </article>
  );
}
