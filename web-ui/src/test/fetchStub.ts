import { vi } from 'vitest';

export interface StubResponse {
  status?: number;
  body?: unknown;
  contentType?: string;
}

export type Route = (url: string, init: RequestInit) => StubResponse | undefined;

/** Replaces global fetch with a tiny in-memory backend; unknown URLs answer 404 so a wrong call is visible. */
export function stubFetch(route: Route) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    const answer = route(url, init) ?? { status: 404, body: { status: 404, title: 'Not Found' } };
    const status = answer.status ?? 200;
    const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    return new Response(status === 204 ? null : text, {
      status,
      headers: { 'Content-Type': answer.contentType ?? 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}
