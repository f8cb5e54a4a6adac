import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { loadPendingApprovals, loadTasks } from '../api/cases';
import type { Me } from '../api/types';
import { CASE_WORKER_ROLES, hasAnyRole } from '../session/roles';
import { isOwnRequest } from '../approvals/DecisionForm';
import { isSupervisor } from './caseRoles';

/** The pages of case work; elsewhere (a forbidden or unknown page) the badges are not worth a request. */
const CASE_WORK_PATHS = ['/cases', '/tasks', '/approvals'];

export interface WorkCounts {
  tasks?: number;
  overdue?: number;
  pendingApprovals?: number;
  /** Counts again now: a decision or a case change on the same page can end a task or an approval. */
  refresh: () => void;
}

/**
 * The counts behind the navigation badges, refreshed on every page change and on `refresh()` so that a task done
 * or an approval decided disappears from the badge without a reload. A failed count hides its badge: it is a hint, not data.
 */
export function useWorkCounts(me: Me): WorkCounts {
  const { pathname } = useLocation();
  const [counts, setCounts] = useState<Omit<WorkCounts, 'refresh'>>({});
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((previous) => previous + 1), []);
  const worksCases = hasAnyRole(me, CASE_WORKER_ROLES);
  const supervises = isSupervisor(me);
  const onCaseWork = CASE_WORK_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));

  useEffect(() => {
    if (!worksCases || !onCaseWork) {
      return;
    }
    let current = true;
    loadTasks('mine')
      .then((list) => current && setCounts((previous) => ({ ...previous, tasks: list.total, overdue: list.overdueCount })))
      .catch(() => current && setCounts((previous) => ({ ...previous, tasks: undefined, overdue: undefined })));
    if (supervises) {
      loadPendingApprovals()
        .then((pending) => {
          // The badge says what waits for this supervisor: their own requests wait for someone else.
          const decidable = pending.filter((item) => item.mayDecide !== false && !isOwnRequest(item.requestedBy, me));
          if (current) {
            setCounts((previous) => ({ ...previous, pendingApprovals: decidable.length }));
          }
        })
        .catch(() => current && setCounts((previous) => ({ ...previous, pendingApprovals: undefined })));
    }
    return () => {
      current = false;
    };
  }, [pathname, generation, me, worksCases, supervises, onCaseWork]);

  return useMemo(() => ({ ...counts, refresh }), [counts, refresh]);
}

/** The shell's counts, for pages that repeat them in their own words (My cases shows the overdue tasks). */
export const WorkCountsContext = createContext<WorkCounts>({ refresh: () => undefined });

export function useSharedWorkCounts(): WorkCounts {
  return useContext(WorkCountsContext);
}
