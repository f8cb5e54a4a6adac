import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { actorName, NEED_DOMAINS, NEED_LEVELS, type Need } from '../../api/caseTypes';
import { codesOf, useLabels } from '../../api/referenceData';
import { codeOf } from '../../api/types';
import { formatDateTime } from '../../shell/format';
import { CaseSection, FieldError, SectionFeedback, useSectionWrite } from './CaseSection';
import { RISK_LEVELS } from './RiskSection';
import { useCaseWorkspace } from './workspace';

const SECTION = 'assessment';
const ASSESSABLE_STAGES = ['REGISTRATION', 'ASSESSMENT'];

interface AssessmentForm {
  needs: Record<string, { level: string; notes: string }>;
  riskLevel: string;
  riskReason: string;
}

export function AssessmentSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { details, reference } = useCaseWorkspace();
  const { run, feedback, setFeedback } = useSectionWrite(SECTION);
  const [noNeedRated, setNoNeedRated] = useState(false);
  const domains = codesOf(reference?.needDomains, NEED_DOMAINS).map(codeOf);
  const assessment = details.assessment;
  const canAssess = details.stage === undefined || ASSESSABLE_STAGES.includes(details.stage);
  const dueAt = details.assessmentDueAt;
  const overdue = !assessment && canAssess && dueAt ? new Date(dueAt).getTime() < Date.now() : false;

  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<AssessmentForm>({
    defaultValues: {
      needs: Object.fromEntries(domains.map((domain) => [domain, { level: '', notes: '' }])),
      riskLevel: details.riskLevel ?? '',
      riskReason: '',
    },
  });

  const save = async (form: AssessmentForm) => {
    const needs: Need[] = domains
      .filter((domain) => form.needs[domain]?.level)
      .map((domain) => ({
        domain,
        level: form.needs[domain].level,
        ...(form.needs[domain].notes.trim() ? { notes: form.needs[domain].notes.trim() } : {}),
      }));
    if (needs.length === 0) {
      setNoNeedRated(true);
      document.getElementById(`assessment-need-${domains[0]}-level`)?.focus();
      return;
    }
    setNoNeedRated(false);
    await run(
      'POST',
      '/assessment',
      { needs, riskLevel: form.riskLevel, ...(form.riskReason.trim() ? { riskReason: form.riskReason.trim() } : {}) },
      t('casePage.assessment.saved'),
    );
  };

  return (
    <CaseSection id={SECTION} title={t('casePage.assessment.title')}>
      {dueAt && !assessment && (
        <p className={overdue ? 'error' : undefined} data-testid="assessment-due">
          {t(overdue ? 'casePage.assessment.overdue' : 'casePage.assessment.due', {
            date: formatDateTime(dueAt, labels.language),
          })}
        </p>
      )}
      {assessment ? (
        <>
          <table data-testid="assessment-needs">
            <caption>
              {t('casePage.assessment.completed', {
                date: formatDateTime(assessment.completedAt, labels.language),
                by: actorName(assessment.completedBy),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('casePage.assessment.domain')}</th>
                <th scope="col">{t('casePage.assessment.level')}</th>
                <th scope="col">{t('casePage.assessment.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {assessment.needs.map((need) => (
                <tr key={need.domain}>
                  <th scope="row">{labels.label('needDomain', need.domain, reference?.needDomains)}</th>
                  <td>{labels.label('needLevel', need.level)}</td>
                  <td>{need.notes ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {t('casePage.assessment.riskAfter', { risk: labels.label('risk', assessment.riskLevel, reference?.riskLevels) })}
            {assessment.riskReason ? ` — ${assessment.riskReason}` : ''}
          </p>
        </>
      ) : (
        !canAssess && <p>{t('casePage.assessment.none')}</p>
      )}
      {canAssess && (
        <form className="form" noValidate onSubmit={handleSubmit(save)} data-testid="assessment-form">
          <p id="assessment-needs-hint" className="hint">
            {t('casePage.assessment.hint')}
          </p>
          {domains.map((domain) => (
            <fieldset key={domain} className="field need" aria-describedby="assessment-needs-hint">
              <legend>{labels.label('needDomain', domain, reference?.needDomains)}</legend>
              <label htmlFor={`assessment-need-${domain}-level`}>{t('casePage.assessment.level')}</label>
              <select
                id={`assessment-need-${domain}-level`}
                aria-invalid={noNeedRated ? true : undefined}
                aria-describedby="assessment-needs-error"
                {...register(`needs.${domain}.level`)}
              >
                <option value="">{t('casePage.assessment.notRated')}</option>
                {NEED_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {labels.label('needLevel', level)}
                  </option>
                ))}
              </select>
              <label htmlFor={`assessment-need-${domain}-notes`}>{t('casePage.assessment.notes')}</label>
              <textarea id={`assessment-need-${domain}-notes`} rows={2} {...register(`needs.${domain}.notes`)} />
            </fieldset>
          ))}
          <p id="assessment-needs-error" className="field-error" role={noNeedRated ? 'alert' : undefined}>
            {noNeedRated ? t('casePage.assessment.rateOne') : ''}
          </p>
          <div className="field">
            <label htmlFor="assessment-riskLevel">{t('casePage.assessment.riskLevel')} *</label>
            <select
              id="assessment-riskLevel"
              aria-invalid={errors.riskLevel ? true : undefined}
              aria-describedby="assessment-riskLevel-error"
              {...register('riskLevel', { required: t('register.validation.riskLevelRequired') })}
            >
              <option value="">{t('register.choose')}</option>
              {codesOf(reference?.riskLevels, RISK_LEVELS).map((entry) => (
                <option key={codeOf(entry)} value={codeOf(entry)}>
                  {labels.label('risk', codeOf(entry), reference?.riskLevels)}
                </option>
              ))}
            </select>
            <FieldError id="assessment-riskLevel-error" message={errors.riskLevel?.message} />
          </div>
          <div className="field">
            <label htmlFor="assessment-riskReason">{t('casePage.risk.reason')}</label>
            <textarea id="assessment-riskReason" rows={2} {...register('riskReason')} />
          </div>
          <div className="actions">
            <button type="submit" data-testid="submit-assessment" disabled={isSubmitting}>
              {t('casePage.assessment.submit')}
            </button>
          </div>
        </form>
      )}
      <SectionFeedback sectionId={SECTION} feedback={feedback} onReloaded={setFeedback} />
    </CaseSection>
  );
}
