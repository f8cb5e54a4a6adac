import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SUPERVISOR } from '../cases/page/caseFixtures';
import { stubFetch } from '../test/fetchStub';
import { renderApp } from '../test/renderApp';

const TASKS = {
  tasks: [
    { caseId: 'c-2', caseNumber: 'KH-PP-2026-000002', kind: 'FOLLOW_UP_DUE', dueAt: '2999-01-01T00:00:00Z', overdue: false },
    { caseId: 'c-1', caseNumber: 'KH-PP-2026-000001', kind: 'ASSESSMENT_DUE', dueAt: '2026-01-01T00:00:00Z', overdue: true },
  ],
  overdueCount: 1,
  total: 2,
};

describe('My tasks', () => {
  it('lists overdue tasks first, each linking to its case', async () => {
    stubFetch((url) => (url === '/api/tasks?scope=mine' ? { body: TASKS } : undefined));
    renderApp('/tasks');

    const table = await screen.findByTestId('tasks-table');
    const rows = within(table).getAllByTestId('task');
    expect(rows.map((row) => row.getAttribute('data-overdue'))).toEqual(['true', 'false']);
    expect(within(rows[0]).getByRole('link', { name: 'KH-PP-2026-000001' })).toHaveAttribute('href', '/cases/c-1');
    expect(rows[0]).toHaveTextContent('Assessment due');
    expect(rows[0]).toHaveTextContent('Overdue');
    expect(screen.getByTestId('tasks-counts')).toHaveTextContent('2 tasks. 1 overdue');
    expect(screen.queryByTestId('tasks-scope-district')).not.toBeInTheDocument();
  });

  it('says when nothing is due', async () => {
    stubFetch((url) => (url === '/api/tasks?scope=mine' ? { body: { tasks: [], overdueCount: 0, total: 0 } } : undefined));
    renderApp('/tasks');

    expect(await screen.findByTestId('tasks-empty')).toHaveTextContent('Nothing is due');
  });

  it('shows a supervisor the tasks across their districts', async () => {
    const { calls } = stubFetch((url) =>
      url === '/api/tasks?scope=district' || url === '/api/tasks?scope=mine' ? { body: TASKS } : undefined,
    );
    const user = userEvent.setup();
    renderApp('/tasks', SUPERVISOR);
    await screen.findByTestId('tasks-table');

    await user.click(screen.getByTestId('tasks-scope-district'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tasks in my districts' })).toBeInTheDocument();
    expect(screen.getByTestId('tasks-scope-district')).toHaveAttribute('aria-pressed', 'true');
    expect(calls.some((call) => call.url === '/api/tasks?scope=district')).toBe(true);
  });
});
