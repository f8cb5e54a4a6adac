import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { caseBackend } from './caseBackend';
import { CASE_ID, registeredCase } from './caseFixtures';

const PAGE = `/cases/${CASE_ID}`;

describe('Referrals section of the case page', () => {
  it('lists referrals and transfers newest first, with their status, overdue mark and the transfer', async () => {
    caseBackend(
      registeredCase({
        referrals: [
          {
            referralId: 'r-old',
            kind: 'REFERRAL',
            serviceType: 'HEALTH',
            fromAgency: 'AG-DOSVY-PP',
            toAgency: 'AG-HEALTH-SR',
            urgency: 'LOW',
            status: 'COMPLETED',
            overdue: false,
            requestedAt: '2026-03-01T08:00:00Z',
            acceptedAt: '2026-03-02T08:00:00Z',
            closedAt: '2026-03-05T08:00:00Z',
          },
          {
            referralId: 'r-waiting',
            kind: 'REFERRAL',
            serviceType: 'COUNSELLING',
            fromAgency: 'AG-DOSVY-PP',
            toAgency: 'AG-HELPLINE',
            urgency: 'HIGH',
            status: 'REQUESTED',
            overdue: true,
            requestedAt: '2026-03-10T08:00:00Z',
            respondBy: '2026-03-11T08:00:00Z',
          },
          {
            referralId: 't-moved',
            kind: 'TRANSFER',
            fromAgency: 'AG-DOSVY-PP',
            toAgency: 'AG-MOSVY',
            status: 'ACCEPTED',
            overdue: false,
            requestedAt: '2026-03-06T08:00:00Z',
            acceptedAt: '2026-03-07T08:00:00Z',
          },
        ],
      }),
    );
    renderApp(PAGE);

    const section = await screen.findByTestId('section-referrals');
    const items = within(section).getAllByTestId('case-referral');
    expect(items.map((item) => item.getAttribute('data-referral-id'))).toEqual(['r-waiting', 't-moved', 'r-old']);
    expect(within(items[0]).getByTestId('referral-status')).toHaveTextContent('Requested');
    expect(within(items[0]).getByTestId('referral-overdue')).toHaveTextContent('Overdue');
    expect(within(items[0]).getByText('Answer due')).toBeInTheDocument();
    expect(within(items[1]).getByRole('link', { name: /^Transfer:/ })).toHaveAttribute('href', '/referrals/t-moved');
    expect(within(items[2]).getByTestId('referral-status')).toHaveTextContent('Completed');
    expect(within(items[2]).queryByTestId('referral-overdue')).not.toBeInTheDocument();
    expect(within(section).getByTestId('case-transferred')).toHaveTextContent('transferred to AG-MOSVY');
    expect(within(section).queryByTestId('referrals-empty')).not.toBeInTheDocument();
  });

  it('says so when the case has no referral yet, and offers to refer it', async () => {
    caseBackend(registeredCase());
    renderApp(PAGE);

    const section = await screen.findByTestId('section-referrals');
    expect(within(section).getByTestId('referrals-empty')).toHaveTextContent('No referrals yet.');
    expect(within(section).queryByTestId('case-transferred')).not.toBeInTheDocument();
    expect(within(section).getByTestId('refer-case')).toHaveAttribute('href', `/referrals/new?caseId=${CASE_ID}`);
  });
});
