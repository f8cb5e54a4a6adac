import { Navigate, Route, Routes } from 'react-router';
import { hasAnyRole } from '../session/roles';
import { useMe } from '../session/MeContext';
import { NotFound, RequireRole } from '../shell/Notices';
import { ReferForm } from './ReferForm';
import { ReferralDetail } from './ReferralDetail';
import { ReferralList } from './ReferralList';
import './translations';

/** Who sees which referral screen; the service enforces the same rules on every call. */
export const INBOX_ROLES = ['referral-officer', 'supervisor'] as const;
export const OUTBOX_ROLES = ['social-worker', 'supervisor'] as const;
export const REFERRAL_ROLES = ['social-worker', 'supervisor', 'referral-officer'] as const;

function Landing() {
  const me = useMe();
  return <Navigate to={hasAnyRole(me, INBOX_ROLES) ? 'inbox' : 'outbox'} replace />;
}

/** Everything under `/referrals`: inbox, outbox, the refer form and one referral. */
export function ReferralsSection() {
  return (
    <RequireRole roles={REFERRAL_ROLES}>
      <Routes>
        <Route index element={<Landing />} />
        <Route
          path="inbox"
          element={
            <RequireRole roles={INBOX_ROLES}>
              <ReferralList box="inbox" />
            </RequireRole>
          }
        />
        <Route
          path="outbox"
          element={
            <RequireRole roles={OUTBOX_ROLES}>
              <ReferralList box="outbox" />
            </RequireRole>
          }
        />
        <Route
          path="new"
          element={
            <RequireRole roles={OUTBOX_ROLES}>
              <ReferForm />
            </RequireRole>
          }
        />
        <Route path=":id" element={<ReferralDetail />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </RequireRole>
  );
}
