/** Shapes of the case workflow API (docs/case-workflow-api.md). Optional where an older service may omit them. */

/** Who did something: the service may answer a username or `{userId, username}`. */
export type Actor = string | { userId?: string; username?: string } | null | undefined;

export function actorName(actor: Actor): string {
  if (actor === null || actor === undefined) {
    return '';
  }
  return typeof actor === 'string' ? actor : (actor.username ?? actor.userId ?? '');
}

export const STAGES = [
  'REGISTRATION',
  'ASSESSMENT',
  'CASE_PLAN',
  'SERVICES',
  'FOLLOW_UP',
  'CLOSURE_REQUESTED',
  'CLOSED',
] as const;
export type Stage = (typeof STAGES)[number];

export const SOURCES = [
  'HELPLINE',
  'POLICE',
  'SCHOOL',
  'HEALTH',
  'COMMUNITY',
  'SELF',
  'ONLINE_PLATFORM',
  'PAPER_IMPORT',
] as const;
export const NEED_DOMAINS = ['SAFETY', 'HEALTH', 'PSYCHOSOCIAL', 'FAMILY_CARE', 'EDUCATION', 'JUSTICE'] as const;
export const NEED_LEVELS = ['HIGH', 'MEDIUM', 'LOW', 'NONE'] as const;
export const SERVICE_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DELIVERED', 'NOT_DELIVERED'] as const;
export const FOLLOW_UP_KINDS = ['VISIT', 'CALL', 'MEETING'] as const;
export const CONSENT_PURPOSES = ['SERVICES', 'REFERRAL', 'STATISTICS'] as const;
export const CONSENT_GIVERS = ['CHILD', 'CAREGIVER'] as const;
export const CLOSURE_CHECKS = ['safe', 'servicesDelivered', 'childConsulted', 'caregiverInformed'] as const;
export type ClosureCheck = (typeof CLOSURE_CHECKS)[number];

export interface Location {
  region?: string | null;
  district: string;
  commune?: string | null;
}

export interface Caregiver {
  name: string;
  relationship: string;
  contact?: string | null;
}

export interface Need {
  domain: string;
  level: string;
  notes?: string | null;
}

export interface Assessment {
  needs: Need[];
  riskLevel: string;
  riskReason?: string | null;
  completedAt?: string;
  completedBy?: Actor;
}

export interface PlanAction {
  id?: string;
  description: string;
  responsible: string;
  dueDate: string;
  done: boolean;
}

export interface Goal {
  id?: string;
  description: string;
  actions: PlanAction[];
}

export interface ApprovalState {
  status: string;
  [detail: string]: unknown;
}

export interface CasePlan {
  goals: Goal[];
  reviewDate: string;
  approval?: ApprovalState | null;
}

export interface ServiceRecord {
  id: string;
  serviceType: string;
  provider: string;
  status: string;
  plannedOn?: string | null;
  deliveredOn?: string | null;
  referralId?: string | null;
  referralStatus?: string | null;
}

export interface FollowUp {
  id: string;
  date: string;
  kind: string;
  outcome: string;
  nextDate?: string | null;
  by?: Actor;
}

export interface Closure {
  reason: string;
  checklist: Record<ClosureCheck, boolean>;
  comment?: string | null;
}

export interface Consent {
  id: string;
  purpose: string;
  givenBy: string;
  givenOn: string;
  withdrawnOn?: string | null;
  active?: boolean;
}

export interface Reopening {
  at: string;
  by?: Actor;
  reason: string;
}

export interface Note {
  id: string;
  text: string | null;
  hidden?: boolean;
  sensitive: boolean;
  by?: Actor;
  at?: string;
}

export interface Approval {
  id: string;
  kind: string;
  status: string;
  requestedBy?: Actor;
  requestedAt?: string;
  decidedBy?: Actor;
  decidedAt?: string | null;
  comment?: string | null;
}

/** One referral or transfer as case-service last heard of it from `referral.v1` (ADR 0008). */
export interface CaseReferral {
  referralId: string;
  kind: 'REFERRAL' | 'TRANSFER';
  serviceType?: string | null;
  fromAgency: string;
  toAgency: string;
  urgency?: string | null;
  status: 'REQUESTED' | 'ACCEPTED' | 'DECLINED' | 'COMPLETED' | 'REVOKED' | 'EXPIRED';
  overdue: boolean;
  consentBasis?: string | null;
  requestedAt?: string | null;
  respondBy?: string | null;
  acceptedAt?: string | null;
  completeBy?: string | null;
  closedAt?: string | null;
  declineReason?: string | null;
  outcome?: string | null;
}

export interface TimelineEntry {
  at: string;
  by?: Actor;
  action: string;
}

export interface CaseDetails {
  id: string;
  caseNumber?: string;
  givenName?: string;
  familyName?: string;
  otherNames?: string[];
  sex?: string;
  dateOfBirth?: string | null;
  estimatedAgeYears?: number | null;
  agePrecision?: string;
  ageYears?: number | null;
  nationality?: string | null;
  languages?: string[];
  disability?: string | null;
  district?: string;
  location?: Location | null;
  caregivers?: Caregiver[];
  source?: string | null;
  concerns?: string[];
  riskLevel?: string;
  riskReason?: string | null;
  stage?: string;
  owner?: Actor;
  ownerAgency?: string | null;
  assignedWorker?: Actor;
  registeredAt?: string;
  version?: number;
  assessment?: Assessment | null;
  assessmentDueAt?: string | null;
  casePlan?: CasePlan | null;
  services?: ServiceRecord[];
  followUps?: FollowUp[];
  closure?: Closure | null;
  consents?: Consent[];
  notes?: Note[];
  approvals?: Approval[];
  reopenings?: Reopening[];
  /** Oldest request first, as the service keeps them. */
  referrals?: CaseReferral[];
  timeline?: TimelineEntry[];
}

export interface LikelyMatch {
  id: string;
  caseNumber?: string;
  givenName?: string;
  familyName?: string;
  birthYear?: number | null;
  district?: string;
  score?: number;
}

export interface Task {
  caseId: string;
  caseNumber?: string;
  kind: string;
  dueAt?: string | null;
  overdue?: boolean;
  approvalId?: string | null;
}

export interface TaskList {
  tasks: Task[];
  overdueCount: number;
  total: number;
}

export interface PendingApproval {
  caseId: string;
  caseNumber?: string;
  district?: string;
  approvalId: string;
  kind: string;
  requestedBy?: Actor;
  requestedAt?: string;
  /** False for the caller's own requests: another supervisor decides them. */
  mayDecide?: boolean;
}

/** Body of `PATCH /api/cases/{id}/registration`: only what the worker filled in is sent. */
export interface RegistrationUpdate {
  otherNames?: string[];
  nationality?: string;
  languages?: string[];
  disability?: string;
  location?: Location;
  caregivers?: Caregiver[];
  source?: string;
}
