import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONSENT_GIVERS, CONSENT_PURPOSES, type Consent } from '../../api/caseTypes';
import { useLabels } from '../../api/referenceData';
import { formatDate, today } from '../../shell/format';
import { CaseSection, FieldError, SectionFeedback, useSectionWrite } from './CaseSection';
import { useCaseWorkspace } from './workspace';

const SECTION = 'consents';

interface ConsentForm {
  purpose: string;
  givenBy: string;
  givenOn: string;
}

function WithdrawConsent({ consent }: { consent: Consent }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { run, feedback, setFeedback } = useSectionWrite(SECTION);
  const [withdrawnOn, setWithdrawnOn] = useState(today());
  const [saving, setSaving] = useState(false);
  const purpose = labels.label('consentPurpose', consent.purpose);
  const id = `consent-${consent.id}-withdrawnOn`;

  const withdraw = async () => {
    setSaving(true);
    await run(
      'POST',
      `/consents/${encodeURIComponent(consent.id)}/withdrawal`,
      { withdrawnOn },
      t('casePage.consents.withdrawn', { purpose }),
    );
    setSaving(false);
  };

  return (
    <div className="inline-form">
      <label htmlFor={id}>{t('casePage.consents.withdrawnOn')}</label>
      <input
        id={id}
        type="date"
        min={consent.givenOn}
        max={today()}
        value={withdrawnOn}
        onChange={(event) => setWithdrawnOn(event.target.value)}
      />
      <button type="button" data-testid="withdraw-consent" disabled={saving || !withdrawnOn} onClick={() => void withdraw()}>
        {t('casePage.consents.withdraw', { purpose })}
      </button>
      <SectionFeedback sectionId={`${SECTION}-${consent.id}`} feedback={feedback} onReloaded={setFeedback} />
    </div>
  );
}

export function ConsentsSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { details } = useCaseWorkspace();
  const { run, feedback, setFeedback } = useSectionWrite(SECTION);
  const consents = details.consents ?? [];
  const closed = details.stage === 'CLOSED';
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ConsentForm>({ defaultValues: { purpose: '', givenBy: '', givenOn: today() } });

  const add = async (form: ConsentForm) => {
    if (await run('POST', '/consents', form, t('casePage.consents.saved'))) {
      reset({ purpose: '', givenBy: '', givenOn: today() });
    }
  };

  return (
    <CaseSection id={SECTION} title={t('casePage.consents.title')}>
      {consents.length === 0 ? (
        <p>{t('casePage.consents.none')}</p>
      ) : (
        <table data-testid="consents-table">
          <thead>
            <tr>
              <th scope="col">{t('casePage.consents.purpose')}</th>
              <th scope="col">{t('casePage.consents.givenBy')}</th>
              <th scope="col">{t('casePage.consents.givenOn')}</th>
              <th scope="col">{t('casePage.consents.state')}</th>
            </tr>
          </thead>
          <tbody>
            {consents.map((consent) => (
              <tr key={consent.id} data-testid="consent-row">
                <th scope="row">{labels.label('consentPurpose', consent.purpose)}</th>
                <td>{labels.label('consentGiver', consent.givenBy)}</td>
                <td>{formatDate(consent.givenOn, labels.language)}</td>
                <td>
                  {consent.withdrawnOn ? (
                    t('casePage.consents.withdrawnAt', { date: formatDate(consent.withdrawnOn, labels.language) })
                  ) : (
                    // Withdrawing is the child's right in every stage, closed cases included.
                    <WithdrawConsent consent={consent} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!closed && (
        <form className="form" noValidate onSubmit={handleSubmit(add)} data-testid="consent-form">
          <h3>{t('casePage.consents.add')}</h3>
          <div className="field">
            <label htmlFor="consent-purpose">{t('casePage.consents.purpose')} *</label>
            <select
              id="consent-purpose"
              aria-invalid={errors.purpose ? true : undefined}
              aria-describedby="consent-purpose-error"
              {...register('purpose', { required: t('casePage.consents.purposeRequired') })}
            >
              <option value="">{t('register.choose')}</option>
              {CONSENT_PURPOSES.map((purpose) => (
                <option key={purpose} value={purpose}>
                  {labels.label('consentPurpose', purpose)}
                </option>
              ))}
            </select>
            <FieldError id="consent-purpose-error" message={errors.purpose?.message} />
          </div>
          <fieldset className="field" aria-describedby="consent-givenBy-error">
            <legend>{t('casePage.consents.givenBy')} *</legend>
            {CONSENT_GIVERS.map((giver) => (
              <div key={giver} className="checkbox">
                <input
                  id={`consent-givenBy-${giver}`}
                  type="radio"
                  value={giver}
                  {...register('givenBy', { required: t('casePage.consents.givenByRequired') })}
                />
                <label htmlFor={`consent-givenBy-${giver}`}>{labels.label('consentGiver', giver)}</label>
              </div>
            ))}
            <FieldError id="consent-givenBy-error" message={errors.givenBy?.message} />
          </fieldset>
          <div className="field">
            <label htmlFor="consent-givenOn">{t('casePage.consents.givenOn')} *</label>
            <input
              id="consent-givenOn"
              type="date"
              max={today()}
              aria-invalid={errors.givenOn ? true : undefined}
              aria-describedby="consent-givenOn-error"
              {...register('givenOn', {
                required: t('casePage.consents.givenOnRequired'),
                validate: (value) => value <= today() || t('casePage.consents.givenOnFuture'),
              })}
            />
            <FieldError id="consent-givenOn-error" message={errors.givenOn?.message} />
          </div>
          <div className="actions">
            <button type="submit" data-testid="add-consent" disabled={isSubmitting}>
              {t('casePage.consents.submit')}
            </button>
          </div>
        </form>
      )}
      <SectionFeedback sectionId={SECTION} feedback={feedback} onReloaded={setFeedback} />
    </CaseSection>
  );
}
