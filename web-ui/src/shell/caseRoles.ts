import type { Me } from '../api/types';
import { hasAnyRole } from '../session/roles';

/** Supervisors approve plans and closures, assign and reopen cases, and see their districts' tasks. */
export const SUPERVISOR_ROLES = ['supervisor'] as const;

export function isSupervisor(me: Me): boolean {
  return hasAnyRole(me, SUPERVISOR_ROLES);
}
