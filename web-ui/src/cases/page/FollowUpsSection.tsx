import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { actorName, FOLLOW_UP_KINDS } from '../../api/caseTypes';
import { useLabels } from '../../api/referenceData';
import { formatDate, today } from '../../shell/format';
import { CaseSection, FieldError, SectionFeedback, useSectionWrite } from './CaseSection';
import { SERVICE_STAGES } from './ServicesSection';
import { useCaseWorkspace } from './workspace';

const SECTION = 'follow-ups';

interface FollowUpForm {
  date: string;
  kind: string;
  outcome: string;
  nextDate: string;
}

const emptyForm = (): FollowUpForm => ({ date: today(), kind: 'VISIT', outcome: '', nextDate: '' });

export function FollowUpsSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { details } = useCaseWorkspace();
  const { run, feedback, setFeedback } = useSectionWrite(SECTION);
  const followUps = details.followUps ?? [];
  const editable = details.stage !== undefined && SERVICE_STAGES.includes(details.stage);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FollowUpForm>({ defaultValues: emptyForm() });

  const add = async (form: FollowUpForm) => {
    const body = {
      date: form.date,
      kind: form.kind,
      outcome: form.outcome.trim(),
      ...(form.nextDate ? { nextDate: form.nextDate } : {}),
    };
    if (await run('POST', '/follow-ups', body, t('casePage.followUps.saved'))) {
      reset(emptyForm());
    }
  };

  return (
    <CaseSection id={SECTION} title={t('casePage.followUps.title')}>
      {followUps.length === 0 ? (
        <p>{t('casePage.followUps.none')}</p>
      ) : (
        <table data-testid="follow-ups-table">
          <thead>
            <tr>
              <th scope="col">{t('casePage.followUps.date')}</th>
              <th scope="col">{t('casePage.followUps.kind')}</th>
              <th scope="col">{t('casePage.followUps.outcome')}</th>
              <th scope="col">{t('casePage.followUps.nextDate')}</th>
              <th scope="col">{t('casePage.by')}</th>
            </tr>
          </thead>
          <tbody>
            {followUps.map((followUp) => (
              <tr key={followUp.id}>
                <td>{formatDate(followUp.date, labels.language)}</td>
                <td>{labels.label('followUpKind', followUp.kind)}</td>
                <td>{followUp.outcome}</td>
                <td>{formatDate(followUp.nextDate, labels.language)}</td>
                <td>{actorName(followUp.by)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && (
        <form className="form" noValidate onSubmit={handleSubmit(add)} data-testid="follow-up-form">
          <h3>{t('casePage.followUps.add')}</h3>
          <div className="field">
            <label htmlFor="follow-up-date">{t('casePage.followUps.date')} *</label>
            <input
              id="follow-up-date"
              type="date"
              max={today()}
              aria-invalid={errors.date ? true : undefined}
              aria-describedby="follow-up-date-error"
              {...register('date', {
                required: t('casePage.followUps.dateRequired'),
                validate: (value) => value <= today() || t('casePage.followUps.dateFuture'),
              })}
            />
            <FieldError id="follow-up-date-error" message={errors.date?.message} />
          </div>
          <div className="field">
            <label htmlFor="follow-up-kind">{t('casePage.followUps.kind')}</label>
            <select id="follow-up-kind" {...register('kind')}>
              {FOLLOW_UP_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {labels.label('followUpKind', kind)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="follow-up-outcome">{t('casePage.followUps.outcome')} *</label>
            <textarea
              id="follow-up-outcome"
              rows={3}
              aria-invalid={errors.outcome ? true : undefined}
              aria-describedby="follow-up-outcome-error"
              {...register('outcome', {
                validate: (value) => value.trim().length > 0 || t('casePage.followUps.outcomeRequired'),
                maxLength: { value: 4000, message: t('register.validation.textTooLong', { max: 4000 }) },
              })}
            />
            <FieldError id="follow-up-outcome-error" message={errors.outcome?.message} />
          </div>
          <div className="field">
            <label htmlFor="follow-up-nextDate">{t('casePage.followUps.nextDate')}</label>
            <input
              id="follow-up-nextDate"
              type="date"
              min={today()}
              aria-invalid={errors.nextDate ? true : undefined}
              aria-describedby="follow-up-nextDate-error"
              {...register('nextDate', {
                validate: (value, form) => !value || value >= form.date || t('casePage.followUps.nextDateBefore'),
              })}
            />
            <FieldError id="follow-up-nextDate-error" message={errors.nextDate?.message} />
          </div>
          <div className="actions">
            <button type="submit" data-testid="add-follow-up" disabled={isSubmitting}>
              {t('casePage.followUps.submit')}
            </button>
          </div>
        </form>
      )}
      <SectionFeedback sectionId={SECTION} feedback={feedback} onReloaded={setFeedback} />
    </CaseSection>
  );
}
