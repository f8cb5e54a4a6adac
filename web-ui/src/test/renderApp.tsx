import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../App';
import type { Me } from '../api/types';
import { StaticMeProvider } from '../session/MeContext';

export const WORKER: Me = { username: 'worker.pp', roles: ['social-worker'], districts: ['KH-PP'], agency: 'AG-DOSVY-PP' };
export const ANALYST: Me = { username: 'analyst', roles: ['ministry-analyst'], districts: [], agency: 'AG-MOSVY' };

/** Renders the whole app at a path for a given user, the way the gateway would serve it. */
export function renderApp(path: string, me: Me = WORKER) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <StaticMeProvider me={me}>
        <AppRoutes />
      </StaticMeProvider>
    </MemoryRouter>,
  );
}

export const REFERENCE_DATA = {
  districts: [
    { code: 'KH-PP', name: 'Phnom Penh', region: 'KH' },
    { code: 'KH-SR', name: 'Siem Reap', region: 'KH' },
  ],
  concerns: [
    { code: 'NEGLECT', label: 'Neglect' },
    { code: 'PHYSICAL_ABUSE', label: 'Physical abuse' },
  ],
  riskLevels: ['HIGH', 'MEDIUM', 'LOW'],
  sexes: ['FEMALE', 'MALE'],
};
