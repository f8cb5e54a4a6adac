import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { ApiError } from '../api/http';
import { hasAnyRole, homePathFor, KNOWN_ROLES } from '../session/roles';
import { useMe } from '../session/MeContext';

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <section data-testid="forbidden">
      <h1>{t('errors.forbiddenTitle')}</h1>
      <p>{t('errors.forbidden')}</p>
      <Link to="/">{t('errors.goHome')}</Link>
    </section>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section data-testid="not-found">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFound')}</p>
      <Link to="/">{t('errors.goHome')}</Link>
    </section>
  );
}

/** Shows a failed API call in words a user can act on; 403 gets the same polite page as a guarded route. */
export function ApiFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 403) {
    return <Forbidden />;
  }
  const status = error instanceof ApiError ? error.status : 0;
  return (
    <p className="error" role="alert" data-testid="api-error">
      {status === 503 || status === 0 ? t('errors.serviceUnavailable') : t('errors.generic', { status })}
    </p>
  );
}

export function RequireRole({ roles, children }: { roles: readonly string[]; children: ReactNode }) {
  const me = useMe();
  return hasAnyRole(me, roles) ? <>{children}</> : <Forbidden />;
}

/** The start page sends each role to its screen and says politely when there is none yet. */
export function Home() {
  const { t } = useTranslation();
  const me = useMe();
  const path = homePathFor(me);
  if (path !== undefined) {
    return <Navigate to={path} replace />;
  }
  const knowsRole = hasAnyRole(me, KNOWN_ROLES);
  return (
    <section data-testid="no-screen">
      <h1>{t('home.noScreenTitle')}</h1>
      <p>{knowsRole ? t('home.noScreen') : t('home.noRole')}</p>
    </section>
  );
}
