import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { csrfToken } from '../api/http';
import { changeLanguage, LANGUAGES } from '../i18n';
import { CASE_WORKER_ROLES, hasAnyRole, STATISTICS_ROLES } from '../session/roles';
import { useMe } from '../session/MeContext';
import './caseWork.css';
import { isSupervisor } from './caseRoles';
import { useFocusOnNavigate } from './useFocusOnNavigate';
import { useWorkCounts, WorkCountsContext } from './useWorkCounts';
import { ReferralNav } from '../referrals/ReferralNav';
import { ImportNav } from '../imports/ImportNav';

function RoleNames({ roles }: { roles: string[] }) {
  const { t } = useTranslation();
  const names = roles.map((role) => t(`roles.${role}`, { defaultValue: role }));
  return (
    <span data-testid="user-roles">
      {t('header.roles', { roles: names.length > 0 ? names.join(', ') : t('header.noRoles') })}
    </span>
  );
}

/** A number for the eye, a sentence for the screen reader. */
function Badge({ count, label, testId }: { count: number | undefined; label: string; testId: string }) {
  if (count === undefined || count === 0) {
    return null;
  }
  return (
    <span className="badge" data-testid={testId}>
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden"> ({label})</span>
    </span>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language.code}
          type="button"
          lang={language.code}
          data-testid={`language-${language.code}`}
          aria-pressed={i18n.resolvedLanguage === language.code}
          onClick={() => void changeLanguage(language.code)}
        >
          {language.label}
        </button>
      ))}
    </div>
  );
}

/**
 * A real form POST, not fetch: the gateway answers with a redirect to Keycloak's end-session endpoint, which
 * only a top-level navigation can follow. The CSRF token travels as the `_csrf` form field.
 */
function LogoutButton() {
  const { t } = useTranslation();
  return (
    <form
      method="post"
      action="/logout"
      className="logout"
      onSubmit={(event) => {
        // Read at submit time: the cookie may have been rotated since this header was rendered.
        const field = event.currentTarget.elements.namedItem('_csrf') as HTMLInputElement;
        field.value = csrfToken() ?? '';
      }}
    >
      <input type="hidden" name="_csrf" defaultValue="" />
      <button type="submit" data-testid="logout">
        {t('header.logout')}
      </button>
    </form>
  );
}

export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const worksCases = hasAnyRole(me, CASE_WORKER_ROLES);
  const seesStatistics = hasAnyRole(me, STATISTICS_ROLES);
  const supervises = isSupervisor(me);
  const counts = useWorkCounts(me);
  useFocusOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name" data-testid="app-name">
          {t('app.name')}
        </span>
        <nav aria-label={t('header.mainNav')}>
          <ul>
            {worksCases && (
              <>
                <li>
                  <NavLink to="/cases" end data-testid="nav-cases">
                    {t('nav.myCases')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/cases/new" data-testid="nav-register">
                    {t('nav.registerCase')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/tasks" data-testid="nav-tasks">
                    {t('nav.myTasks')}
                    <Badge count={counts.overdue} label={t('nav.overdueBadge', { count: counts.overdue ?? 0 })} testId="nav-tasks-overdue" />
                  </NavLink>
                </li>
                {supervises && (
                  <li>
                    <NavLink to="/approvals" data-testid="nav-approvals">
                      {t('nav.approvals')}
                      <Badge
                        count={counts.pendingApprovals}
                        label={t('nav.pendingBadge', { count: counts.pendingApprovals ?? 0 })}
                        testId="nav-approvals-pending"
                      />
                    </NavLink>
                  </li>
                )}
              </>
            )}
            <ReferralNav />
            <ImportNav />
            {seesStatistics && (
              <li>
                <NavLink to="/statistics" data-testid="nav-statistics">
                  {t('nav.statistics')}
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
        {/* One group, so that on a narrow screen or a long menu they wrap together and stay at the right. */}
        <div className="header-tools">
          <div className="user">
            <span data-testid="username">{t('header.signedInAs', { username: me.username })}</span>
            <RoleNames roles={me.roles} />
          </div>
          <LanguageSwitch />
          <LogoutButton />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <WorkCountsContext.Provider value={counts}>
          <Outlet />
        </WorkCountsContext.Provider>
      </main>
    </>
  );
}
