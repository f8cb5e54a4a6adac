import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { actorName, CLOSURE_CHECKS, type ClosureCheck } from '../../api/caseTypes';
import { useLabels } from '../../api/referenceData';
import { codeOf } from '../../api/types';
import { isSupervisor } from '../../shell/caseRoles';
import { formatDateTime } from '../../shell/format';
import { CaseSection, FieldError, SectionFeedback, useSectionWrite } from './CaseSection';
import { useCaseWorkspace, type WriteMethod } from './workspace';

const SECTION = 'closure';

interface ClosureForm {
  reason: string;
  checklist: Record<ClosureCheck, boolean>;
  comment: string;
}

interface ReopenForm {
  reason: string;
}

type Run = (method: WriteMethod, suffix: string, body: unknown, savedMessage: string) => Promise<boolean>;

/** A closed case can be opened again by a supervisor, with a reason; it goes back to assessment. */
function ReopenForm({ run }: { run: Run }) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ReopenForm>({ defaultValues: { reason: '' } });

  const reopen = async (form: ReopenForm) => {
    await run('POST', '/reopen', { reason: form.reason.trim() }, t('casePage.reopen.saved'));
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit(reopen)} data-testid="reopen-form">
      <h3>{t('casePage.reopen.title')}</h3>
      <div className="field">
        <label htmlFor="reopen-reason">{t('casePage.reopen.reason')} *</label>
        <textarea
          id="reopen-reason"
          rows={2}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby="reopen-reason-error"
          {...register('reason', {
            validate: (value) => value.trim().length > 0 || t('casePage.reopen.reasonRequired'),
          })}
        />
        <FieldError id="reopen-reason-error" message={errors.reason?.message} />
      </div>
      <div className="actions">
        <button type="submit" data-testid="reopen" disabled={isSubmitting}>
          {t('casePage.reopen.submit')}
        </button>
      </div>
    </form>
  );
}

const emptyChecklist = (): Record<ClosureCheck, boolean> =>
  Object.fromEntries(CLOSURE_CHECKS.map((check) => [check, false])) as Record<ClosureCheck, boolean>;

/**
 * A closure is a request: the supervisor approves it. The checklist is what the supervisor reads before deciding,
 * so every unticked item is sent as it is (false), never left out.
 */
export function ClosureSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { details, reference, me } = useCaseWorkspace();
  const { run, feedback, setFeedback } = useSectionWrite(SECTION);
  const closure = details.closure;
  const canReopen = details.stage === 'CLOSED' && isSupervisor(me);
  const stage = details.stage;
  const canRequest = stage !== undefined && stage !== 'CLOSURE_REQUESTED' && stage !== 'CLOSED';
  const reasons = reference?.closureReasons ?? [];
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ClosureForm>({ defaultValues: { reason: '', checklist: emptyChecklist(), comment: '' } });

  const request = async (form: ClosureForm) => {
    await run(
      'POST',
      '/closure-request',
      {
        reason: form.reason.trim(),
        checklist: Object.fromEntries(CLOSURE_CHECKS.map((check) => [check, Boolean(form.checklist[check])])),
        ...(form.comment.trim() ? { comment: form.comment.trim() } : {}),
      },
      t('casePage.closure.saved'),
    );
  };

  return (
    <CaseSection id={SECTION} title={t('casePage.closure.title')}>
      {closure && (stage === 'CLOSURE_REQUESTED' || stage === 'CLOSED') && (
        <div data-testid="closure-details">
          <p>
            {t(stage === 'CLOSED' ? 'casePage.closure.closed' : 'casePage.closure.requested', {
              reason: labels.label('closureReason', closure.reason, reasons),
            })}
          </p>
          <ul className="checklist">
            {CLOSURE_CHECKS.map((check) => (
              <li key={check}>
                {closure.checklist?.[check] ? '✓' : '✗'}{' '}
                <span className="visually-hidden">{closure.checklist?.[check] ? t('casePage.yes') : t('casePage.no')}: </span>
                {t(`casePage.closure.check.${check}`)}
              </li>
            ))}
          </ul>
          {closure.comment && <p>{closure.comment}</p>}
        </div>
      )}
      {canRequest && (
        <form className="form" noValidate onSubmit={handleSubmit(request)} data-testid="closure-form">
          <div className="field">
            <label htmlFor="closure-reason">{t('casePage.closure.reason')} *</label>
            {reasons.length > 0 ? (
              <select
                id="closure-reason"
                aria-invalid={errors.reason ? true : undefined}
                aria-describedby="closure-reason-error"
                {...register('reason', { required: t('casePage.closure.reasonRequired') })}
              >
                <option value="">{t('register.choose')}</option>
                {reasons.map((entry) => (
                  <option key={codeOf(entry)} value={codeOf(entry)}>
                    {labels.label('closureReason', codeOf(entry), reasons)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id="closure-reason"
                type="text"
                aria-invalid={errors.reason ? true : undefined}
                aria-describedby="closure-reason-error"
                {...register('reason', {
                  validate: (value) => value.trim().length > 0 || t('casePage.closure.reasonRequired'),
                })}
              />
            )}
            <FieldError id="closure-reason-error" message={errors.reason?.message} />
          </div>
          <fieldset className="field">
            <legend>{t('casePage.closure.checklist')}</legend>
            {CLOSURE_CHECKS.map((check) => (
              <div key={check} className="checkbox">
                <input id={`closure-check-${check}`} type="checkbox" {...register(`checklist.${check}`)} />
                <label htmlFor={`closure-check-${check}`}>{t(`casePage.closure.check.${check}`)}</label>
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="closure-comment">{t('casePage.closure.comment')}</label>
            <textarea
              id="closure-comment"
              rows={3}
              aria-invalid={errors.comment ? true : undefined}
              aria-describedby="closure-comment-error"
              {...register('comment', { maxLength: { value: 4000, message: t('register.validation.textTooLong', { max: 4000 }) } })}
            />
            <FieldError id="closure-comment-error" message={errors.comment?.message} />
          </div>
          <p className="hint">{t('casePage.closure.approvalNote')}</p>
          <div className="actions">
            <button type="submit" data-testid="request-closure" disabled={isSubmitting}>
              {t('casePage.closure.submit')}
            </button>
          </div>
        </form>
      )}
      {(details.reopenings ?? []).length > 0 && (
        <ul data-testid="reopenings">
          {(details.reopenings ?? []).map((reopening, index) => (
            <li key={`${reopening.at}-${index}`}>
              {t('casePage.reopen.history', {
                at: formatDateTime(reopening.at, labels.language),
                by: actorName(reopening.by),
                reason: reopening.reason,
              })}
            </li>
          ))}
        </ul>
      )}
      {canReopen && <ReopenForm run={run} />}
      <SectionFeedback sectionId={SECTION} feedback={feedback} onReloaded={setFeedback} />
    </CaseSection>
  );
}
