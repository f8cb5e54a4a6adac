/** The bulk-import API of case-service (`/api/imports/**`) as the import page uses it. */
import { api, ApiError, csrfToken, navigation, type Problem } from '../api/http';
import type { Page } from '../api/types';

export const IMPORT_ROLES = ['district-importer', 'admin'] as const;

/** Matches the gateway's and the service's limit for imports. */
export const MAX_FILE_MB = 20;

export type ImportStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'CANCELLED' | 'FAILED' | 'INTERRUPTED';

export type RowOutcome = 'REJECTED' | 'CONFLICT' | 'POSSIBLE_DUPLICATE';

export interface ImportCounts {
  rowsRead: number;
  valid: number;
  rejected: number;
  imported: number;
  unchanged: number;
  conflicts: number;
  possibleDuplicates: number;
}

export interface ImportJob {
  id: string;
  fileName: string;
  format: 'CSV' | 'XLSX';
  dryRun: boolean;
  status: ImportStatus;
  importedBy: string;
  districts: string[];
  fileSha256: string;
  fileSize: number;
  rowsTotal: number;
  counts: ImportCounts;
  progress: { percent: number; rowsPerSecond: number; secondsLeft: number | null };
  sameFileAs: { jobId: string; importedBy: string; finishedAt: string; imported: number } | null;
  ignoredColumns: string[];
  failure: string | null;
  cancelRequested: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  summary: string;
}

export interface ImportRow {
  row: number;
  outcome: RowOutcome;
  problems: { column: string | null; message: string }[];
  values: Record<string, string>;
  caseNumber: string | null;
  /** A case, or in a dry run (which registers none) an earlier row of the file. */
  matches: { caseId: string | null; caseNumber: string | null; score: number; row: number | null }[];
}

export function isFinished(job: ImportJob): boolean {
  return job.status !== 'QUEUED' && job.status !== 'RUNNING';
}

export function templateUrl(format: 'csv' | 'xlsx', language: string): string {
  return `/api/imports/templates/cases.${format}?language=${language === 'km' ? 'km' : 'en'}`;
}

export function errorReportUrl(job: ImportJob): string {
  return `/api/imports/${encodeURIComponent(job.id)}/error-report`;
}

/** Multipart upload; not through `api` because the body is form data, not JSON. Answers the accepted job (202). */
export async function uploadFile(file: File, dryRun: boolean): Promise<ImportJob> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = csrfToken();
  if (token !== undefined) {
    headers['X-XSRF-TOKEN'] = token;
  }
  const response = await fetch(`/api/imports?dryRun=${dryRun}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: form,
  });
  if (response.status === 401) {
    navigation.toLogin();
  }
  if (!response.ok) {
    let problem: Problem = { status: response.status, title: response.statusText };
    try {
      problem = { ...((await response.json()) as Partial<Problem>), status: response.status };
    } catch {
      // A gateway refusal (e.g. size) may come without a problem body; the status still tells the story.
    }
    throw new ApiError(problem);
  }
  return (await response.json()) as ImportJob;
}

export const importApi = {
  job: (id: string) => api.get<ImportJob>(`/api/imports/${encodeURIComponent(id)}`),
  history: (page: number, size = 10) => api.get<Page<ImportJob>>(`/api/imports?page=${page}&size=${size}`),
  cancel: (id: string) => api.post<ImportJob>(`/api/imports/${encodeURIComponent(id)}/cancellation`, {}),
  rows: (id: string, outcome: RowOutcome | '', page: number, size = 20) =>
    api.get<Page<ImportRow>>(
      `/api/imports/${encodeURIComponent(id)}/rows?page=${page}&size=${size}${outcome ? `&outcome=${outcome}` : ''}`,
    ),
};
