import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { loadTasks } from '../api/cases';
import type { TaskList } from '../api/caseTypes';
import { useLabels } from '../api/referenceData';
import { isSupervisor } from '../shell/caseRoles';
import { formatDateTime } from '../shell/format';
import { ApiFailure } from '../shell/Notices';
import { openedFor } from '../cases/accessReason';
import { useMe } from '../session/MeContext';

type Scope = 'mine' | 'district';
type State = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; list: TaskList };

/** Overdue first, then the soonest due: what needs doing now is at the top. */
function ordered(list: TaskList): TaskList['tasks'] {
  return [...list.tasks].sort((a, b) => {
    if (Boolean(a.overdue) !== Boolean(b.overdue)) {
      return a.overdue ? -1 : 1;
    }
    return (a.dueAt ?? '').localeCompare(b.dueAt ?? '');
  });
}

/** Tasks come from due dates (assessment, plan review, follow-up) and waiting approvals; done means gone. */
export function Tasks() {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useMe();
  const supervises = isSupervisor(me);
  const [params, setParams] = useSearchParams();
  const scope: Scope = supervises && params.get('scope') === 'district' ? 'district' : 'mine';
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    loadTasks(scope)
      .then((list) => current && setState({ kind: 'ready', list }))
      .catch((error: unknown) => current && setState({ kind: 'failed', error }));
    return () => {
      current = false;
    };
  }, [scope]);

  return (
    <section aria-labelledby="tasks-title">
      <h1 id="tasks-title">{t(scope === 'district' ? 'tasks.districtTitle' : 'tasks.title')}</h1>
      {supervises && (
        <div className="scope-switch" role="group" aria-label={t('tasks.scope')}>
          <button type="button" aria-pressed={scope === 'mine'} data-testid="tasks-scope-mine" onClick={() => setParams({})}>
            {t('tasks.mine')}
          </button>
          <button
            type="button"
            aria-pressed={scope === 'district'}
            data-testid="tasks-scope-district"
            onClick={() => setParams({ scope: 'district' })}
          >
            {t('tasks.district')}
          </button>
        </div>
      )}
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' && <ApiFailure error={state.error} />}
      {state.kind === 'ready' && (
        <>
          <p role="status" data-testid="tasks-counts">
            {t('tasks.counts', { count: state.list.total })}{' '}
            {state.list.overdueCount > 0 && (
              <span className="badge badge-danger" data-testid="tasks-overdue-count">
                {t('tasks.overdueCount', { count: state.list.overdueCount })}
              </span>
            )}
          </p>
          {state.list.tasks.length === 0 ? (
            <div className="empty-state" data-testid="tasks-empty">
              <p>{t('tasks.empty')}</p>
            </div>
          ) : (
            <table data-testid="tasks-table">
              <caption>{t('tasks.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cases.caseNumber')}</th>
                  <th scope="col">{t('tasks.kind')}</th>
                  <th scope="col">{t('tasks.due')}</th>
                  <th scope="col">{t('tasks.state')}</th>
                </tr>
              </thead>
              <tbody>
                {ordered(state.list).map((task, index) => (
                  <tr key={`${task.caseId}-${task.kind}-${index}`} data-testid="task" data-overdue={Boolean(task.overdue)}>
                    <td>
                      <Link to={`/cases/${task.caseId}`} state={openedFor(task.kind === 'APPROVAL_WAITING' ? 'APPROVAL' : 'TASK')}>
                        {task.caseNumber ?? t('cases.openCase')}
                      </Link>
                    </td>
                    <td>{labels.label('taskKind', task.kind)}</td>
                    <td>{formatDateTime(task.dueAt, labels.language)}</td>
                    <td>
                      {task.overdue ? (
                        <span className="badge badge-danger">{t('tasks.overdue')}</span>
                      ) : (
                        t('tasks.onTime')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
