/** The referral-service API as the screens use it (see referral-service/README.md). */
import { ApiError, csrfToken, navigation, send, type Problem } from '../api/http';
import type { Page } from '../api/types';

export type ReferralKind = 'REFERRAL' | 'TRANSFER';
export type ReferralStatus = 'REQUESTED' | 'ACCEPTED' | 'COMPLETED' | 'DECLINED' | 'REVOKED' | 'EXPIRED';
export type Urgency = 'HIGH' | 'MEDIUM' | 'LOW';
export type ReferralAction = 'VIEW_SNAPSHOT' | 'ACCEPT' | 'DECLINE' | 'COMPLETE' | 'REVOKE';

export const STATUSES: ReferralStatus[] = ['REQUESTED', 'ACCEPTED', 'COMPLETED', 'DECLINED', 'REVOKED', 'EXPIRED'];
export const URGENCIES: Urgency[] = ['HIGH', 'MEDIUM', 'LOW'];

/** One inbox or outbox row; `caseNumber` is null when the receiving side may no longer see it. */
export interface ReferralSummary {
  id: string;
  kind: ReferralKind;
  caseId: string;
  caseNumber: string | null;
  district: string;
  fromAgency: string;
  toAgency: string;
  serviceType: string | null;
  urgency: Urgency;
  status: ReferralStatus;
  requestedAt: string;
  respondBy: string;
  dueAt: string | null;
  overdue: boolean;
  referrer: string;
  version: number;
}

export interface ReferralDetails extends ReferralSummary {
  reason: string | null;
  consent: {
    basis: 'RECORDED_CONSENT' | 'SUPERVISOR_OVERRIDE';
    overrideJustification: string | null;
    overriddenBy: string | null;
    overriddenAt: string | null;
  };
  acceptedAt: string | null;
  acceptedBy: string | null;
  completeBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  closingComment: string | null;
  declineReason: string | null;
  outcome: string | null;
  snapshotAvailable: boolean;
  snapshotErasedAt: string | null;
  history: { status: ReferralStatus; overdue: boolean; at: string; by: string | null }[];
  allowedActions: ReferralAction[];
}

export interface SharedSnapshot {
  referralId: string;
  caseId: string;
  caseNumber: string;
  serviceType: string | null;
  sharedAt: string;
  openedAt: string;
  snapshot: Record<string, unknown>;
}

export interface ReferralReferenceData {
  urgencies: { code: Urgency; responseDeadline: string; completionDeadline: string }[];
  declineReasons: string[];
  outcomes: string[];
  transferServiceType: string;
}

export interface Agency {
  code: string;
  name: string;
  type: string;
  districts: string[];
  services: string[];
}

export interface ListFilters {
  status?: string;
  urgency?: string;
  kind?: string;
  overdue?: boolean;
  page: number;
}

export const PAGE_SIZE = 20;

/** A referral as last read: the record and the ETag every command must send back as `If-Match`. */
export interface VersionedReferral {
  referral: ReferralDetails;
  etag: string;
}

function versioned(body: ReferralDetails, etag: string | null): VersionedReferral {
  return { referral: body, etag: etag ?? `"${body.version}"` };
}

export function listUrl(box: 'inbox' | 'outbox', filters: ListFilters): string {
  const params = new URLSearchParams({ page: String(filters.page), size: String(PAGE_SIZE) });
  if (filters.status) {
    params.set('status', filters.status);
  }
  if (filters.urgency) {
    params.set('urgency', filters.urgency);
  }
  if (filters.kind) {
    params.set('kind', filters.kind);
  }
  if (filters.overdue) {
    params.set('overdue', 'true');
  }
  return `/api/referrals/${box}?${params.toString()}`;
}

export async function listReferrals(box: 'inbox' | 'outbox', filters: ListFilters): Promise<Page<ReferralSummary>> {
  return (await send<Page<ReferralSummary>>('GET', listUrl(box, filters))).body;
}

export function referralPath(id: string, suffix = ''): string {
  return `/api/referrals/${encodeURIComponent(id)}${suffix}`;
}

export async function readReferral(id: string): Promise<VersionedReferral> {
  const response = await send<ReferralDetails>('GET', referralPath(id));
  return versioned(response.body, response.etag);
}

export async function act(
  id: string,
  action: 'accept' | 'decline' | 'complete' | 'revoke',
  etag: string,
  body: unknown = {},
): Promise<VersionedReferral> {
  const response = await send<ReferralDetails>('POST', referralPath(id, `/${action}`), body, {
    headers: { 'If-Match': etag },
  });
  return versioned(response.body, response.etag);
}

/** Audited by the service on every call. */
export async function openSnapshot(id: string): Promise<SharedSnapshot> {
  return (await send<SharedSnapshot>('GET', referralPath(id, '/snapshot'))).body;
}

export async function loadReferralReferenceData(): Promise<ReferralReferenceData> {
  return (await send<ReferralReferenceData>('GET', '/api/referrals/reference-data')).body;
}

export async function loadAgencies(filter: { district?: string; serviceType?: string }): Promise<Agency[]> {
  const params = new URLSearchParams({ size: '100' });
  if (filter.district) {
    params.set('district', filter.district);
  }
  if (filter.serviceType) {
    params.set('serviceType', filter.serviceType);
  }
  return (await send<Page<Agency>>('GET', `/api/agencies?${params.toString()}`)).body.content ?? [];
}

/** A refused request; a 503 also says when to try again (`Retry-After`, seconds). */
export class ReferralRequestError extends ApiError {
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem, retryAfterSeconds: number | null) {
    super(problem);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export interface NewReferral {
  caseId: string;
  serviceType?: string;
  toAgency: string;
  urgency: Urgency;
  reason: string;
  consentOverride?: { justification: string };
}

/**
 * Sends a referral (or a transfer when `serviceType` is absent). Written with fetch rather than the shared
 * helper because the form needs the `Retry-After` header of a 503 to tell the worker when to try again.
 */
export async function requestReferral(kind: ReferralKind, body: NewReferral): Promise<ReferralDetails> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' };
  const token = csrfToken();
  if (token !== undefined) {
    headers['X-XSRF-TOKEN'] = token;
  }
  const response = await fetch(kind === 'TRANSFER' ? '/api/referrals/transfers' : '/api/referrals', {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: JSON.stringify(body),
  });
  if (response.status === 401) {
    navigation.toLogin();
  }
  if (!response.ok) {
    let problem: Problem = { status: response.status, title: response.statusText };
    try {
      problem = { ...((await response.json()) as Partial<Problem>), status: response.status };
    } catch {
      // The status alone still tells the worker what happened.
    }
    const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    throw new ReferralRequestError(problem, Number.isFinite(retryAfter) ? retryAfter : null);
  }
  return (await response.json()) as ReferralDetails;
}
