import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, WORKER } from '../../test/renderApp';
import { caseBackend } from './caseBackend';
import { CASE_ID, OTHER_SUPERVISOR, planAwaitingApproval, registeredCase, SUPERVISOR } from './caseFixtures';

const PAGE = `/cases/${CASE_ID}`;

describe('Case page', () => {
  it('shows a section per stage with the registration details', async () => {
    caseBackend(registeredCase());
    renderApp(PAGE);

    expect(await screen.findByRole('heading', { level: 1, name: 'Case KH-PP-2026-000123' })).toBeInTheDocument();
    for (const section of ['registration', 'risk', 'assessment', 'case-plan', 'services', 'follow-ups', 'closure', 'approvals', 'consents', 'notes', 'assignment', 'timeline']) {
      expect(screen.getByTestId(`section-${section}`)).toBeInTheDocument();
    }
    const registration = screen.getByTestId('section-registration');
    expect(within(registration).getByTestId('child-name')).toHaveTextContent('Sokha Chan');
    expect(within(registration).getByText('Helpline')).toBeInTheDocument();
    expect(within(registration).getByRole('cell', { name: 'Dara Chan' })).toBeInTheDocument();
    expect(screen.getByTestId('case-stage')).toHaveTextContent('Registration');
    expect(within(screen.getByTestId('stage-progress')).getByText('Registration')).toHaveAttribute('aria-current', 'step');
    expect(within(screen.getByTestId('timeline')).getByText('Case registered')).toBeInTheDocument();
  });

  it('completes the assessment with the ETag of the last read and shows the next stage', async () => {
    const backend = caseBackend(registeredCase(), (call, current) => ({
      ...current,
      stage: 'CASE_PLAN',
      assessment: {
        needs: (call.body as { needs: { domain: string; level: string }[] }).needs,
        riskLevel: 'MEDIUM',
        completedAt: '2026-03-03T08:00:00Z',
        completedBy: 'worker.pp',
      },
      riskLevel: 'MEDIUM',
    }));
    const user = userEvent.setup();
    renderApp(PAGE);
    const section = await screen.findByTestId('section-assessment');

    await user.selectOptions(within(section).getByLabelText('Level of need', { selector: '#assessment-need-SAFETY-level' }), 'HIGH');
    await user.type(within(section).getByLabelText('Notes', { selector: '#assessment-need-SAFETY-notes' }), 'Left alone at night');
    await user.selectOptions(within(section).getByLabelText(/Risk level after assessment/), 'MEDIUM');
    await user.click(within(section).getByTestId('submit-assessment'));

    expect(await within(section).findByTestId('assessment-saved')).toHaveTextContent('Assessment completed');
    const [write] = backend.writes();
    expect(write.url).toBe(`/api/cases/${CASE_ID}/assessment`);
    expect(write.headers['If-Match']).toBe('"3"');
    expect(write.body).toEqual({ needs: [{ domain: 'SAFETY', level: 'HIGH', notes: 'Left alone at night' }], riskLevel: 'MEDIUM' });
    expect(screen.getByTestId('case-stage')).toHaveTextContent('Case plan');
    expect(within(section).queryByTestId('submit-assessment')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Assessment' })).toHaveFocus();
    // The next write carries the new version.
    expect(within(screen.getByTestId('section-case-plan')).getByTestId('save-case-plan')).toBeInTheDocument();
  });

  it('says the case was changed by someone else, and saves after a reload without losing the text', async () => {
    const backend = caseBackend(registeredCase(), (call, current) => ({
      ...current,
      notes: [{ id: 'n1', text: (call.body as { text: string }).text, sensitive: false, by: 'worker.pp', at: '2026-03-03T08:00:00Z' }],
    }));
    const user = userEvent.setup();
    renderApp(PAGE);
    const notes = await screen.findByTestId('section-notes');
    backend.changeElsewhere({ riskLevel: 'LOW' });

    await user.type(within(notes).getByLabelText(/^Note/), 'Met the teacher');
    await user.click(within(notes).getByTestId('add-note'));

    const conflict = await within(notes).findByTestId('conflict');
    expect(conflict).toHaveAttribute('role', 'alert');
    expect(conflict).toHaveTextContent('This case was changed by someone else — reload');
    expect(within(screen.getByTestId('section-notes')).queryByTestId('note')).not.toBeInTheDocument();

    await user.click(within(conflict).getByTestId('reload-case'));
    expect(await within(notes).findByText(/The case was reloaded/)).toBeInTheDocument();
    expect(screen.getByTestId('current-risk')).toHaveTextContent('Low');
    expect(within(notes).getByLabelText(/^Note/)).toHaveValue('Met the teacher');

    await user.click(within(notes).getByTestId('add-note'));
    expect(await within(notes).findByTestId('note-text')).toHaveTextContent('Met the teacher');
    expect(backend.writes().map((write) => write.headers['If-Match'])).toEqual(['"3"', '"4"']);
  });

  it('hides the text of a sensitive note the reader may not see', async () => {
    caseBackend(
      registeredCase({
        notes: [
          { id: 'n1', text: null, hidden: true, sensitive: true, by: 'worker.sr', at: '2026-03-02T10:00:00Z' },
          { id: 'n2', text: 'School visit done', sensitive: false, by: 'worker.pp', at: '2026-03-02T11:00:00Z' },
        ],
      }),
    );
    renderApp(PAGE);

    const [hidden, visible] = await screen.findAllByTestId('note');
    expect(within(hidden).getByTestId('note-hidden')).toHaveTextContent('Sensitive note — not visible to you');
    expect(within(hidden).getByText('Sensitive')).toBeInTheDocument();
    expect(within(visible).getByTestId('note-text')).toHaveTextContent('School visit done');
  });

  it('sends a new sensitive note with its flag', async () => {
    const backend = caseBackend(registeredCase(), (_, current) => current);
    const user = userEvent.setup();
    renderApp(PAGE);
    const notes = await screen.findByTestId('section-notes');

    await user.click(within(notes).getByTestId('add-note'));
    expect(await within(notes).findByText('Write the note.')).toBeInTheDocument();
    expect(backend.writes()).toHaveLength(0);

    await user.type(within(notes).getByLabelText(/^Note/), 'Disclosed abuse by uncle');
    await user.click(within(notes).getByLabelText('Sensitive note'));
    await user.click(within(notes).getByTestId('add-note'));

    await within(notes).findByTestId('notes-saved');
    expect(backend.writes()[0].body).toEqual({ text: 'Disclosed abuse by uncle', sensitive: true });
  });

  it('offers no approval buttons on a supervisor’s own request', async () => {
    caseBackend(planAwaitingApproval({ userId: 'u-sup', username: 'supervisor.pp' }));
    renderApp(PAGE, SUPERVISOR);

    const approvals = await screen.findByTestId('section-approvals');
    expect(within(approvals).getByTestId('own-request')).toHaveTextContent('another supervisor decides');
    expect(within(approvals).queryByTestId('approve')).not.toBeInTheDocument();
    expect(within(approvals).queryByTestId('reject')).not.toBeInTheDocument();
  });

  it('offers no approval buttons to the social worker', async () => {
    caseBackend(planAwaitingApproval());
    renderApp(PAGE, WORKER);

    const approvals = await screen.findByTestId('section-approvals');
    expect(within(approvals).getByText("Waiting for a supervisor's decision.")).toBeInTheDocument();
    expect(within(approvals).queryByTestId('approve')).not.toBeInTheDocument();
  });

  it('lets another supervisor approve the plan, and asks for a reason to reject', async () => {
    const backend = caseBackend(planAwaitingApproval(), (call, current) => ({
      ...current,
      stage: 'SERVICES',
      casePlan: { ...current.casePlan!, approval: { status: 'APPROVED' } },
      approvals: current.approvals!.map((approval) => ({
        ...approval,
        status: 'APPROVED',
        decidedBy: 'supervisor.pp2',
        decidedAt: '2026-03-04T08:00:00Z',
        comment: (call.body as { comment: string }).comment,
      })),
    }));
    const user = userEvent.setup();
    renderApp(PAGE, OTHER_SUPERVISOR);
    const approvals = await screen.findByTestId('section-approvals');

    await user.click(within(approvals).getByTestId('reject'));
    expect(await within(approvals).findByText(/Say why you reject it/)).toBeInTheDocument();
    expect(backend.writes()).toHaveLength(0);

    await user.type(within(approvals).getByLabelText('Comment'), 'Good plan');
    await user.click(within(approvals).getByTestId('approve'));

    expect(await within(approvals).findByTestId('approvals-saved')).toHaveTextContent('Case plan approved.');
    expect(backend.writes()[0]).toMatchObject({
      url: `/api/cases/${CASE_ID}/approvals/ap-1/decision`,
      body: { decision: 'APPROVE', comment: 'Good plan' },
      headers: { 'If-Match': '"3"' },
    });
    expect(within(approvals).getByTestId('approval-status')).toHaveTextContent('Approved');
    expect(screen.getByTestId('case-stage')).toHaveTextContent('Services');
    expect(within(screen.getByTestId('section-services')).getByTestId('add-service')).toBeInTheDocument();
  });

  it('offers a status change on a service still under way, never on a delivered one', async () => {
    const backend = caseBackend(
      registeredCase({
        stage: 'SERVICES',
        services: [
          { id: 's1', serviceType: 'COUNSELLING', provider: 'AG-HELPLINE', status: 'DELIVERED', deliveredOn: '2026-03-04' },
          { id: 's2', serviceType: 'SCHOOL_SUPPORT', provider: 'AG-DOSVY-PP', status: 'PLANNED', plannedOn: '2026-03-05' },
        ],
      }),
      (call, current) => ({
        ...current,
        services: (current.services ?? []).map((service) =>
          service.id === 's2' ? { ...service, status: (call.body as { status: string }).status } : service,
        ),
      }),
    );
    const user = userEvent.setup();
    renderApp(PAGE);
    const [delivered, planned] = await within(await screen.findByTestId('section-services')).findAllByTestId('service-row');

    expect(delivered).toHaveTextContent('Delivered');
    expect(within(delivered).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(delivered).queryByTestId('update-service')).not.toBeInTheDocument();

    await user.selectOptions(within(planned).getByRole('combobox'), 'IN_PROGRESS');
    await user.click(within(planned).getByTestId('update-service'));

    expect(await within(planned).findByTestId('services-s2-saved')).toBeInTheDocument();
    expect(backend.writes()).toEqual([
      expect.objectContaining({ method: 'PATCH', url: `/api/cases/${CASE_ID}/services/s2`, body: { status: 'IN_PROGRESS' } }),
    ]);
  });

  it('lets a supervisor reopen a closed case and nobody else', async () => {
    const closed = registeredCase({
      stage: 'CLOSED',
      closure: {
        reason: 'GOALS_MET',
        checklist: { safe: true, servicesDelivered: true, childConsulted: true, caregiverInformed: false },
      },
    });
    const backend = caseBackend(closed, (_, current) => ({ ...current, stage: 'ASSESSMENT' }));
    const user = userEvent.setup();
    const { unmount } = renderApp(PAGE, WORKER);
    const closure = await screen.findByTestId('section-closure');
    expect(within(closure).getByTestId('closure-details')).toHaveTextContent('Closed');
    expect(within(closure).queryByTestId('reopen')).not.toBeInTheDocument();
    unmount();

    renderApp(PAGE, SUPERVISOR);
    const supervisorView = await screen.findByTestId('section-closure');
    await user.type(within(supervisorView).getByLabelText(/Why reopen/), 'New report from school');
    await user.click(within(supervisorView).getByTestId('reopen'));

    expect(await within(supervisorView).findByTestId('closure-saved')).toHaveTextContent('Case reopened');
    expect(backend.writes()[0]).toMatchObject({ url: `/api/cases/${CASE_ID}/reopen`, body: { reason: 'New report from school' } });
    expect(screen.getByTestId('case-stage')).toHaveTextContent('Assessment');
  });

  it('requests closure with the whole checklist', async () => {
    const backend = caseBackend(registeredCase({ stage: 'FOLLOW_UP' }), (_, current) => ({ ...current, stage: 'CLOSURE_REQUESTED' }));
    const user = userEvent.setup();
    renderApp(PAGE);
    const closure = await screen.findByTestId('section-closure');

    await user.type(within(closure).getByLabelText(/Reason for closing/), 'GOALS_MET');
    await user.click(within(closure).getByLabelText('The child is safe'));
    await user.click(within(closure).getByTestId('request-closure'));

    await within(closure).findByTestId('closure-saved');
    expect(backend.writes()[0].body).toEqual({
      reason: 'GOALS_MET',
      checklist: { safe: true, servicesDelivered: false, childConsulted: false, caregiverInformed: false },
    });
    expect(within(closure).queryByTestId('request-closure')).not.toBeInTheDocument();
  });

  it('says so when the case is not there (or not the reader’s)', async () => {
    caseBackend(registeredCase());
    renderApp('/cases/another-id');

    expect(await screen.findByTestId('case-not-found')).toHaveTextContent('does not exist or is not one of yours');
  });

  it('speaks Khmer', async () => {
    caseBackend(registeredCase({ notes: [{ id: 'n1', text: null, hidden: true, sensitive: true, by: 'x', at: '2026-03-02T10:00:00Z' }] }));
    const user = userEvent.setup();
    renderApp(PAGE);
    await screen.findByTestId('section-notes');

    await user.click(screen.getByTestId('language-km'));

    expect(screen.getByRole('heading', { level: 2, name: 'ការវាយតម្លៃ' })).toBeInTheDocument();
    expect(screen.getByTestId('note-hidden')).toHaveTextContent('កំណត់ចំណាំរសើប — អ្នកមិនអាចមើលបានទេ');
    expect(screen.getByTestId('submit-assessment')).toHaveTextContent('បញ្ចប់ការវាយតម្លៃ');
  });
});
