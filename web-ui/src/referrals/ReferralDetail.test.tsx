import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/renderApp';
import type { ReferralDetails } from './referralApi';
import { details, OFFICER, REFERRAL_REFERENCE_DATA, referralBackend, WORKER_SR } from './referralFixtures';

const PATH = '/api/referrals/9a1e7c44-2b6f-4d0e-8c3a-5f7b1d2e6a90';

/** Serves one referral with ETags; a command with the wrong If-Match answers 409 as the service does. */
function oneReferral(initial: ReferralDetails, onCommand: (action: string, body: unknown) => ReferralDetails) {
  let current = initial;
  return referralBackend((call) => {
    if (call.url === '/api/referrals/reference-data') {
      return { body: REFERRAL_REFERENCE_DATA };
    }
    if (call.url === PATH && call.method === 'GET') {
      return { body: current, headers: { ETag: `"${current.version}"` } };
    }
    if (call.url === `${PATH}/snapshot`) {
      return {
        body: {
          referralId: current.id,
          caseId: current.caseId,
          caseNumber: current.caseNumber,
          serviceType: current.serviceType,
          sharedAt: '2026-03-14T02:15:30Z',
          openedAt: '2026-03-14T05:00:00Z',
          snapshot: { givenName: 'Sokha', ageYears: 9, caregiverContact: '+855 12 345 678' },
        },
      };
    }
    if (call.url.startsWith(`${PATH}/`) && call.method === 'POST') {
      if (call.headers['If-Match'] !== `"${current.version}"`) {
        return { status: 409, body: { status: 409, title: 'Conflicting change' } };
      }
      current = { ...onCommand(call.url.split('/').pop() ?? '', call.body), version: current.version + 1 };
      return { body: current, headers: { ETag: `"${current.version}"` } };
    }
    return undefined;
  });
}

describe('One referral', () => {
  it('lets the receiving focal point accept, sending the version it read', async () => {
    const { calls } = oneReferral(details(), () =>
      details({ status: 'ACCEPTED', acceptedBy: 'officer.health', acceptedAt: '2026-03-14T05:00:00Z', allowedActions: ['COMPLETE', 'VIEW_SNAPSHOT'] }),
    );
    const user = userEvent.setup();
    renderApp('/referrals/9a1e7c44-2b6f-4d0e-8c3a-5f7b1d2e6a90', OFFICER);

    expect(await screen.findByTestId('referral-status')).toHaveTextContent('Requested');
    expect(screen.getByTestId('referral-reason')).toHaveTextContent('Needs a medical check');
    expect(screen.queryByTestId('action-revoke')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('action-accept'));

    expect(await screen.findByTestId('referral-saved')).toBeInTheDocument();
    expect(screen.getByTestId('referral-status')).toHaveTextContent('Accepted');
    expect(screen.getByTestId('action-complete')).toBeInTheDocument();
    expect(screen.queryByTestId('action-accept')).not.toBeInTheDocument();
    const accept = calls.find((call) => call.method === 'POST');
    expect(accept?.url).toBe(`${PATH}/accept`);
    expect(accept?.headers['If-Match']).toBe('"0"');
  });

  it('declines with a coded reason and an optional comment', async () => {
    const { calls } = oneReferral(details(), () =>
      details({ status: 'DECLINED', declineReason: 'NO_CAPACITY', snapshotAvailable: false, caseNumber: null, reason: null, allowedActions: [] }),
    );
    const user = userEvent.setup();
    renderApp('/referrals/9a1e7c44-2b6f-4d0e-8c3a-5f7b1d2e6a90', OFFICER);

    await user.click(await screen.findByTestId('action-decline'));
    await user.selectOptions(screen.getByTestId('decline-reason'), 'NO_CAPACITY');
    await user.type(screen.getByTestId('action-comment'), 'No paediatrician this week');
    await user.click(screen.getByTestId('action-confirm'));

    expect(await screen.findByTestId('referral-decline-reason')).toHaveTextContent('No capacity');
    expect(screen.getByTestId('snapshot-gone')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
      reason: 'NO_CAPACITY',
      comment: 'No paediatrician this week',
    });
  });

  it('opens the shared information only on request, because every opening is audited', async () => {
    const { calls } = oneReferral(details(), (_, __) => details());
    const user = userEvent.setup();
    renderApp('/referrals/9a1e7c44-2b6f-4d0e-8c3a-5f7b1d2e6a90', OFFICER);

    await screen.findByTestId('open-snapshot');
    expect(calls.some((call) => call.url.endsWith('/snapshot'))).toBe(false);
    await user.click(screen.getByTestId('open-snapshot'));

    expect(await screen.findByTestId('snapshot-givenName')).toHaveTextContent('Sokha');
    expect(screen.getByTestId('snapshot-caregiverContact')).toHaveTextContent('+855 12 345 678');
  });

  it('lets the referrer revoke, and says so when someone else changed the referral first', async () => {
    const stale = details({ allowedActions: ['REVOKE', 'VIEW_SNAPSHOT'] });
    const { calls } = oneReferral(stale, () => details({ status: 'REVOKED', allowedActions: [] }));
    const user = userEvent.setup();
    renderApp('/referrals/9a1e7c44-2b6f-4d0e-8c3a-5f7b1d2e6a90', WORKER_SR);

    await user.click(await screen.findByTestId('action-revoke'));
    expect(screen.getByTestId('form-revoke')).toHaveTextContent('loses access');
    await user.click(screen.getByTestId('action-confirm'));
    expect(await screen.findByTestId('referral-status')).toHaveTextContent('Revoked');
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([`${PATH}/revoke`]);
  });

  it('reloads and warns when the version it read is stale', async () => {
    let reads = 0;
    referralBackend((call) => {
      if (call.url === PATH && call.method === 'GET') {
        reads += 1;
        const current = details({ version: reads === 1 ? 0 : 1, status: reads === 1 ? 'REQUESTED' : 'DECLINED', allowedActions: reads === 1 ? ['ACCEPT', 'DECLINE'] : [] });
        return { body: current, headers: { ETag: `"${current.version}"` } };
      }
      if (call.method === 'POST') {
        return { status: 409, body: { status: 409, title: 'Conflicting change' } };
      }
      return call.url === '/api/referrals/reference-data' ? { body: REFERRAL_REFERENCE_DATA } : undefined;
    });
    const user = userEvent.setup();
    renderApp('/referrals/9a1e7c44-2b6f-4d0e-8c3a-5f7b1d2e6a90', OFFICER);

    await user.click(await screen.findByTestId('action-accept'));

    expect(await screen.findByTestId('referral-conflict')).toBeInTheDocument();
    expect(await screen.findByText('Declined')).toBeInTheDocument();
    expect(reads).toBe(2);
  });

  it('answers an unknown or foreign referral with the not-found page', async () => {
    referralBackend(() => undefined);
    renderApp('/referrals/9a1e7c44-2b6f-4d0e-8c3a-5f7b1d2e6a90', OFFICER);

    expect(await screen.findByTestId('not-found')).toBeInTheDocument();
  });
});
