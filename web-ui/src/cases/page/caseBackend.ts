/** An in-memory case-service for the component tests: versions, ETags and If-Match as the contract says. */
import { vi } from 'vitest';
import type { CaseDetails } from '../../api/caseTypes';
import { REFERENCE_DATA } from '../../test/renderApp';

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

type Extra = (call: Call) => Answer | undefined;

function json(answer: Answer): Response {
  const status = answer.status ?? 200;
  return new Response(answer.body === undefined || status === 204 ? null : JSON.stringify(answer.body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...answer.headers },
  });
}

/**
 * Serves one case. A write whose If-Match is not the current version answers 409 and changes nothing; an
 * accepted write goes through `onWrite`, which returns the case after the change (the version then goes up).
 */
export function caseBackend(
  initial: CaseDetails,
  onWrite: (call: Call, current: CaseDetails) => CaseDetails | Answer = (_, current) => current,
  extra: Extra = () => undefined,
) {
  const calls: Call[] = [];
  let current = initial;
  const etag = () => `"${current.version ?? 0}"`;
  const casePath = `/api/cases/${current.id}`;

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = (init.headers ?? {}) as Record<string, string>;
    const call: Call = { method, url, headers, body: init.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    const special = extra(call);
    if (special !== undefined) {
      return json(special);
    }
    if (url === '/api/reference-data') {
      return json({ body: REFERENCE_DATA });
    }
    if (url === casePath && method === 'GET') {
      return json({ body: current, headers: { ETag: etag() } });
    }
    if (url.startsWith(`${casePath}/`) && method !== 'GET') {
      if (headers['If-Match'] !== etag()) {
        return json({ status: 409, body: { status: 409, title: 'Conflict', detail: 'The case was changed.' } });
      }
      const result = onWrite(call, current);
      if ('id' in result) {
        current = { ...result, version: (current.version ?? 0) + 1 };
        return json({ body: current, headers: { ETag: etag() } });
      }
      return json(result);
    }
    return json({ status: 404, body: { status: 404, title: 'Not Found' } });
  });
  vi.stubGlobal('fetch', fetchMock);

  return {
    calls,
    writes: () => calls.filter((call) => call.method !== 'GET'),
    /** Someone else saves the case in the meantime. */
    changeElsewhere(change: Partial<CaseDetails>) {
      current = { ...current, ...change, version: (current.version ?? 0) + 1 };
    },
  };
}
