import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseReferral } from '../../api/caseTypes';
import { useLabels } from '../../api/referenceData';
import { REFERRALS_NS } from '../../referrals/translations';
import { hasAnyRole } from '../../session/roles';
import { formatDateTime } from '../../shell/format';
import { CaseSection } from './CaseSection';
import { useCaseWorkspace } from './workspace';

const SECTION = 'referrals';
/** Who may start a referral; the referral service checks the same roles again. */
const REFERRER_ROLES = ['social-worker', 'supervisor'] as const;

/** Closed referrals read calm, open ones draw the eye: the badge colour follows what the worker must do next. */
const BADGE: Record<CaseReferral['status'], string> = {
  REQUESTED: 'badge badge-info',
  ACCEPTED: 'badge badge-info',
  COMPLETED: 'badge badge-success',
  DECLINED: 'badge badge-danger',
  REVOKED: 'badge',
  EXPIRED: 'badge badge-danger',
};

/** The service keeps the oldest request first; a worker looks for the latest news, so newest first here. */
function newestFirst(referrals: CaseReferral[]): CaseReferral[] {
  return [...referrals].sort((a, b) => (b.requestedAt ?? '').localeCompare(a.requestedAt ?? ''));
}

/** The accepted transfer that moved the case last, by the same rule case-service uses for `ownerAgency`. */
function lastTransfer(referrals: CaseReferral[]): CaseReferral | undefined {
  return referrals
    .filter((r) => r.kind === 'TRANSFER' && r.acceptedAt && (r.status === 'ACCEPTED' || r.status === 'COMPLETED'))
    .sort((a, b) => (b.acceptedAt ?? '').localeCompare(a.acceptedAt ?? ''))[0];
}

function ReferralItem({ referral }: { referral: CaseReferral }) {
  const { t } = useTranslation(REFERRALS_NS);
  const labels = useLabels();
  const { reference } = useCaseWorkspace();
  const when = (value: string | null | undefined) => formatDateTime(value, labels.language);
  const service =
    referral.kind === 'TRANSFER'
      ? t('transfer')
      : labels.label('serviceType', referral.serviceType, reference?.serviceTypes);
  const facts: [string, string][] = [
    [t('caseHistory.urgency'), referral.urgency ? t(`urgency.${referral.urgency}`) : ''],
    [t('caseHistory.requestedAt'), when(referral.requestedAt)],
    [t('caseHistory.respondBy'), referral.status === 'REQUESTED' ? when(referral.respondBy) : ''],
    [t('caseHistory.acceptedAt'), when(referral.acceptedAt)],
    [t('caseHistory.completeBy'), referral.status === 'ACCEPTED' ? when(referral.completeBy) : ''],
    [t('caseHistory.closedAt'), when(referral.closedAt)],
    [t('caseHistory.declineReason'), referral.declineReason ? t(`declineReason.${referral.declineReason}`) : ''],
    [t('caseHistory.outcome'), referral.outcome ? t(`outcome.${referral.outcome}`) : ''],
  ];
  return (
    <li data-testid="case-referral" data-referral-id={referral.referralId} className={referral.overdue ? 'referral-row-overdue' : undefined}>
      <h3>
        <Link to={`/referrals/${encodeURIComponent(referral.referralId)}`}>
          {t('caseHistory.kindAndService', { kind: t(`kind.${referral.kind}`), service })}
        </Link>{' '}
        <span className={BADGE[referral.status]} data-testid="referral-status">
          {t(`status.${referral.status}`)}
        </span>{' '}
        {referral.overdue && (
          <span className="badge badge-danger" data-testid="referral-overdue">
            {t('overdue')}
          </span>
        )}
      </h3>
      <p>{t('caseHistory.fromTo', { from: referral.fromAgency, to: referral.toAgency })}</p>
      <dl className="referral-facts">
        {facts
          .filter(([, value]) => value !== '')
          .map(([term, value]) => (
            <div key={term} className="referral-fact">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </li>
  );
}

/** The case's referrals and transfers as the referral service announced them on `referral.v1`. */
export function CaseReferralsSection() {
  const { t } = useTranslation(REFERRALS_NS);
  const labels = useLabels();
  const { details, me } = useCaseWorkspace();
  const referrals = details.referrals ?? [];
  const transfer = lastTransfer(referrals);
  const mayRefer = hasAnyRole(me, REFERRER_ROLES);
  const caseId = encodeURIComponent(details.id);
  return (
    <CaseSection id={SECTION} title={t('caseHistory.title')}>
      {transfer && (
        <p className="notice" role="note" data-testid="case-transferred">
          {t('caseHistory.transferredTo', {
            agency: transfer.toAgency,
            at: formatDateTime(transfer.acceptedAt, labels.language),
          })}
        </p>
      )}
      {referrals.length === 0 ? (
        <div data-testid="referrals-empty">
          <p>{t('caseHistory.none')}</p>
          <p className="hint">{t('caseHistory.noneHint')}</p>
        </div>
      ) : (
        <ol className="case-referrals" data-testid="case-referrals">
          {newestFirst(referrals).map((referral) => (
            <ReferralItem key={referral.referralId} referral={referral} />
          ))}
        </ol>
      )}
      {mayRefer && (
        <p className="actions">
          <Link to={`/referrals/new?caseId=${caseId}`} data-testid="refer-case">
            {t('caseHistory.refer')}
          </Link>{' '}
          <Link to={`/referrals/new?caseId=${caseId}&kind=transfer`} data-testid="transfer-case">
            {t('caseHistory.transfer')}
          </Link>
        </p>
      )}
    </CaseSection>
  );
}
