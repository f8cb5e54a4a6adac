/** Shapes of the gateway and service responses the UI reads (see docs/platform-contracts.md). */

export interface Me {
  username: string;
  roles: string[];
  districts: string[];
  agency: string | null;
}

export interface Page<T> {
  content: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

/** One row of `GET /api/cases`; optional fields are tolerated because the list view is a summary. */
export interface CaseSummary {
  id: string;
  caseNumber?: string;
  givenName?: string;
  familyName?: string;
  displayName?: string;
  sex?: string;
  ageYears?: number | null;
  district?: string;
  riskLevel?: string;
  stage?: string;
  registeredAt?: string;
}

/** Reference lists may be plain codes or `{code, label}` objects; the UI accepts both. */
export type CodeOrLabelled =
  | string
  | { code: string; label?: string; name?: string; group?: string; labels?: Record<string, string | undefined> };

/** A commune of a district (the last level of the admin hierarchy), when the reference data lists them. */
export interface Commune {
  code: string;
  district?: string;
  name?: string;
  label?: string;
  labels?: Record<string, string | undefined>;
}

export interface District {
  code: string;
  name: string;
  region?: string;
  regionName?: string;
  labels?: Record<string, string | undefined>;
  communes?: Commune[];
}

export interface ReferenceData {
  districts: District[];
  concerns: { code: string; label: string; group?: string; labels?: Record<string, string | undefined> }[];
  riskLevels: CodeOrLabelled[];
  sexes: CodeOrLabelled[];
  // Added for case management (docs/case-workflow-api.md); optional so an older service still works.
  communes?: Commune[];
  serviceTypes?: CodeOrLabelled[];
  closureReasons?: CodeOrLabelled[];
  sources?: CodeOrLabelled[];
  needDomains?: CodeOrLabelled[];
  assessmentDeadlines?: Record<string, string>;
}

/** `count` is null when the reporting service suppressed a small cell. */
export interface DistrictCount {
  district: string;
  count: number | null;
}

export interface CasesByDistrict {
  rows: DistrictCount[];
  total: number;
  generatedAt: string;
}

export interface RegisterCaseRequest {
  givenName: string;
  familyName: string;
  sex: string;
  dateOfBirth?: string;
  estimatedAgeYears?: number;
  district: string;
  concerns: string[];
  riskLevel: string;
}

export function codeOf(entry: CodeOrLabelled): string {
  return typeof entry === 'string' ? entry : entry.code;
}

export function labelOf(entry: CodeOrLabelled): string | undefined {
  return typeof entry === 'string' ? undefined : (entry.label ?? entry.name);
}
