import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseDetails } from '../api/caseTypes';
import { api, ApiError, type FieldError } from '../api/http';
import { referenceOf, useLabels, useReferenceData } from '../api/referenceData';
import { isSupervisor } from '../shell/caseRoles';
import { ApiFailure } from '../shell/Notices';
import { useMe } from '../session/MeContext';
import {
  loadAgencies,
  loadReferralReferenceData,
  ReferralRequestError,
  requestReferral,
  URGENCIES,
  type Agency,
  type ReferralKind,
  type ReferralReferenceData,
  type Urgency,
} from './referralApi';
import { durationWords, REFERRALS_NS } from './translations';
import './referrals.css';

type Loaded = { caseDetails: CaseDetails; agencies: Agency[]; codes: ReferralReferenceData | null };
type State = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; loaded: Loaded };

const MIN_JUSTIFICATION = 20;

function urgencyFromRisk(risk: string | undefined): Urgency {
  return risk === 'HIGH' || risk === 'LOW' ? risk : 'MEDIUM';
}

/**
 * "Refer" (or, with `kind=transfer`, "Transfer") for one case, opened from the case page as
 * `/referrals/new?caseId=…`. Service and agency lists come from the directory, filtered by the case's district
 * and the chosen service; urgency starts from the case's risk. The service itself checks consent, scope and the
 * directory again: this form only helps to get it right first time.
 */
export function ReferForm() {
  const { t } = useTranslation(REFERRALS_NS);
  const labels = useLabels();
  const reference = referenceOf(useReferenceData());
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const caseId = params.get('caseId') ?? '';
  const kind: ReferralKind = params.get('kind') === 'transfer' ? 'TRANSFER' : 'REFERRAL';
  const supervisor = isSupervisor(me);

  const [state, setState] = useState<State>({ kind: 'loading' });
  const [serviceType, setServiceType] = useState('');
  const [toAgency, setToAgency] = useState('');
  const [urgency, setUrgency] = useState<Urgency>('MEDIUM');
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState(false);
  const [justification, setJustification] = useState('');
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<unknown>(null);

  useEffect(() => {
    if (!caseId) {
      return;
    }
    let current = true;
    setState({ kind: 'loading' });
    (async () => {
      const caseDetails = await api.get<CaseDetails>(`/api/cases/${encodeURIComponent(caseId)}`);
      const codes = await loadReferralReferenceData().catch(() => null);
      const agencies =
        kind === 'TRANSFER'
          ? await loadAgencies({ serviceType: codes?.transferServiceType ?? 'CASE_MANAGEMENT' })
          : await loadAgencies({ district: caseDetails.district });
      return { caseDetails, codes, agencies };
    })()
      .then((loaded) => {
        if (current) {
          setState({ kind: 'ready', loaded });
          setUrgency(urgencyFromRisk(loaded.caseDetails.riskLevel));
        }
      })
      .catch((error: unknown) => current && setState({ kind: 'failed', error }));
    return () => {
      current = false;
    };
  }, [caseId, kind]);

  const loaded = state.kind === 'ready' ? state.loaded : null;
  const services = useMemo(
    () => [...new Set((loaded?.agencies ?? []).flatMap((agency) => agency.services))].sort(),
    [loaded],
  );
  const candidates = useMemo(() => {
    const all = loaded?.agencies ?? [];
    if (kind === 'TRANSFER') {
      return all.filter((agency) => agency.code !== loaded?.caseDetails.ownerAgency);
    }
    return serviceType ? all.filter((agency) => agency.services.includes(serviceType)) : [];
  }, [loaded, kind, serviceType]);

  if (!caseId) {
    return (
      <section>
        <p data-testid="refer-no-case">{t('form.noCase')}</p>
      </section>
    );
  }
  if (state.kind === 'loading') {
    return <p role="status">{t('app.loading', { ns: 'translation' })}</p>;
  }
  if (state.kind === 'failed') {
    return <ApiFailure error={state.error} />;
  }
  const { caseDetails, codes } = state.loaded;
  const deadline = codes?.urgencies.find((entry) => entry.code === urgency)?.responseDeadline;

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    if (kind === 'REFERRAL' && !serviceType) {
      found.serviceType = t('form.required');
    }
    if (!toAgency) {
      found.toAgency = t('form.required');
    }
    if (reason.trim() === '') {
      found.reason = t('form.required');
    }
    if (override && justification.trim().length < MIN_JUSTIFICATION) {
      found['consentOverride.justification'] = t('form.tooShort');
    }
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setRefusal(null);
    if (Object.keys(found).length > 0) {
      return;
    }
    setSending(true);
    try {
      const created = await requestReferral(kind, {
        caseId,
        serviceType: kind === 'REFERRAL' ? serviceType : undefined,
        toAgency,
        urgency,
        reason: reason.trim(),
        consentOverride: override ? { justification: justification.trim() } : undefined,
      });
      navigate(`/referrals/${created.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        setErrors(
          Object.fromEntries(error.fieldErrors.filter((f: FieldError) => f.field !== 'consent').map((f: FieldError) => [f.field, f.message])),
        );
      }
      setRefusal(error);
    } finally {
      setSending(false);
    }
  };

  const consentMissing = refusal instanceof ApiError && refusal.fieldErrors.some((f) => f.field === 'consent');

  return (
    <section aria-labelledby="refer-title">
      <h1 id="refer-title">
        {t(kind === 'TRANSFER' ? 'form.titleTransfer' : 'form.titleReferral', { caseNumber: caseDetails.caseNumber ?? '' })}
      </h1>
      <RefusalMessage refusal={refusal} consentMissing={consentMissing} supervisor={supervisor} />
      <form className="form referral-form" noValidate onSubmit={(event) => void submit(event)} data-testid="refer-form">
        {kind === 'REFERRAL' && (
          <label className="field">
            {t('form.serviceType')}
            <select
              data-testid="refer-service"
              value={serviceType}
              aria-invalid={errors.serviceType ? true : undefined}
              onChange={(e) => {
                setServiceType(e.target.value);
                setToAgency('');
              }}
            >
              <option value="">{t('form.chooseService')}</option>
              {services.map((code) => (
                <option key={code} value={code}>
                  {labels.label('serviceType', code, reference?.serviceTypes)}
                </option>
              ))}
            </select>
            {errors.serviceType && <span className="field-error">{errors.serviceType}</span>}
          </label>
        )}
        <label className="field">
          {t('form.agency')}
          <select
            data-testid="refer-agency"
            value={toAgency}
            disabled={kind === 'REFERRAL' && !serviceType}
            aria-invalid={errors.toAgency ? true : undefined}
            onChange={(e) => setToAgency(e.target.value)}
          >
            <option value="">{t('form.chooseAgency')}</option>
            {candidates.map((agency) => (
              <option key={agency.code} value={agency.code}>
                {agency.name}
              </option>
            ))}
          </select>
          <span className="hint">
            {kind === 'TRANSFER'
              ? t('form.transferHint')
              : t('form.agencyHint', { district: labels.district(caseDetails.district, reference) })}
          </span>
          {kind === 'REFERRAL' && serviceType && candidates.length === 0 && (
            <span className="field-error">{t('form.noAgency')}</span>
          )}
          {errors.toAgency && <span className="field-error">{errors.toAgency}</span>}
        </label>
        <label className="field">
          {t('form.urgency')}
          <select data-testid="refer-urgency" value={urgency} onChange={(e) => setUrgency(e.target.value as Urgency)}>
            {URGENCIES.map((code) => (
              <option key={code} value={code}>
                {t(`urgency.${code}`)}
              </option>
            ))}
          </select>
          {deadline && (
            <span className="hint" data-testid="refer-deadline">
              {t('form.urgencyHint', { deadline: durationWords(deadline, t) })}
            </span>
          )}
        </label>
        <label className="field">
          {t('form.reason')}
          <textarea
            data-testid="refer-reason"
            maxLength={2000}
            value={reason}
            aria-invalid={errors.reason ? true : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          <span className="hint">{t('form.reasonHint')}</span>
          {errors.reason && <span className="field-error">{errors.reason}</span>}
        </label>
        {supervisor && (
          <fieldset>
            <label>
              <input
                type="checkbox"
                data-testid="refer-override"
                checked={override}
                onChange={(e) => setOverride(e.target.checked)}
              />{' '}
              {t('form.override')}
            </label>
            {override && (
              <label className="field">
                {t('form.justification')}
                <textarea
                  data-testid="refer-justification"
                  maxLength={2000}
                  value={justification}
                  aria-invalid={errors['consentOverride.justification'] ? true : undefined}
                  onChange={(e) => setJustification(e.target.value)}
                />
                {errors['consentOverride.justification'] && (
                  <span className="field-error">{errors['consentOverride.justification']}</span>
                )}
              </label>
            )}
          </fieldset>
        )}
        <div className="actions">
          <button type="submit" data-testid="refer-submit" disabled={sending}>
            {sending ? t('form.sending') : t(kind === 'TRANSFER' ? 'form.submitTransfer' : 'form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Why the service said no, in words the worker can act on. */
function RefusalMessage({
  refusal,
  consentMissing,
  supervisor,
}: {
  refusal: unknown;
  consentMissing: boolean;
  supervisor: boolean;
}) {
  const { t } = useTranslation(REFERRALS_NS);
  if (refusal === null) {
    return null;
  }
  let message: string;
  if (consentMissing) {
    message = t(supervisor ? 'form.consentMissingSupervisor' : 'form.consentMissing');
  } else if (refusal instanceof ReferralRequestError && refusal.status === 503) {
    message = t('form.unavailable', { seconds: refusal.retryAfterSeconds ?? 10 });
  } else if (refusal instanceof ApiError && refusal.status === 404) {
    message = t('form.caseNotFound');
  } else if (refusal instanceof ApiError && refusal.status === 409) {
    message = t('form.duplicate');
  } else if (refusal instanceof ApiError && (refusal.status === 422 || refusal.status === 400)) {
    message = t('form.invalid');
  } else {
    return <ApiFailure error={refusal} />;
  }
  return (
    <p className="error" role="alert" data-testid="refer-refusal">
      {message}
    </p>
  );
}
