import type { Me } from '../api/types';
import { isSupervisor } from '../shell/caseRoles';

/**
 * Why a supervisor opens a case. case-service audits the `X-Access-Reason` of a supervisor's read of a case
 * they neither registered nor work; the UI picks the reason from where the supervisor came from, so nobody has to
 * type a justification for routine supervision, and the trail still says why.
 */
export const ACCESS_REASONS = ['APPROVAL', 'TASK', 'SUPERVISION'] as const;
export type AccessReason = (typeof ACCESS_REASONS)[number];

export const ACCESS_REASON_HEADER = 'X-Access-Reason';

/**
 * What goes into the audit trail. Always English: an HTTP header carries Latin-1 only (a Khmer header would make
 * fetch throw), and one wording per reason keeps the trail comparable whatever language each supervisor reads.
 */
const AUDIT_TEXT: Record<AccessReason, string> = {
  APPROVAL: 'Deciding an approval request',
  TASK: 'Following up a task of the district',
  SUPERVISION: 'Supervising the casework of the district',
};

export function auditTextOf(reason: AccessReason): string {
  return AUDIT_TEXT[reason];
}

/** Router state that links put on a navigation to a case page, read back by {@link accessReasonFrom}. */
export interface CaseLinkState {
  accessReason: AccessReason;
}

export function openedFor(reason: AccessReason): CaseLinkState {
  return { accessReason: reason };
}

/** The reason carried by the navigation; a case opened from the list, a bookmark or a typed URL is supervision. */
export function accessReasonFrom(state: unknown): AccessReason {
  const reason = (state as Partial<CaseLinkState> | null | undefined)?.accessReason;
  return ACCESS_REASONS.find((candidate) => candidate === reason) ?? 'SUPERVISION';
}

/**
 * The header for a case read. Only supervisors send one: the service ignores it on their own cases, and other
 * roles never read outside their own cases.
 */
export function accessReasonHeaders(me: Me, reason: AccessReason): Record<string, string> {
  return isSupervisor(me) ? { [ACCESS_REASON_HEADER]: auditTextOf(reason) } : {};
}
