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

/** A successful answer with the headers the case workflow needs: the ETag for the next write, the Location. */
export interface ApiResponse<T> {
  body: T;
  etag: string | null;
  location: string | null;
}

export interface RequestOptions {
  /** Extra request headers, e.g. `If-Match` with the ETag of the last read. */
  headers?: Record<string, string>;
}

export async function send<T>(method: string, url: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
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
  const etag = response.headers.get('ETag');
  const location = response.headers.get('Location');
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return { body: undefined as T, etag, location };
  }
  const text = await response.text();
  return { body: (text.length === 0 ? undefined : JSON.parse(text)) as T, etag, location };
}

export async function request<T>(method: string, url: string, body?: unknown, options?: RequestOptions): Promise<T> {
  return (await send<T>(method, url, body, options)).body;
}

export const api = {
  get: <T>(url: string) => request<T>('GET', url),
  post: <T>(url: string, body: unknown) => request<T>('POST', url, body),
  put: <T>(url: string, body: unknown) => request<T>('PUT', url, body),
  patch: <T>(url: string, body: unknown) => request<T>('PATCH', url, body),
};

/** True when a write lost a race: someone else changed the record since it was read (or no ETag was sent). */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 409 || error.status === 412 || error.status === 428);
}
