import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { actorName } from '../../api/caseTypes';
import { isSupervisor } from '../../shell/caseRoles';
import { CaseSection, FieldError, SectionFeedback, useSectionWrite } from './CaseSection';
import { useCaseWorkspace } from './workspace';

interface AssignmentForm {
  workerUsername: string;
  workerUserId: string;
}

/**
 * Owner and assigned worker are visible to everyone on the case; only a supervisor reassigns. The worker is typed
 * in (username and Keycloak user id) until a directory of workers exists.
 */
export function AssignmentSection() {
  const { t } = useTranslation();
  const { details, me } = useCaseWorkspace();
  const { run, feedback, setFeedback } = useSectionWrite('assignment');
  const canAssign = isSupervisor(me) && details.stage !== 'CLOSED';
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AssignmentForm>({ defaultValues: { workerUsername: '', workerUserId: '' } });

  const assign = async (form: AssignmentForm) => {
    const body = { workerUserId: form.workerUserId.trim(), workerUsername: form.workerUsername.trim() };
    if (await run('POST', '/assignment', body, t('casePage.assignment.saved', { worker: body.workerUsername }))) {
      reset({ workerUsername: '', workerUserId: '' });
    }
  };

  return (
    <CaseSection id="assignment" title={t('casePage.assignment.title')}>
      <dl className="details">
        <dt>{t('casePage.assignment.owner')}</dt>
        <dd data-testid="case-owner">{actorName(details.owner) || t('casePage.none')}</dd>
        <dt>{t('casePage.assignment.assignedWorker')}</dt>
        <dd data-testid="assigned-worker">{actorName(details.assignedWorker) || t('casePage.assignment.nobody')}</dd>
      </dl>
      {canAssign && (
        <form className="form inline-form" noValidate onSubmit={handleSubmit(assign)} data-testid="assignment-form">
          <div className="field">
            <label htmlFor="assignment-workerUsername">{t('casePage.assignment.username')} *</label>
            <input
              id="assignment-workerUsername"
              type="text"
              autoComplete="off"
              aria-invalid={errors.workerUsername ? true : undefined}
              aria-describedby="assignment-workerUsername-error"
              {...register('workerUsername', {
                validate: (value) => value.trim().length > 0 || t('casePage.assignment.usernameRequired'),
              })}
            />
            <FieldError id="assignment-workerUsername-error" message={errors.workerUsername?.message} />
          </div>
          <div className="field">
            <label htmlFor="assignment-workerUserId">{t('casePage.assignment.userId')} *</label>
            <input
              id="assignment-workerUserId"
              type="text"
              autoComplete="off"
              aria-invalid={errors.workerUserId ? true : undefined}
              aria-describedby="assignment-workerUserId-hint assignment-workerUserId-error"
              {...register('workerUserId', {
                validate: (value) => value.trim().length > 0 || t('casePage.assignment.userIdRequired'),
              })}
            />
            <p id="assignment-workerUserId-hint" className="hint">
              {t('casePage.assignment.userIdHint')}
            </p>
            <FieldError id="assignment-workerUserId-error" message={errors.workerUserId?.message} />
          </div>
          <div className="actions">
            <button type="submit" data-testid="assign" disabled={isSubmitting}>
              {t('casePage.assignment.submit')}
            </button>
          </div>
        </form>
      )}
      <SectionFeedback sectionId="assignment" feedback={feedback} onReloaded={setFeedback} />
    </CaseSection>
  );
}
