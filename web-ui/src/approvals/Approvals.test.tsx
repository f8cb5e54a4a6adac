import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { caseBackend } from '../cases/page/caseBackend';
import { CASE_ID, PLAN_IN_INBOX, planAwaitingApproval, SUPERVISOR } from '../cases/page/caseFixtures';
import { renderApp, WORKER } from '../test/renderApp';

const MINE = {
  caseId: 'c-own',
  caseNumber: 'KH-PP-2026-000777',
  approvalId: 'ap-own',
  kind: 'CLOSURE',
  requestedBy: 'supervisor.pp',
  requestedAt: '2026-03-03T10:00:00Z',
  mayDecide: false,
};
const THEIRS = PLAN_IN_INBOX;

function inbox(pending: unknown[], onDecision: () => { status: number } | undefined = () => undefined) {
  let waiting = pending;
  return caseBackend(
    planAwaitingApproval(),
    (_, current) => {
      const refused = onDecision();
      if (refused) return { ...refused, body: { status: refused.status, title: 'Refused' } };
      waiting = waiting.filter((item) => (item as { approvalId: string }).approvalId !== 'ap-1');
      return { ...current, stage: 'SERVICES' };
    },
    (call) => (call.url === '/api/approvals?status=PENDING' ? { body: waiting } : undefined),
  );
}

describe('Approvals inbox', () => {
  it('offers approve and reject on a worker’s request, never on the supervisor’s own', async () => {
    inbox([MINE, THEIRS]);
    renderApp('/approvals', SUPERVISOR);

    const [own, other] = await screen.findAllByTestId('pending-approval');
    expect(within(own).getByTestId('own-request')).toHaveTextContent('You requested this yourself');
    expect(within(own).queryByTestId('approve')).not.toBeInTheDocument();
    expect(within(own).queryByTestId('reject')).not.toBeInTheDocument();
    expect(within(other).getByTestId('approve')).toBeInTheDocument();
    expect(within(other).getByTestId('reject')).toBeInTheDocument();
    expect(within(other).getByRole('link', { name: 'KH-PP-2026-000123' })).toHaveAttribute('href', `/cases/${CASE_ID}`);
  });

  it('rejects with a comment, sent with the case’s current ETag', async () => {
    const backend = inbox([THEIRS]);
    const user = userEvent.setup();
    renderApp('/approvals', SUPERVISOR);
    const item = await screen.findByTestId('pending-approval');

    await user.type(within(item).getByLabelText('Comment'), 'Add a school goal');
    await user.click(within(item).getByTestId('reject'));

    expect(await screen.findByTestId('approvals-empty')).toBeInTheDocument();
    expect(screen.getByTestId('approvals-announcement')).toHaveTextContent('Case plan of case KH-PP-2026-000123 rejected.');
    expect(screen.getByRole('heading', { level: 1, name: 'Approvals' })).toHaveFocus();
    expect(backend.writes()).toEqual([
      expect.objectContaining({
        url: `/api/cases/${CASE_ID}/approvals/ap-1/decision`,
        body: { decision: 'REJECT', comment: 'Add a school goal' },
        headers: expect.objectContaining({ 'If-Match': '"3"' }),
      }),
    ]);
  });

  it('says the case was changed by someone else when the decision comes too late', async () => {
    inbox([THEIRS], () => ({ status: 409 }));
    const user = userEvent.setup();
    renderApp('/approvals', SUPERVISOR);
    const item = await screen.findByTestId('pending-approval');

    await user.click(within(item).getByTestId('approve'));

    expect(await within(item).findByTestId('conflict')).toHaveTextContent('This case was changed by someone else — reload');
  });

  it('is only for supervisors', async () => {
    inbox([THEIRS]);
    renderApp('/approvals', WORKER);

    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
  });

  it('counts on the badge only the requests the supervisor may decide', async () => {
    inbox([MINE, THEIRS]);
    renderApp('/approvals', SUPERVISOR);

    expect(await screen.findAllByTestId('pending-approval')).toHaveLength(2);
    await waitFor(() => expect(screen.getByTestId('nav-approvals-pending')).toHaveTextContent('1'));
  });

  it('counts the waiting approvals again once one is decided in the inbox', async () => {
    inbox([THEIRS]);
    const user = userEvent.setup();
    renderApp('/approvals', SUPERVISOR);
    expect(await screen.findByTestId('nav-approvals-pending')).toHaveTextContent('1');

    await user.click(within(await screen.findByTestId('pending-approval')).getByTestId('approve'));

    await waitFor(() => expect(screen.queryByTestId('nav-approvals-pending')).not.toBeInTheDocument());
  });

  it('counts the waiting approvals again after a decision on the case page', async () => {
    inbox([THEIRS]);
    const user = userEvent.setup();
    renderApp(`/cases/${CASE_ID}`, SUPERVISOR);
    expect(await screen.findByTestId('nav-approvals-pending')).toHaveTextContent('1');

    await user.click(within(await screen.findByTestId('section-approvals')).getByTestId('approve'));

    await waitFor(() => expect(screen.queryByTestId('nav-approvals-pending')).not.toBeInTheDocument());
    expect(screen.getByTestId('case-stage')).toHaveTextContent('Services');
  });
});
