/**
 * The one way the UI talks to the gateway: same-origin cookies (the session), the CSRF token echoed from the
 * XSRF-TOKEN cookie on state-changing calls, and RFC 9457 problem bodies turned into a typed error.
 */

export const LOGIN_PATH = '/oauth2/authorization/keycloak';

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  return entry === undefined ? undefined : decodeURIComponent(entry.substring(prefix.length));
}

export function csrfToken(): string | undefined {
  return readCookie('XSRF-TOKEN');
}

/** Sends the browser to Keycloak; kept as a function so tests can observe it instead of navigating. */
export const navigation = {
  toLogin(): void {
    window.location.assign(LOGIN_PATH);
  },
};

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function toProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      return { ...body, status: response.status };
    } catch {
      // A broken error body must not hide the status the user needs to see.
    }
  }
  return { status: response.status, title: response.statusText };
}

export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (UNSAFE_METHODS.has(method.toUpperCase())) {
    const token = csrfToken();
    if (token !== undefined) {
      headers['X-XSRF-TOKEN'] = token;
    }
  }
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    // The session is gone (or never existed): only Keycloak can fix that.
    navigation.toLogin();
  }
  if (!response.ok) {
    throw new ApiError(await toProblem(response));
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T;
  }
  const text = await response.text();
  return (text.length === 0 ? undefined : JSON.parse(text)) as T;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body: unknown) => request<T>('POST', url, body),
};
