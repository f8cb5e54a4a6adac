import { useState } from 'react';
import { useFieldArray, useForm, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CasePlan } from '../../api/caseTypes';
import { useLabels } from '../../api/referenceData';
import { addMonths, formatDate, isoDate } from '../../shell/format';
import { CaseSection, FieldError, SectionFeedback, useSectionWrite } from './CaseSection';
import { useCaseWorkspace } from './workspace';

const SECTION = 'case-plan';
const PLANNING_STAGES = ['CASE_PLAN', 'SERVICES', 'FOLLOW_UP'];
/** The default: a plan is reviewed at most three months after it is made. */
export const REVIEW_MONTHS = 3;

interface ActionForm {
  id?: string;
  description: string;
  responsible: string;
  dueDate: string;
  done: boolean;
}

interface GoalForm {
  id?: string;
  description: string;
  actions: ActionForm[];
}

interface PlanForm {
  goals: GoalForm[];
  reviewDate: string;
}

const tomorrow = () => isoDate(new Date(Date.now() + 24 * 60 * 60 * 1000));
const latestReview = () => isoDate(addMonths(new Date(), REVIEW_MONTHS));

const emptyAction = (): ActionForm => ({ description: '', responsible: '', dueDate: '', done: false });
const emptyGoal = (): GoalForm => ({ description: '', actions: [emptyAction()] });

function formFrom(plan: CasePlan | null | undefined): PlanForm {
  if (!plan || plan.goals.length === 0) {
    return { goals: [emptyGoal()], reviewDate: isoDate(addMonths(new Date(), REVIEW_MONTHS)) };
  }
  return {
    goals: plan.goals.map((goal) => ({
      id: goal.id,
      description: goal.description,
      actions: goal.actions.map((action) => ({ ...action, dueDate: action.dueDate ?? '' })),
    })),
    reviewDate: plan.reviewDate,
  };
}

/** Ids of existing goals and actions go back so the service keeps them; new ones have none yet. */
function toRequest(form: PlanForm) {
  return {
    goals: form.goals.map((goal) => ({
      ...(goal.id ? { id: goal.id } : {}),
      description: goal.description.trim(),
      actions: goal.actions.map((action) => ({
        ...(action.id ? { id: action.id } : {}),
        description: action.description.trim(),
        responsible: action.responsible.trim(),
        dueDate: action.dueDate,
        done: action.done,
      })),
    })),
    reviewDate: form.reviewDate,
  };
}

function GoalFields({
  index,
  control,
  register,
  errors,
  onRemove,
  removable,
}: {
  index: number;
  control: Control<PlanForm>;
  register: UseFormRegister<PlanForm>;
  errors: FieldErrors<PlanForm>;
  onRemove: () => void;
  removable: boolean;
}) {
  const { t } = useTranslation();
  const actions = useFieldArray({ control, name: `goals.${index}.actions` });
  const goalErrors = errors.goals?.[index];
  const number = index + 1;
  const prefix = `plan-goal-${index}`;
  const required = (message: string) => (value: string) => value.trim().length > 0 || message;
  return (
    <fieldset className="goal" data-testid={`goal-${index}`}>
      <legend>{t('casePage.plan.goal', { number })}</legend>
      <div className="field">
        <label htmlFor={`${prefix}-description`}>{t('casePage.plan.goalDescription')} *</label>
        <textarea
          id={`${prefix}-description`}
          rows={2}
          aria-invalid={goalErrors?.description ? true : undefined}
          aria-describedby={`${prefix}-description-error`}
          {...register(`goals.${index}.description`, { validate: required(t('casePage.plan.goalRequired')) })}
        />
        <FieldError id={`${prefix}-description-error`} message={goalErrors?.description?.message} />
      </div>
      {actions.fields.map((field, actionIndex) => {
        const actionErrors = goalErrors?.actions?.[actionIndex];
        const actionPrefix = `${prefix}-action-${actionIndex}`;
        const actionNumber = actionIndex + 1;
        return (
          <fieldset key={field.id} className="plan-action" data-testid={`goal-${index}-action-${actionIndex}`}>
            <legend>{t('casePage.plan.action', { goal: number, number: actionNumber })}</legend>
            <div className="field">
              <label htmlFor={`${actionPrefix}-description`}>{t('casePage.plan.actionDescription')} *</label>
              <input
                id={`${actionPrefix}-description`}
                type="text"
                aria-invalid={actionErrors?.description ? true : undefined}
                aria-describedby={`${actionPrefix}-description-error`}
                {...register(`goals.${index}.actions.${actionIndex}.description`, {
                  validate: required(t('casePage.plan.actionRequired')),
                })}
              />
              <FieldError id={`${actionPrefix}-description-error`} message={actionErrors?.description?.message} />
            </div>
            <div className="field">
              <label htmlFor={`${actionPrefix}-responsible`}>{t('casePage.plan.responsible')} *</label>
              <input
                id={`${actionPrefix}-responsible`}
                type="text"
                aria-invalid={actionErrors?.responsible ? true : undefined}
                aria-describedby={`${actionPrefix}-responsible-error`}
                {...register(`goals.${index}.actions.${actionIndex}.responsible`, {
                  validate: required(t('casePage.plan.responsibleRequired')),
                })}
              />
              <FieldError id={`${actionPrefix}-responsible-error`} message={actionErrors?.responsible?.message} />
            </div>
            <div className="field">
              <label htmlFor={`${actionPrefix}-dueDate`}>{t('casePage.plan.dueDate')} *</label>
              <input
                id={`${actionPrefix}-dueDate`}
                type="date"
                aria-invalid={actionErrors?.dueDate ? true : undefined}
                aria-describedby={`${actionPrefix}-dueDate-error`}
                {...register(`goals.${index}.actions.${actionIndex}.dueDate`, {
                  validate: required(t('casePage.plan.dueDateRequired')),
                })}
              />
              <FieldError id={`${actionPrefix}-dueDate-error`} message={actionErrors?.dueDate?.message} />
            </div>
            <div className="checkbox">
              <input id={`${actionPrefix}-done`} type="checkbox" {...register(`goals.${index}.actions.${actionIndex}.done`)} />
              <label htmlFor={`${actionPrefix}-done`}>{t('casePage.plan.done')}</label>
            </div>
            {actions.fields.length > 1 && (
              <button type="button" onClick={() => actions.remove(actionIndex)}>
                {t('casePage.plan.removeAction', { goal: number, number: actionNumber })}
              </button>
            )}
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" data-testid={`add-action-${index}`} onClick={() => actions.append(emptyAction())}>
          {t('casePage.plan.addAction', { number })}
        </button>
        {removable && (
          <button type="button" onClick={onRemove}>
            {t('casePage.plan.removeGoal', { number })}
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** Ticking an action off is progress on the plan, not a new plan: it needs no new approval. */
function ActionDoneToggle({
  actionId,
  done,
  description,
  run,
}: {
  actionId: string;
  done: boolean;
  description: string;
  run: ReturnType<typeof useSectionWrite>['run'];
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const toggle = async () => {
    setSaving(true);
    await run(
      'PATCH',
      `/case-plan/actions/${encodeURIComponent(actionId)}`,
      { done: !done },
      t(done ? 'casePage.plan.markedOpen' : 'casePage.plan.markedDone', { action: description }),
    );
    setSaving(false);
  };
  return (
    <button type="button" data-testid="toggle-action" aria-pressed={done} disabled={saving} onClick={() => void toggle()}>
      {t('casePage.plan.done')}
      <span className="visually-hidden">: {description}</span>
    </button>
  );
}

export function CasePlanSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { details } = useCaseWorkspace();
  const { run, feedback, setFeedback } = useSectionWrite(SECTION);
  const plan = details.casePlan;
  const approvalStatus = plan?.approval?.status;
  const canPlan = details.stage !== undefined && PLANNING_STAGES.includes(details.stage) && approvalStatus !== 'PENDING';
  const [editing, setEditing] = useState(false);
  const formOpen = canPlan && (editing || !plan);

  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PlanForm>({ defaultValues: formFrom(plan) });
  const goals = useFieldArray({ control, name: 'goals' });

  const save = async (form: PlanForm) => {
    if (await run('PUT', '/case-plan', toRequest(form), t('casePage.plan.saved'))) {
      setEditing(false);
    }
  };

  return (
    <CaseSection id={SECTION} title={t('casePage.plan.title')}>
      {plan ? (
        <div data-testid="case-plan">
          <p>
            {t('casePage.plan.reviewDate', { date: formatDate(plan.reviewDate, labels.language) })}
            {approvalStatus && (
              <>
                {' — '}
                <span className={`status status-${approvalStatus.toLowerCase()}`} data-testid="case-plan-approval">
                  {labels.label('approvalStatus', approvalStatus)}
                </span>
              </>
            )}
          </p>
          {plan.goals.map((goal, index) => (
            <div key={goal.id ?? index} className="goal-view">
              <h3>{t('casePage.plan.goalHeading', { number: index + 1, description: goal.description })}</h3>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('casePage.plan.actionDescription')}</th>
                    <th scope="col">{t('casePage.plan.responsible')}</th>
                    <th scope="col">{t('casePage.plan.dueDate')}</th>
                    <th scope="col">{t('casePage.plan.done')}</th>
                  </tr>
                </thead>
                <tbody>
                  {goal.actions.map((action, actionIndex) => (
                    <tr key={action.id ?? actionIndex}>
                      <td>{action.description}</td>
                      <td>{action.responsible}</td>
                      <td>{formatDate(action.dueDate, labels.language)}</td>
                      <td>
                        {action.id && details.stage !== 'CLOSED' ? (
                          <ActionDoneToggle actionId={action.id} done={action.done} description={action.description} run={run} />
                        ) : action.done ? (
                          t('casePage.yes')
                        ) : (
                          t('casePage.no')
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </div>
      ) : (
        <p>{t('casePage.plan.none')}</p>
      )}
      {approvalStatus === 'PENDING' && <p data-testid="case-plan-pending">{t('casePage.plan.pending')}</p>}
      {canPlan && plan && !editing && (
        <button
          type="button"
          data-testid="edit-case-plan"
          onClick={() => {
            reset(formFrom(plan));
            setFeedback(null);
            setEditing(true);
          }}
        >
          {t('casePage.plan.edit')}
        </button>
      )}
      {formOpen && (
        <form className="form" noValidate onSubmit={handleSubmit(save)} data-testid="case-plan-form">
          {goals.fields.map((field, index) => (
            <GoalFields
              key={field.id}
              index={index}
              control={control}
              register={register}
              errors={errors}
              removable={goals.fields.length > 1}
              onRemove={() => goals.remove(index)}
            />
          ))}
          <button type="button" data-testid="add-goal" onClick={() => goals.append(emptyGoal())}>
            {t('casePage.plan.addGoal')}
          </button>
          <div className="field">
            <label htmlFor="plan-reviewDate">{t('casePage.plan.reviewDateLabel')} *</label>
            <input
              id="plan-reviewDate"
              type="date"
              min={tomorrow()}
              aria-invalid={errors.reviewDate ? true : undefined}
              max={latestReview()}
              aria-describedby="plan-reviewDate-hint plan-reviewDate-error"
              {...register('reviewDate', {
                required: t('casePage.plan.reviewDateRequired'),
                validate: (value) =>
                  (value >= tomorrow() && value <= latestReview()) || t('casePage.plan.reviewDateRange', { months: REVIEW_MONTHS }),
              })}
            />
            <p id="plan-reviewDate-hint" className="hint">
              {t('casePage.plan.reviewDateHint', { months: REVIEW_MONTHS })}
            </p>
            <FieldError id="plan-reviewDate-error" message={errors.reviewDate?.message} />
          </div>
          <p className="hint">{t('casePage.plan.approvalNote')}</p>
          <div className="actions">
            <button type="submit" data-testid="save-case-plan" disabled={isSubmitting}>
              {t('casePage.plan.submit')}
            </button>
            {editing && (
              <button type="button" onClick={() => setEditing(false)}>
                {t('register.cancel')}
              </button>
            )}
          </div>
        </form>
      )}
      <SectionFeedback sectionId={SECTION} feedback={feedback} onReloaded={setFeedback} />
    </CaseSection>
  );
}
