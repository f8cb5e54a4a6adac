import type { Me } from '../api/types';

export const CASE_WORKER_ROLES = ['social-worker', 'supervisor'] as const;
export const STATISTICS_ROLES = ['ministry-analyst'] as const;

export const KNOWN_ROLES = [
  'social-worker',
  'supervisor',
  'referral-officer',
  'ministry-analyst',
  'district-importer',
  'admin',
] as const;

export function hasAnyRole(me: Me, roles: readonly string[]): boolean {
  return me.roles.some((role) => roles.includes(role));
}

/** The first screen a user should land on, or undefined when this version has none for their roles. */
export function homePathFor(me: Me): string | undefined {
  if (hasAnyRole(me, CASE_WORKER_ROLES)) {
    return '/cases';
  }
  if (hasAnyRole(me, STATISTICS_ROLES)) {
    return '/statistics';
  }
  if (hasAnyRole(me, ['referral-officer'])) {
    return '/referrals/inbox';
  }
  if (hasAnyRole(me, ['district-importer'])) {
    return '/imports';
  }
  return undefined;
}
