import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../test/fetchStub';
import { ANALYST, REFERENCE_DATA, renderApp } from '../test/renderApp';
import { SUPERVISOR } from './page/caseFixtures';

const ROW = {
  id: '7d1f0a2e-0000-4000-8000-000000000001',
  caseNumber: 'KH-PP-2026-00001',
  givenName: 'Sokha',
  familyName: 'Chan',
  sex: 'FEMALE',
  ageYears: 9,
  district: 'KH-PP',
  riskLevel: 'HIGH',
  stage: 'REGISTRATION',
  registeredAt: '2026-03-02T09:30:00Z',
};

describe('My cases', () => {
  it('invites to register the first case when there is none', async () => {
    stubFetch(() => ({ body: { content: [], page: 0, size: 20, totalElements: 0, totalPages: 0 } }));
    renderApp('/cases');

    const empty = await screen.findByTestId('cases-empty');
    expect(empty).toHaveTextContent('No cases yet — register the first one');
    expect(within(empty).getByRole('link', { name: 'Register a case' })).toHaveAttribute('href', '/cases/new');
  });

  it('shows each case and pages through them', async () => {
    const { calls } = stubFetch((url) =>
      url.startsWith('/api/cases?')
        ? {
            body: {
              content: [{ ...ROW, caseNumber: url.includes('page=1') ? 'KH-PP-2026-00021' : ROW.caseNumber }],
              page: url.includes('page=1') ? 1 : 0,
              size: 20,
              totalElements: 21,
              totalPages: 2,
            },
          }
        : undefined,
    );
    const user = userEvent.setup();
    renderApp('/cases');

    const table = await screen.findByTestId('cases-table');
    const cells = within(table).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['KH-PP-2026-00001', 'Sokha Chan', 'Female', '9', 'KH-PP', 'High', 'Registration', 'Mar 2, 2026']);
    expect(within(table).getByRole('link', { name: 'KH-PP-2026-00001' })).toHaveAttribute('href', `/cases/${ROW.id}`);
    expect(screen.getByTestId('page-status')).toHaveTextContent('Page 1 of 2');
    expect(screen.getByTestId('page-previous')).toBeDisabled();

    await user.click(screen.getByTestId('page-next'));

    expect(await screen.findByText('KH-PP-2026-00021')).toBeInTheDocument();
    expect(screen.getByTestId('page-status')).toHaveTextContent('Page 2 of 2');
    expect(calls.map((call) => call.url).filter((url) => url.startsWith('/api/cases?'))).toEqual([
      '/api/cases?sort=registeredAt%2Cdesc&page=0&size=20',
      '/api/cases?sort=registeredAt%2Cdesc&page=1&size=20',
    ]);
  });

  it('tells a user without a case role politely, without calling the API', async () => {
    const { calls } = stubFetch(() => undefined);
    renderApp('/cases', ANALYST);

    expect(await screen.findByTestId('forbidden')).toHaveTextContent('Not available for your role');
    expect(screen.queryByTestId('nav-cases')).not.toBeInTheDocument();
    expect(screen.getByTestId('nav-statistics')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('turns a 403 from the service into the same polite page', async () => {
    stubFetch(() => ({ status: 403, body: { status: 403, title: 'Forbidden' } }));
    renderApp('/cases');

    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });
});

describe('Finding a case', () => {
  const EMPTY = { content: [], page: 0, size: 20, totalElements: 0, totalPages: 0 };

  it('searches by name with filters, sorted as asked, and says when nothing matches', async () => {
    const { calls } = stubFetch((url) => {
      if (url === '/api/reference-data') return { body: REFERENCE_DATA };
      if (url.startsWith('/api/cases?') && url.includes('q=')) return { body: EMPTY };
      if (url.startsWith('/api/cases?')) return { body: { ...EMPTY, content: [ROW], totalElements: 1, totalPages: 1 } };
      return undefined;
    });
    const user = userEvent.setup();
    renderApp('/cases');
    await screen.findByTestId('cases-table');
    await screen.findByRole('option', { name: 'Neglect' });

    await user.type(screen.getByLabelText('Search'), 'Nguyen Van An');
    await user.selectOptions(screen.getByLabelText('Stage'), 'ASSESSMENT');
    await user.selectOptions(screen.getByLabelText('Risk'), 'HIGH');
    await user.selectOptions(screen.getByLabelText('Protection concern'), 'NEGLECT');
    await user.type(screen.getByLabelText('From'), '2026-01-01');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'familyName,asc');
    await user.click(screen.getByTestId('cases-search'));

    expect(await screen.findByTestId('cases-no-match')).toHaveTextContent('No case matches this search');
    expect(screen.queryByTestId('cases-empty')).not.toBeInTheDocument();
    expect(calls.map((call) => call.url).filter((url) => url.startsWith('/api/cases?')).at(-1)).toBe(
      '/api/cases?q=Nguyen+Van+An&stage=ASSESSMENT&riskLevel=HIGH&concern=NEGLECT&registeredFrom=2026-01-01&sort=familyName%2Casc&page=0&size=20',
    );
    // The district filter is the supervisor's: a worker's cases are their own.
    expect(screen.queryByLabelText('District')).not.toBeInTheDocument();

    await user.click(within(screen.getByTestId('cases-no-match')).getByRole('button', { name: 'Clear search and filters' }));
    expect(await screen.findByTestId('cases-table')).toBeInTheDocument();
    expect(screen.getByLabelText('Search')).toHaveValue('');
  });

  it('lets a supervisor filter by one of their districts', async () => {
    const { calls } = stubFetch((url) => {
      if (url === '/api/reference-data') return { body: REFERENCE_DATA };
      if (url.startsWith('/api/cases?')) return { body: { ...EMPTY, content: [ROW], totalElements: 1, totalPages: 1 } };
      return undefined;
    });
    const user = userEvent.setup();
    renderApp('/cases', SUPERVISOR);
    await screen.findByTestId('cases-table');

    const district = await screen.findByLabelText('District');
    // Only the supervisor's own districts are offered.
    expect(within(district).getAllByRole('option').map((option) => option.textContent)).toEqual(['All my districts', 'Phnom Penh']);
    await user.selectOptions(district, 'KH-PP');
    await user.click(screen.getByTestId('cases-search'));

    await screen.findByTestId('cases-table');
    expect(calls.map((call) => call.url).filter((url) => url.startsWith('/api/cases?')).at(-1)).toBe(
      '/api/cases?district=KH-PP&sort=registeredAt%2Cdesc&page=0&size=20',
    );
  });

  it('shows the tasks and overdue counts as badges', async () => {
    stubFetch((url) => {
      if (url.startsWith('/api/cases?')) return { body: EMPTY };
      if (url === '/api/tasks?scope=mine') {
        return {
          body: {
            tasks: [
              { caseId: ROW.id, caseNumber: ROW.caseNumber, kind: 'ASSESSMENT_DUE', dueAt: '2026-01-01T00:00:00Z', overdue: true },
              { caseId: ROW.id, caseNumber: ROW.caseNumber, kind: 'FOLLOW_UP_DUE', dueAt: '2999-01-01T00:00:00Z', overdue: false },
            ],
            overdueCount: 1,
            total: 2,
          },
        };
      }
      return undefined;
    });
    renderApp('/cases');

    expect(await screen.findByTestId('nav-tasks-overdue')).toHaveTextContent('1 overdue task');
    expect(screen.getByTestId('tasks-summary')).toHaveTextContent('You have 2 tasks');
    expect(screen.getByTestId('tasks-summary-overdue')).toHaveTextContent('1 overdue');
    // Workers have no approvals inbox.
    expect(screen.queryByTestId('nav-approvals')).not.toBeInTheDocument();
  });
});
