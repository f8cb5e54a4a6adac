import { Route, Routes } from 'react-router';
import { CaseList } from './cases/CaseList';
import { RegisterCase } from './cases/RegisterCase';
import { CasePage } from './cases/page/CasePage';
import { Approvals } from './approvals/Approvals';
import { Tasks } from './tasks/Tasks';
import { SUPERVISOR_ROLES } from './shell/caseRoles';
import { AppShell } from './shell/AppShell';
import { Home, NotFound, RequireRole } from './shell/Notices';
import { CASE_WORKER_ROLES, STATISTICS_ROLES } from './session/roles';
import { Statistics } from './statistics/Statistics';
import { ReferralsSection } from './referrals/ReferralsSection';
import { IMPORT_ROLES } from './imports/importApi';
import { ImportPage } from './imports/ImportPage';

/** Client routes; the gateway answers index.html for each of these paths. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Home />} />
        <Route
          path="cases"
          element={
            <RequireRole roles={CASE_WORKER_ROLES}>
              <CaseList />
            </RequireRole>
          }
        />
        <Route
          path="cases/new"
          element={
            <RequireRole roles={CASE_WORKER_ROLES}>
              <RegisterCase />
            </RequireRole>
          }
        />
        <Route
          path="cases/:id"
          element={
            <RequireRole roles={CASE_WORKER_ROLES}>
              <CasePage />
            </RequireRole>
          }
        />
        <Route
          path="tasks"
          element={
            <RequireRole roles={CASE_WORKER_ROLES}>
              <Tasks />
            </RequireRole>
          }
        />
        <Route
          path="approvals"
          element={
            <RequireRole roles={SUPERVISOR_ROLES}>
              <Approvals />
            </RequireRole>
          }
        />
        <Route
          path="statistics"
          element={
            <RequireRole roles={STATISTICS_ROLES}>
              <Statistics />
            </RequireRole>
          }
        />
        <Route path="referrals/*" element={<ReferralsSection />} />
        <Route
          path="imports"
          element={
            <RequireRole roles={IMPORT_ROLES}>
              <ImportPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
