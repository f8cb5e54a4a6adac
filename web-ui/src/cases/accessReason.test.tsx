import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../i18n';
import { renderApp, WORKER } from '../test/renderApp';
import { caseBackend, type Call } from './page/caseBackend';
import { CASE_ID, PLAN_IN_INBOX, planAwaitingApproval, registeredCase, SUPERVISOR } from './page/caseFixtures';

const caseReads = (calls: Call[]) => calls.filter((call) => call.method === 'GET' && call.url === `/api/cases/${CASE_ID}`);

function supervisedCase(tasks: unknown[] = []) {
  return caseBackend(
    planAwaitingApproval(),
    (_, current) => ({ ...current, stage: 'SERVICES' }),
    (call) => {
      if (call.url === '/api/approvals?status=PENDING') return { body: [PLAN_IN_INBOX] };
      if (call.url.startsWith('/api/tasks')) return { body: { tasks, overdueCount: 0, total: tasks.length } };
      return undefined;
    },
  );
}

describe('Why a supervisor reads a case', () => {
  it('sends the approval as the reason when the supervisor opens the case from the inbox, and says so', async () => {
    const backend = supervisedCase();
    const user = userEvent.setup();
    renderApp('/approvals', SUPERVISOR);

    await user.click(await screen.findByTestId('approval-case-link'));

    expect(await screen.findByTestId('access-reason')).toHaveTextContent(
      "You opened this case for: deciding an approval request. The reason is recorded in the case's audit trail.",
    );
    expect(caseReads(backend.calls).map((call) => call.headers['X-Access-Reason'])).toEqual(['Deciding an approval request']);
  });

  it('sends supervision as the reason for a case opened by its address, also when the page reloads the case', async () => {
    const backend = supervisedCase();
    const user = userEvent.setup();
    renderApp(`/cases/${CASE_ID}`, SUPERVISOR);
    expect(await screen.findByTestId('access-reason')).toHaveTextContent('supervising the casework of the district');

    backend.changeElsewhere({ riskLevel: 'LOW' });
    const approvals = screen.getByTestId('section-approvals');
    await user.click(within(approvals).getByTestId('approve'));
    await user.click(await within(approvals).findByTestId('reload-case'));
    await within(approvals).findByText(/The case was reloaded/);

    const reasons = caseReads(backend.calls).map((call) => call.headers['X-Access-Reason']);
    expect(reasons).toEqual(['Supervising the casework of the district', 'Supervising the casework of the district']);
  });

  it('sends a task as the reason when the supervisor comes from the district tasks', async () => {
    const backend = supervisedCase([
      { caseId: CASE_ID, caseNumber: 'KH-PP-2026-000123', kind: 'ASSESSMENT_DUE', dueAt: '2999-01-01T00:00:00Z', overdue: false },
    ]);
    const user = userEvent.setup();
    renderApp('/tasks?scope=district', SUPERVISOR);

    await user.click(await screen.findByRole('link', { name: 'KH-PP-2026-000123' }));

    expect(await screen.findByTestId('access-reason')).toHaveAttribute('data-reason', 'TASK');
    expect(caseReads(backend.calls)[0].headers['X-Access-Reason']).toBe('Following up a task of the district');
  });

  it('reads the case with the approval as the reason before deciding from the inbox', async () => {
    const backend = supervisedCase();
    const user = userEvent.setup();
    renderApp('/approvals', SUPERVISOR);

    await user.click(within(await screen.findByTestId('pending-approval')).getByTestId('approve'));

    expect(await screen.findByTestId('approvals-empty')).toBeInTheDocument();
    expect(caseReads(backend.calls).map((call) => call.headers['X-Access-Reason'])).toEqual(['Deciding an approval request']);
    expect(backend.writes()).toHaveLength(1);
  });

  it('keeps the header in plain English when the supervisor reads Khmer: a header cannot carry Khmer script', async () => {
    const backend = supervisedCase();
    await changeLanguage('km');
    try {
      renderApp(`/cases/${CASE_ID}`, SUPERVISOR);
      expect(await screen.findByTestId('access-reason')).toHaveTextContent('ការត្រួតពិនិត្យការងារករណីរបស់ស្រុក/ខណ្ឌ');
      expect(caseReads(backend.calls)[0].headers['X-Access-Reason']).toBe('Supervising the casework of the district');
    } finally {
      await changeLanguage('en');
    }
  });

  it('sends no reason for a social worker and shows them no notice', async () => {
    const worker = caseBackend(registeredCase());
    renderApp(`/cases/${CASE_ID}`, WORKER);
    await screen.findByTestId('case-summary');
    expect(caseReads(worker.calls)[0].headers).not.toHaveProperty('X-Access-Reason');
    expect(screen.queryByTestId('access-reason')).not.toBeInTheDocument();
  });

  it('tells a supervisor nothing on a case they registered themselves', async () => {
    caseBackend(registeredCase({ owner: { userId: 'u-sup', username: 'supervisor.pp' } }));
    renderApp(`/cases/${CASE_ID}`, SUPERVISOR);
    await screen.findByTestId('case-summary');
    expect(screen.queryByTestId('access-reason')).not.toBeInTheDocument();
  });
});
