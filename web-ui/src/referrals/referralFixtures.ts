/** A tiny referral-service for the component tests: canned answers, headers included, and every call recorded. */
import { vi } from 'vitest';
import type { Me } from '../api/types';
import type { ReferralDetails, ReferralSummary } from './referralApi';

export const OFFICER: Me = { username: 'officer.health', roles: ['referral-officer'], districts: ['KH-SR'], agency: 'AG-HEALTH-SR' };
export const WORKER_SR: Me = { username: 'worker.sr', roles: ['social-worker'], districts: ['KH-SR'], agency: 'AG-DOSVY-SR' };
export const SUPERVISOR_SR: Me = { username: 'supervisor.sr', roles: ['supervisor'], districts: ['KH-SR'], agency: 'AG-DOSVY-SR' };

export interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface Answer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Unknown URLs answer 404, so a wrong call shows up as a failing screen. */
export function referralBackend(route: (call: Call) => Answer | undefined) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: Call = {
      method: (init.method ?? 'GET').toUpperCase(),
      url: String(input),
      headers: (init.headers ?? {}) as Record<string, string>,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    const answer = route(call) ?? { status: 404, body: { status: 404, title: 'Not Found' } };
    const status = answer.status ?? 200;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...answer.headers },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls };
}

export const REFERRAL_REFERENCE_DATA = {
  urgencies: [
    { code: 'HIGH', responseDeadline: 'PT24H', completionDeadline: 'PT168H' },
    { code: 'MEDIUM', responseDeadline: 'PT72H', completionDeadline: 'PT336H' },
    { code: 'LOW', responseDeadline: 'PT168H', completionDeadline: 'PT720H' },
  ],
  declineReasons: ['NO_CAPACITY', 'NOT_ELIGIBLE', 'OUTSIDE_COVERAGE', 'SERVICE_NOT_AVAILABLE', 'ALREADY_RECEIVING_SERVICE', 'OTHER'],
  outcomes: ['SERVICE_PROVIDED', 'PARTIALLY_PROVIDED', 'NOT_PROVIDED_CHILD_UNREACHABLE', 'NOT_PROVIDED_OTHER'],
  transferServiceType: 'CASE_MANAGEMENT',
};

export function summary(overrides: Partial<ReferralSummary> = {}): ReferralSummary {
  return {
    id: '9a1e7c44-2b6f-4d0e-8c3a-5f7b1d2e6a90',
    kind: 'REFERRAL',
    caseId: '5d2c8f0a-3e6b-4c1d-9a7f-81b2e4c6d903',
    caseNumber: 'KH-SR-2026-00042',
    district: 'KH-SR',
    fromAgency: 'AG-DOSVY-SR',
    toAgency: 'AG-HEALTH-SR',
    serviceType: 'MEDICAL_CARE',
    urgency: 'HIGH',
    status: 'REQUESTED',
    requestedAt: '2026-03-14T02:15:30Z',
    respondBy: '2026-03-15T02:15:30Z',
    dueAt: '2026-03-15T02:15:30Z',
    overdue: false,
    referrer: 'worker.sr',
    version: 0,
    ...overrides,
  };
}

export function details(overrides: Partial<ReferralDetails> = {}): ReferralDetails {
  return {
    ...summary(),
    reason: 'Needs a medical check',
    consent: { basis: 'RECORDED_CONSENT', overrideJustification: null, overriddenBy: null, overriddenAt: null },
    acceptedAt: null,
    acceptedBy: null,
    completeBy: null,
    closedAt: null,
    closedBy: null,
    closingComment: null,
    declineReason: null,
    outcome: null,
    snapshotAvailable: true,
    snapshotErasedAt: null,
    history: [{ status: 'REQUESTED', overdue: false, at: '2026-03-14T02:15:30Z', by: 'worker.sr' }],
    allowedActions: ['ACCEPT', 'DECLINE', 'VIEW_SNAPSHOT'],
    ...overrides,
  };
}

export function page<T>(content: T[], totalElements = content.length, totalPages = content.length > 0 ? 1 : 0) {
  return { content, page: 0, size: 20, totalElements, totalPages };
}
