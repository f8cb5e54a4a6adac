import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/http';
import type { Me } from '../api/types';

const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (me === null) {
    throw new Error('useMe() needs a <MeProvider> above it');
  }
  return me;
}

type State = { kind: 'loading' } | { kind: 'signing-in' } | { kind: 'failed' } | { kind: 'ready'; me: Me };

function normalise(me: Partial<Me>): Me {
  return {
    username: me.username ?? '',
    roles: me.roles ?? [],
    districts: me.districts ?? [],
    agency: me.agency ?? null,
  };
}

/** Loads who is signed in before anything else renders; a 401 has already sent the browser to Keycloak. */
export function MeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    api
      .get<Partial<Me>>('/api/me')
      .then((me) => setState({ kind: 'ready', me: normalise(me) }))
      .catch((error: unknown) =>
        setState(error instanceof ApiError && error.status === 401 ? { kind: 'signing-in' } : { kind: 'failed' }),
      );
  }, []);

  useEffect(load, [load]);

  switch (state.kind) {
    case 'ready':
      return <MeContext.Provider value={state.me}>{children}</MeContext.Provider>;
    case 'failed':
      return (
        <main className="centered" role="alert">
          <p>{t('app.unavailable')}</p>
          <button type="button" onClick={load}>
            {t('app.retry')}
          </button>
        </main>
      );
    default:
      return (
        <main className="centered" aria-busy="true">
          <p role="status">{t(state.kind === 'signing-in' ? 'app.signingIn' : 'app.loading')}</p>
        </main>
      );
  }
}

/** Lets tests and storybook-like setups render screens with a fixed user. */
export function StaticMeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}
