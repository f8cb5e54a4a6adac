import { send, type ApiResponse } from './http';
import type { CaseDetails, LikelyMatch, PendingApproval, TaskList } from './caseTypes';
import type { CaseSummary, Page } from './types';

/** A case as last read: the record and the ETag that the next write must send back as `If-Match`. */
export interface VersionedCase {
  details: CaseDetails;
  etag: string;
}

export function casePath(id: string, suffix = ''): string {
  return `/api/cases/${encodeURIComponent(id)}${suffix}`;
}

/** The service sends the version as ETag; the body's `version` is the fallback if a proxy dropped the header. */
function versioned(response: ApiResponse<CaseDetails>): VersionedCase {
  const etag = response.etag ?? `"${response.body.version ?? 0}"`;
  return { details: response.body, etag };
}

/** `headers` carries what the read must say about itself, e.g. a supervisor's `X-Access-Reason`. */
export async function readCase(id: string, headers: Record<string, string> = {}): Promise<VersionedCase> {
  return versioned(await send<CaseDetails>('GET', casePath(id), undefined, { headers }));
}

/** Every write to an existing case answers the whole case with its new ETag. */
export async function writeCase(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown, etag: string): Promise<VersionedCase> {
  return versioned(await send<CaseDetails>(method, path, body, { headers: { 'If-Match': etag } }));
}

/** The new case; its id comes from the body or, failing that, from the `Location` header. */
export async function registerCase(body: unknown): Promise<VersionedCase | null> {
  const response = await send<CaseDetails | undefined>('POST', '/api/cases', body);
  const id = response.body?.id ?? response.location?.split('/').pop();
  if (!id) {
    return null;
  }
  const details: CaseDetails = { ...response.body, id };
  return { details, etag: response.etag ?? `"${details.version ?? 0}"` };
}

export interface CaseQuery {
  q?: string;
  stage?: string;
  riskLevel?: string;
  concern?: string;
  district?: string;
  registeredFrom?: string;
  registeredTo?: string;
  sort?: string;
  page: number;
  size: number;
}

/** Only the filters in use go into the URL, in a fixed order, so the same search is always the same request. */
export function caseSearchUrl(query: CaseQuery): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'stage', 'riskLevel', 'concern', 'district', 'registeredFrom', 'registeredTo', 'sort'] as const) {
    const value = query[key]?.trim();
    if (value) {
      params.set(key, value);
    }
  }
  params.set('page', String(query.page));
  params.set('size', String(query.size));
  return `/api/cases?${params.toString()}`;
}

export async function searchCases(query: CaseQuery): Promise<Partial<Page<CaseSummary>>> {
  return (await send<Partial<Page<CaseSummary>>>('GET', caseSearchUrl(query))).body;
}

export interface MatchQuery {
  givenName: string;
  familyName: string;
  birthYear?: number;
  district?: string;
}

export function likelyMatchesUrl(query: MatchQuery): string {
  const params = new URLSearchParams();
  params.set('givenName', query.givenName.trim());
  params.set('familyName', query.familyName.trim());
  if (query.birthYear !== undefined) {
    params.set('birthYear', String(query.birthYear));
  }
  if (query.district) {
    params.set('district', query.district);
  }
  return `/api/cases/likely-matches?${params.toString()}`;
}

export async function likelyMatches(query: MatchQuery): Promise<LikelyMatch[]> {
  const body = (await send<LikelyMatch[] | { matches?: LikelyMatch[] }>('GET', likelyMatchesUrl(query))).body;
  // Tolerate a wrapped answer; the contract says a plain array.
  return Array.isArray(body) ? body : (body?.matches ?? []);
}

export async function loadTasks(scope: 'mine' | 'district'): Promise<TaskList> {
  const body = (await send<Partial<TaskList>>('GET', `/api/tasks?scope=${scope}`)).body ?? {};
  const tasks = Array.isArray(body.tasks) ? body.tasks : [];
  return {
    tasks,
    overdueCount: body.overdueCount ?? tasks.filter((task) => task.overdue).length,
    total: body.total ?? tasks.length,
  };
}

export async function loadPendingApprovals(): Promise<PendingApproval[]> {
  const body = (await send<PendingApproval[] | { content?: PendingApproval[]; approvals?: PendingApproval[] }>(
    'GET',
    '/api/approvals?status=PENDING',
  )).body;
  if (Array.isArray(body)) {
    return body;
  }
  return body?.content ?? body?.approvals ?? [];
}

/**
 * A decision is a write to the case, so it needs the case's current ETag: the inbox reads the case first (with
 * `readHeaders`, the audited reason of that read). A change between that read and the decision still answers 409.
 */
export async function decideApproval(
  caseId: string,
  approvalId: string,
  decision: 'APPROVE' | 'REJECT',
  comment: string,
  readHeaders: Record<string, string> = {},
): Promise<VersionedCase> {
  const current = (await readCase(caseId, readHeaders)).etag;
  return writeCase('POST', casePath(caseId, `/approvals/${encodeURIComponent(approvalId)}/decision`), { decision, comment }, current);
}
