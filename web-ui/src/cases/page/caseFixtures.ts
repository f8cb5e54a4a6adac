/** Cases as the service answers them, for the component tests; they read like the situations they stand for. */
import type { CaseDetails } from '../../api/caseTypes';
import type { Me } from '../../api/types';

export const CASE_ID = '7d1f0a2e-0000-4000-8000-000000000001';

export const SUPERVISOR: Me = {
  username: 'supervisor.pp',
  roles: ['supervisor'],
  districts: ['KH-PP'],
  agency: 'AG-DOSVY-PP',
};

export const OTHER_SUPERVISOR: Me = { ...SUPERVISOR, username: 'supervisor.pp2' };

const WORKER_PP = { userId: 'u-worker-pp', username: 'worker.pp' };

export function registeredCase(overrides: Partial<CaseDetails> = {}): CaseDetails {
  return {
    id: CASE_ID,
    caseNumber: 'KH-PP-2026-000123',
    givenName: 'Sokha',
    familyName: 'Chan',
    otherNames: [],
    sex: 'FEMALE',
    dateOfBirth: null,
    estimatedAgeYears: 9,
    agePrecision: 'ESTIMATED',
    ageYears: 9,
    languages: ['Khmer'],
    district: 'KH-PP',
    location: { region: 'KH-PP-R', district: 'KH-PP', commune: null },
    caregivers: [{ name: 'Dara Chan', relationship: 'Mother', contact: '012 345 678' }],
    source: 'HELPLINE',
    concerns: ['NEGLECT'],
    riskLevel: 'HIGH',
    stage: 'REGISTRATION',
    owner: WORKER_PP,
    ownerAgency: 'AG-DOSVY-PP',
    assignedWorker: null,
    registeredAt: '2026-03-02T09:30:00Z',
    version: 3,
    assessment: null,
    assessmentDueAt: '2999-01-01T09:30:00Z',
    casePlan: null,
    services: [],
    followUps: [],
    closure: null,
    consents: [],
    notes: [],
    approvals: [],
    timeline: [{ at: '2026-03-02T09:30:00Z', by: WORKER_PP, action: 'CASE_REGISTERED' }],
    ...overrides,
  };
}

/** A case whose plan the worker sent for approval: the supervisor's inbox shows it. */
export function planAwaitingApproval(requestedBy = WORKER_PP): CaseDetails {
  return registeredCase({
    stage: 'CASE_PLAN',
    casePlan: {
      goals: [
        {
          id: 'g1',
          description: 'Sokha is safe at home',
          actions: [{ id: 'a1', description: 'Home visit', responsible: 'worker.pp', dueDate: '2026-04-01', done: false }],
        },
      ],
      reviewDate: '2026-06-01',
      approval: { status: 'PENDING' },
    },
    approvals: [
      {
        id: 'ap-1',
        kind: 'CASE_PLAN',
        status: 'PENDING',
        requestedBy,
        requestedAt: '2026-03-03T10:00:00Z',
      },
    ],
  });
}

/** How the supervisor's inbox lists the plan of {@link planAwaitingApproval}. */
export const PLAN_IN_INBOX = {
  caseId: CASE_ID,
  caseNumber: 'KH-PP-2026-000123',
  approvalId: 'ap-1',
  kind: 'CASE_PLAN',
  requestedBy: 'worker.pp',
  requestedAt: '2026-03-03T10:00:00Z',
  mayDecide: true,
};
