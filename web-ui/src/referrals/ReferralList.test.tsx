import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ANALYST, renderApp, WORKER } from '../test/renderApp';
import { OFFICER, page, referralBackend, SUPERVISOR_SR, summary, WORKER_SR } from './referralFixtures';

describe('Referral inbox and outbox', () => {
  it('shows the inbox with overdue referrals marked, and withheld case numbers as such', async () => {
    referralBackend((call) =>
      call.url.startsWith('/api/referrals/inbox')
        ? {
            body: page([
              summary({ id: 'r-1', overdue: true }),
              summary({ id: 'r-2', urgency: 'LOW', caseNumber: 'KH-SR-2026-00050' }),
              summary({ id: 'r-3', status: 'REVOKED', caseNumber: null, dueAt: null }),
            ]),
          }
        : undefined,
    );
    renderApp('/referrals/inbox', OFFICER);

    const table = await screen.findByTestId('referrals-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-referral-id'))).toEqual(['r-1', 'r-2', 'r-3']);
    expect(within(rows[0]).getByTestId('referral-overdue')).toHaveTextContent('Overdue');
    expect(within(rows[1]).queryByTestId('referral-overdue')).not.toBeInTheDocument();
    expect(within(rows[2]).getByTestId('referral-case')).toHaveTextContent('withheld');
    expect(within(rows[2]).getByTestId('referral-status')).toHaveTextContent('Revoked');
    expect(within(rows[0]).getByTestId('referral-open')).toHaveAttribute('href', '/referrals/r-1');
    expect(screen.getByTestId('referrals-total')).toHaveTextContent('3 referrals');
  });

  it('sends the chosen filters to the service and starts again at the first page', async () => {
    const { calls } = referralBackend((call) =>
      call.url.startsWith('/api/referrals/inbox') ? { body: page([summary()], 45, 3) } : undefined,
    );
    const user = userEvent.setup();
    renderApp('/referrals/inbox?page=1', OFFICER);
    await screen.findByTestId('referrals-table');

    await user.selectOptions(screen.getByTestId('filter-status'), 'REQUESTED,ACCEPTED');
    await screen.findByTestId('referrals-table');
    await user.click(screen.getByTestId('filter-overdue'));
    await screen.findByTestId('referrals-table');

    const urls = calls.map((call) => call.url).filter((url) => url.startsWith('/api/referrals/inbox'));
    expect(urls[0]).toBe('/api/referrals/inbox?page=1&size=20');
    expect(urls.at(-1)).toBe('/api/referrals/inbox?page=0&size=20&status=REQUESTED%2CACCEPTED&overdue=true');
  });

  it('shows a referrer their outbox, addressed by receiving agency', async () => {
    referralBackend((call) =>
      call.url.startsWith('/api/referrals/outbox') ? { body: page([summary({ toAgency: 'AG-HEALTH-SR' })]) } : undefined,
    );
    renderApp('/referrals', WORKER_SR);

    const table = await screen.findByTestId('referrals-table');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Referrals sent from my cases');
    expect(within(table).getByText('AG-HEALTH-SR')).toBeInTheDocument();
    expect(screen.getByTestId('nav-referrals-outbox')).toBeInTheDocument();
    expect(screen.queryByTestId('nav-referrals-inbox')).not.toBeInTheDocument();
  });

  it('gives supervisors both lists and focal points only the inbox', async () => {
    referralBackend((call) => (call.url.startsWith('/api/referrals/') ? { body: page([]) } : undefined));
    renderApp('/referrals/outbox', OFFICER);
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    expect(screen.getByTestId('nav-referrals-inbox')).toBeInTheDocument();
    expect(screen.queryByTestId('nav-referrals-outbox')).not.toBeInTheDocument();
  });

  it('tells a supervisor when nothing matches', async () => {
    referralBackend((call) => (call.url.startsWith('/api/referrals/inbox') ? { body: page([]) } : undefined));
    renderApp('/referrals', SUPERVISOR_SR);

    expect(await screen.findByTestId('referrals-empty')).toHaveTextContent('No referrals match.');
    expect(screen.getByTestId('nav-referrals-inbox')).toBeInTheDocument();
    expect(screen.getByTestId('nav-referrals-outbox')).toBeInTheDocument();
  });

  it('keeps roles without referrals out, without calling the service', async () => {
    const { calls } = referralBackend(() => undefined);
    renderApp('/referrals/inbox', ANALYST);

    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    expect(calls.filter((call) => call.url.startsWith('/api/referrals'))).toHaveLength(0);
    expect(screen.queryByTestId('nav-referrals-inbox')).not.toBeInTheDocument();
  });

  it('lets a Phnom Penh worker reach the outbox from the navigation', async () => {
    referralBackend(() => ({ body: page([]) }));
    renderApp('/referrals/outbox', WORKER);
    expect(await screen.findByTestId('referrals-empty')).toBeInTheDocument();
  });
});
