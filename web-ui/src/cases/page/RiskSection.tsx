import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { codesOf, useLabels } from '../../api/referenceData';
import { codeOf } from '../../api/types';
import { CaseSection, FieldError, SectionFeedback, useSectionWrite } from './CaseSection';
import { useCaseWorkspace } from './workspace';

const SECTION = 'risk';
export const RISK_LEVELS = ['HIGH', 'MEDIUM', 'LOW'] as const;

interface RiskForm {
  riskLevel: string;
  reason: string;
}

/** A change of risk is its own event with its own reason, apart from the assessment. */
export function RiskSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { details, reference } = useCaseWorkspace();
  const { run, feedback, setFeedback } = useSectionWrite(SECTION);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RiskForm>({ defaultValues: { riskLevel: details.riskLevel ?? '', reason: '' } });
  const closed = details.stage === 'CLOSED';

  const save = async (form: RiskForm) => {
    if (await run('POST', '/risk', { riskLevel: form.riskLevel, reason: form.reason.trim() }, t('casePage.risk.saved'))) {
      reset({ riskLevel: form.riskLevel, reason: '' });
    }
  };

  return (
    <CaseSection id={SECTION} title={t('casePage.risk.title')}>
      <p>
        {t('casePage.risk.current')}{' '}
        <strong className={`risk risk-${(details.riskLevel ?? '').toLowerCase()}`} data-testid="current-risk">
          {labels.label('risk', details.riskLevel, reference?.riskLevels)}
        </strong>
        {details.riskReason ? ` — ${details.riskReason}` : ''}
      </p>
      {!closed && (
        <form className="form inline-form" noValidate onSubmit={handleSubmit(save)} data-testid="risk-form">
          <div className="field">
            <label htmlFor="risk-riskLevel">{t('casePage.risk.newLevel')} *</label>
            <select
              id="risk-riskLevel"
              aria-invalid={errors.riskLevel ? true : undefined}
              aria-describedby="risk-riskLevel-error"
              {...register('riskLevel', { required: t('register.validation.riskLevelRequired') })}
            >
              <option value="">{t('register.choose')}</option>
              {codesOf(reference?.riskLevels, RISK_LEVELS).map((entry) => (
                <option key={codeOf(entry)} value={codeOf(entry)}>
                  {labels.label('risk', codeOf(entry), reference?.riskLevels)}
                </option>
              ))}
            </select>
            <FieldError id="risk-riskLevel-error" message={errors.riskLevel?.message} />
          </div>
          <div className="field">
            <label htmlFor="risk-reason">{t('casePage.risk.reason')} *</label>
            <textarea
              id="risk-reason"
              rows={2}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby="risk-reason-error"
              {...register('reason', {
                validate: (value) => value.trim().length > 0 || t('casePage.risk.reasonRequired'),
                maxLength: { value: 2000, message: t('register.validation.textTooLong', { max: 2000 }) },
              })}
            />
            <FieldError id="risk-reason-error" message={errors.reason?.message} />
          </div>
          <div className="actions">
            <button type="submit" data-testid="change-risk" disabled={isSubmitting}>
              {t('casePage.risk.submit')}
            </button>
          </div>
        </form>
      )}
      <SectionFeedback sectionId={SECTION} feedback={feedback} onReloaded={setFeedback} />
    </CaseSection>
  );
}
