import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasAnyRole } from '../session/roles';
import { useMe } from '../session/MeContext';
import { INBOX_ROLES, OUTBOX_ROLES } from './ReferralsSection';
import { REFERRALS_NS } from './translations';

/** The shell's links to the referral lists, for the roles that have them (list items for the main nav). */
export function ReferralNav() {
  const { t } = useTranslation(REFERRALS_NS);
  const me = useMe();
  return (
    <>
      {hasAnyRole(me, INBOX_ROLES) && (
        <li>
          <NavLink to="/referrals/inbox" data-testid="nav-referrals-inbox">
            {t('nav.inbox')}
          </NavLink>
        </li>
      )}
      {hasAnyRole(me, OUTBOX_ROLES) && (
        <li>
          <NavLink to="/referrals/outbox" data-testid="nav-referrals-outbox">
            {t('nav.outbox')}
          </NavLink>
        </li>
      )}
    </>
  );
}
