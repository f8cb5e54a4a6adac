import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DATA, renderApp } from '../test/renderApp';
import { details, REFERRAL_REFERENCE_DATA, referralBackend, SUPERVISOR_SR, WORKER_SR, type Answer, type Call } from './referralFixtures';

const CASE_ID = '5d2c8f0a-3e6b-4c1d-9a7f-81b2e4c6d903';

const AGENCIES_SR = [
  { code: 'AG-DOSVY-SR', name: 'Siem Reap Social Affairs', type: 'SOCIAL_WELFARE', districts: ['KH-SR'], services: ['CASE_MANAGEMENT', 'FAMILY_TRACING'] },
  { code: 'AG-HEALTH-SR', name: 'Siem Reap Provincial Referral Hospital', type: 'HEALTH', districts: ['KH-SR'], services: ['MEDICAL_CARE', 'MENTAL_HEALTH'] },
  { code: 'AG-HELPLINE', name: 'Child Helpline', type: 'HELPLINE', districts: ['KH-PP', 'KH-SR'], services: ['PSYCHOSOCIAL_SUPPORT'] },
];

function backend(onPost: (call: Call) => Answer, risk = 'LOW') {
  return referralBackend((call) => {
    if (call.url === `/api/cases/${CASE_ID}`) {
      return { body: { id: CASE_ID, caseNumber: 'KH-SR-2026-00042', district: 'KH-SR', riskLevel: risk, ownerAgency: 'AG-DOSVY-SR' } };
    }
    if (call.url === '/api/reference-data') {
      return { body: REFERENCE_DATA };
    }
    if (call.url === '/api/referrals/reference-data') {
      return { body: REFERRAL_REFERENCE_DATA };
    }
    if (call.url.startsWith('/api/agencies?')) {
      const serviceType = new URLSearchParams(call.url.split('?')[1]).get('serviceType');
      return { body: { content: AGENCIES_SR.filter((a) => !serviceType || a.services.includes(serviceType)), page: 0, size: 100, totalElements: 3, totalPages: 1 } };
    }
    if (call.method === 'POST') {
      return onPost(call);
    }
    if (call.url.startsWith('/api/referrals/')) {
      return { body: details(), headers: { ETag: '"0"' } };
    }
    return undefined;
  });
}

async function fillReferral(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByTestId('refer-service'), 'MEDICAL_CARE');
  await user.selectOptions(screen.getByTestId('refer-agency'), 'AG-HEALTH-SR');
  await user.type(screen.getByTestId('refer-reason'), 'Needs a medical check');
}

describe('Refer a case', () => {
  it('offers the services of agencies in the case district, then only agencies offering the chosen one', async () => {
    const { calls } = backend(() => ({ status: 201, body: details() }), 'HIGH');
    const user = userEvent.setup();
    renderApp(`/referrals/new?caseId=${CASE_ID}`, WORKER_SR);

    const service = await screen.findByTestId('refer-service');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Refer case KH-SR-2026-00042');
    expect(calls.some((call) => call.url === '/api/agencies?size=100&district=KH-SR')).toBe(true);
    expect([...service.querySelectorAll('option')].map((o) => o.value)).toEqual([
      '', 'CASE_MANAGEMENT', 'FAMILY_TRACING', 'MEDICAL_CARE', 'MENTAL_HEALTH', 'PSYCHOSOCIAL_SUPPORT',
    ]);
    expect(screen.getByTestId('refer-agency')).toBeDisabled();

    await user.selectOptions(service, 'MEDICAL_CARE');
    const agencies = [...screen.getByTestId('refer-agency').querySelectorAll('option')].map((o) => o.value);
    expect(agencies).toEqual(['', 'AG-HEALTH-SR']);
    expect(screen.getByTestId('refer-urgency')).toHaveValue('HIGH');
    expect(screen.getByTestId('refer-deadline')).toHaveTextContent('24 hours');
    expect(screen.queryByTestId('refer-override')).not.toBeInTheDocument();
  });

  it('sends the referral and opens it', async () => {
    const { calls } = backend(() => ({ status: 201, body: details() }));
    const user = userEvent.setup();
    renderApp(`/referrals/new?caseId=${CASE_ID}`, WORKER_SR);

    await fillReferral(user);
    expect(screen.getByTestId('refer-urgency')).toHaveValue('LOW');
    await user.click(screen.getByTestId('refer-submit'));

    expect(await screen.findByTestId('referral-detail')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'POST')).toMatchObject({
      url: '/api/referrals',
      body: { caseId: CASE_ID, serviceType: 'MEDICAL_CARE', toAgency: 'AG-HEALTH-SR', urgency: 'LOW', reason: 'Needs a medical check' },
    });
  });

  it('explains missing consent, and offers nothing a worker may not do', async () => {
    backend(() => ({
      status: 422,
      body: { status: 422, title: 'Invalid request', errors: [{ field: 'consent', message: 'no consent' }] },
    }));
    const user = userEvent.setup();
    renderApp(`/referrals/new?caseId=${CASE_ID}`, WORKER_SR);

    await fillReferral(user);
    await user.click(screen.getByTestId('refer-submit'));

    expect(await screen.findByTestId('refer-refusal')).toHaveTextContent('no recorded consent');
    expect(screen.getByTestId('refer-refusal')).not.toHaveTextContent('override');
    expect(screen.queryByTestId('refer-override')).not.toBeInTheDocument();
  });

  it('lets a supervisor override missing consent with a justification of some length', async () => {
    const { calls } = backend(() => ({ status: 201, body: details() }));
    const user = userEvent.setup();
    renderApp(`/referrals/new?caseId=${CASE_ID}`, SUPERVISOR_SR);

    await fillReferral(user);
    await user.click(screen.getByTestId('refer-override'));
    await user.type(screen.getByTestId('refer-justification'), 'Too short');
    await user.click(screen.getByTestId('refer-submit'));
    expect(await screen.findByText('Please explain in at least 20 characters.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(screen.getByTestId('refer-justification'), ': child in immediate danger at home');
    await user.click(screen.getByTestId('refer-submit'));
    await screen.findByTestId('referral-detail');
    expect(calls.find((call) => call.method === 'POST')?.body).toMatchObject({
      consentOverride: { justification: 'Too short: child in immediate danger at home' },
    });
  });

  it('says when to try again if the case service is down, and that nothing was saved', async () => {
    backend(() => ({ status: 503, body: { status: 503, title: 'Case service unavailable' }, headers: { 'Retry-After': '7' } }));
    const user = userEvent.setup();
    renderApp(`/referrals/new?caseId=${CASE_ID}`, WORKER_SR);

    await fillReferral(user);
    await user.click(screen.getByTestId('refer-submit'));

    const refusal = await screen.findByTestId('refer-refusal');
    expect(refusal).toHaveTextContent('Nothing was saved');
    expect(refusal).toHaveTextContent('7 seconds');
  });

  it('transfers to agencies that manage cases, other than the owner', async () => {
    const { calls } = backend(() => ({ status: 201, body: details({ kind: 'TRANSFER' }) }));
    renderApp(`/referrals/new?caseId=${CASE_ID}&kind=transfer`, WORKER_SR);

    const agency = await screen.findByTestId('refer-agency');
    expect(screen.queryByTestId('refer-service')).not.toBeInTheDocument();
    expect(calls.some((call) => call.url === '/api/agencies?size=100&serviceType=CASE_MANAGEMENT')).toBe(true);
    expect([...agency.querySelectorAll('option')].map((o) => o.value)).toEqual(['']);
  });

  it('asks to start from a case when none is given', async () => {
    referralBackend(() => undefined);
    renderApp('/referrals/new', WORKER_SR);
    expect(await screen.findByTestId('refer-no-case')).toBeInTheDocument();
  });
});
