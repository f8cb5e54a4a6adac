import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { casePath, readCase, writeCase, type VersionedCase } from '../../api/cases';
import type { CaseDetails } from '../../api/caseTypes';
import { isConflict } from '../../api/http';
import type { Me, ReferenceData } from '../../api/types';
import { useSharedWorkCounts } from '../../shell/useWorkCounts';

const NO_HEADERS: Record<string, string> = {};

export type WriteMethod = 'POST' | 'PUT' | 'PATCH';

export type WriteResult = { ok: true } | { ok: false; conflict: true } | { ok: false; conflict: false; error: unknown };

export type CaseState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; current: VersionedCase; reloading: boolean };

/**
 * One case as the page knows it, with the ETag of the last read or write. Every write sends that ETag as
 * `If-Match` and takes the answer (the whole case and its new ETag) as the new truth; a 409 leaves the case as it
 * was and tells the caller, who asks the user to reload. `readHeaders` go with every read (first and reloads); a
 * new object reads the case again, so callers keep it stable (useMemo).
 */
export function useCaseResource(id: string, readHeaders: Record<string, string> = NO_HEADERS) {
  const [state, setState] = useState<CaseState>({ kind: 'loading' });
  const etag = useRef<string | null>(null);
  const { refresh: refreshCounts } = useSharedWorkCounts();

  const accept = useCallback((next: VersionedCase) => {
    etag.current = next.etag;
    setState({ kind: 'ready', current: next, reloading: false });
  }, []);

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    etag.current = null;
    readCase(id, readHeaders)
      .then((next) => current && accept(next))
      .catch((error: unknown) => current && setState({ kind: 'failed', error }));
    return () => {
      current = false;
    };
  }, [id, readHeaders, accept]);

  /** Reads the case again without unmounting the page, so what the user typed in a form survives the reload. */
  const reload = useCallback(async (): Promise<boolean> => {
    setState((previous) => (previous.kind === 'ready' ? { ...previous, reloading: true } : previous));
    try {
      accept(await readCase(id, readHeaders));
      return true;
    } catch (error) {
      setState((previous) => (previous.kind === 'ready' ? { ...previous, reloading: false } : { kind: 'failed', error }));
      return false;
    }
  }, [id, readHeaders, accept]);

  const write = useCallback(
    async (method: WriteMethod, suffix: string, body: unknown): Promise<WriteResult> => {
      if (etag.current === null) {
        return { ok: false, conflict: true };
      }
      try {
        accept(await writeCase(method, casePath(id, suffix), body, etag.current));
        refreshCounts();
        return { ok: true };
      } catch (error) {
        if (isConflict(error)) {
          return { ok: false, conflict: true };
        }
        return { ok: false, conflict: false, error };
      }
    },
    [id, accept, refreshCounts],
  );

  return { state, reload, write };
}

export interface CaseWorkspace {
  details: CaseDetails;
  me: Me;
  reference: ReferenceData | null;
  write: (method: WriteMethod, suffix: string, body: unknown) => Promise<WriteResult>;
  reload: () => Promise<boolean>;
}

export const CaseWorkspaceContext = createContext<CaseWorkspace | null>(null);

export function useCaseWorkspace(): CaseWorkspace {
  const workspace = useContext(CaseWorkspaceContext);
  if (workspace === null) {
    throw new Error('useCaseWorkspace() needs the case page around it');
  }
  return workspace;
}
