import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../test/fetchStub';
import { ANALYST, renderApp } from '../test/renderApp';

const ROW = {
  id: '7d1f0a2e-0000-4000-8000-000000000001',
  caseNumber: 'KH-PP-2026-00001',
  givenName: 'Sokha',
  familyName: 'Chan',
  sex: 'FEMALE',
  ageYears: 9,
  district: 'KH-PP',
  riskLevel: 'HIGH',
  stage: 'REGISTERED',
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
    expect(cells).toEqual(['KH-PP-2026-00001', 'Sokha Chan', 'Female', '9', 'KH-PP', 'High', 'Registered']);
    expect(screen.getByTestId('page-status')).toHaveTextContent('Page 1 of 2');
    expect(screen.getByTestId('page-previous')).toBeDisabled();

    await user.click(screen.getByTestId('page-next'));

    expect(await screen.findByText('KH-PP-2026-00021')).toBeInTheDocument();
    expect(screen.getByTestId('page-status')).toHaveTextContent('Page 2 of 2');
    expect(calls.map((call) => call.url)).toEqual(['/api/cases?page=0&size=20', '/api/cases?page=1&size=20']);
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
