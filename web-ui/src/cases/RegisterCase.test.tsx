import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../test/fetchStub';
import { REFERENCE_DATA, renderApp } from '../test/renderApp';

const EMPTY_PAGE = { content: [], page: 0, size: 20, totalElements: 0, totalPages: 0 };

function backend(onPost: (body: unknown) => { status: number; body?: unknown }) {
  return stubFetch((url, init) => {
    if (url === '/api/reference-data') return { body: REFERENCE_DATA };
    if (url.startsWith('/api/cases?')) return { body: EMPTY_PAGE };
    if (url === '/api/cases' && init.method === 'POST') {
      const answer = onPost(JSON.parse(String(init.body)));
      return { ...answer, contentType: 'application/problem+json' };
    }
    return undefined;
  });
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/Given name/), 'Sokha');
  await user.type(screen.getByLabelText(/Family name/), 'Chan');
  await user.selectOptions(screen.getByLabelText(/^Sex/), 'FEMALE');
  await user.type(screen.getByLabelText('Estimated age (years)'), '9');
  await user.selectOptions(screen.getByLabelText(/District/), 'KH-PP');
  await user.selectOptions(screen.getByLabelText(/Protection concern/), 'NEGLECT');
  await user.selectOptions(screen.getByLabelText(/Risk level/), 'HIGH');
}

describe('Register case', () => {
  it('explains every missing field and sends nothing', async () => {
    const { calls } = backend(() => ({ status: 201 }));
    const user = userEvent.setup();
    renderApp('/cases/new');
    await screen.findByRole('option', { name: 'Phnom Penh' });

    await user.click(screen.getByTestId('register-submit'));

    expect(await screen.findByText("Enter the child's given name.")).toBeInTheDocument();
    expect(screen.getByText("Enter the child's family name.")).toBeInTheDocument();
    expect(screen.getByText("Choose the child's sex.")).toBeInTheDocument();
    expect(screen.getByText(/Enter the date of birth/)).toBeInTheDocument();
    expect(screen.getByText('Choose the district.')).toBeInTheDocument();
    expect(screen.getByText('Choose the protection concern.')).toBeInTheDocument();
    expect(screen.getByText('Choose the risk level.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Given name/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/Given name/)).toHaveFocus();
    expect(calls.filter((call) => call.init.method === 'POST')).toHaveLength(0);
  });

  it('registers with the CSRF token and returns to My cases', async () => {
    let sent: unknown;
    const { calls } = backend((body) => {
      sent = body;
      return { status: 201 };
    });
    document.cookie = 'XSRF-TOKEN=token-123; path=/';
    const user = userEvent.setup();
    renderApp('/cases/new');
    await screen.findByRole('option', { name: 'Phnom Penh' });

    await fillValidForm(user);
    expect(screen.getByTestId('age-mode-estimated')).toBeChecked();
    await user.click(screen.getByTestId('register-submit'));

    expect(await screen.findByTestId('cases-empty')).toHaveTextContent('No cases yet — register the first one');
    expect(sent).toEqual({
      givenName: 'Sokha',
      familyName: 'Chan',
      sex: 'FEMALE',
      estimatedAgeYears: 9,
      district: 'KH-PP',
      concerns: ['NEGLECT'],
      riskLevel: 'HIGH',
    });
    const post = calls.find((call) => call.init.method === 'POST')!;
    expect(post.init.credentials).toBe('same-origin');
    expect((post.init.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('token-123');
  });

  it('refuses an estimated age of an adult', async () => {
    backend(() => ({ status: 201 }));
    const user = userEvent.setup();
    renderApp('/cases/new');
    await screen.findByRole('option', { name: 'Phnom Penh' });

    await user.type(screen.getByLabelText('Estimated age (years)'), '19');
    await user.click(screen.getByTestId('register-submit'));

    expect(await screen.findByText('Enter a whole number of years from 0 to 17.')).toBeInTheDocument();
  });

  it('shows the server field errors next to their fields', async () => {
    backend(() => ({
      status: 400,
      body: {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'Validation failed',
        errors: [
          { field: 'familyName', message: 'must not be blank' },
          { field: 'concerns[0]', message: 'unknown concern code' },
        ],
      },
    }));
    const user = userEvent.setup();
    renderApp('/cases/new');
    await screen.findByRole('option', { name: 'Phnom Penh' });

    await fillValidForm(user);
    await user.click(screen.getByTestId('register-submit'));

    expect(await screen.findByText('must not be blank')).toHaveAttribute('id', 'familyName-error');
    expect(screen.getByText('unknown concern code')).toHaveAttribute('id', 'concern-error');
    expect(screen.getByLabelText(/Protection concern/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(screen.getByTestId('form-error')).getByRole('alert')).toHaveTextContent(
      'Please correct the highlighted fields.',
    );
  });

  it('speaks Khmer after the language switch', async () => {
    backend(() => ({ status: 201 }));
    const user = userEvent.setup();
    renderApp('/cases/new');
    await screen.findByRole('option', { name: 'Phnom Penh' });

    await user.click(screen.getByTestId('language-km'));

    expect(await screen.findByLabelText(/នាមខ្លួន/)).toHaveAttribute('name', 'givenName');
    expect(screen.getByTestId('register-submit')).toHaveTextContent('ចុះឈ្មោះករណី');
    expect(document.documentElement.lang).toBe('km');
  });
});

describe('Search before create', () => {
  const MATCH = {
    id: '7d1f0a2e-0000-4000-8000-000000000009',
    caseNumber: 'KH-PP-2025-000042',
    givenName: 'Sokha',
    familyName: 'Chann',
    birthYear: 2017,
    district: 'KH-PP',
    score: 0.92,
  };

  it('shows likely matches with links while the worker types, and still lets them register', async () => {
    let posted = false;
    const { calls } = stubFetch((url, init) => {
      if (url === '/api/reference-data') return { body: REFERENCE_DATA };
      if (url.startsWith('/api/cases/likely-matches?')) return { body: [MATCH] };
      if (url.startsWith('/api/cases?')) return { body: EMPTY_PAGE };
      if (url === '/api/cases' && init.method === 'POST') {
        posted = true;
        return { status: 201, body: { id: 'new-id', caseNumber: 'KH-PP-2026-000124', version: 0 } };
      }
      return undefined;
    });
    const user = userEvent.setup();
    renderApp('/cases/new');
    await screen.findByRole('option', { name: 'Phnom Penh' });

    await fillValidForm(user);

    const matches = await screen.findByTestId('likely-matches', {}, { timeout: 3000 });
    const link = within(matches).getByRole('link', { name: /KH-PP-2025-000042/ });
    expect(link).toHaveAttribute('href', `/cases/${MATCH.id}`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(within(matches).getByTestId('likely-match')).toHaveTextContent('Sokha Chann, born 2017, Phnom Penh');
    expect(screen.getByTestId('likely-matches-status')).toHaveTextContent('1 possible existing case found');
    const lookups = calls.map((call) => call.url).filter((url) => url.startsWith('/api/cases/likely-matches?'));
    // Debounced: one request for the finished input, not one per keystroke.
    expect(lookups.length).toBeLessThanOrEqual(3);
    expect(lookups.at(-1)).toBe(
      `/api/cases/likely-matches?givenName=Sokha&familyName=Chan&birthYear=${new Date().getFullYear() - 9}&district=KH-PP`,
    );

    await user.click(screen.getByTestId('register-submit'));
    expect(await screen.findByTestId('registered-notice')).toHaveTextContent('Case KH-PP-2026-000124 was registered.');
    expect(posted).toBe(true);
  });

  it('does not look for matches before both names are there', async () => {
    const { calls } = stubFetch((url) => (url === '/api/reference-data' ? { body: REFERENCE_DATA } : undefined));
    const user = userEvent.setup();
    renderApp('/cases/new');
    await screen.findByRole('option', { name: 'Phnom Penh' });

    await user.type(screen.getByLabelText(/Given name/), 'Sokha');
    await new Promise((resolve) => setTimeout(resolve, 600));

    expect(calls.some((call) => call.url.includes('likely-matches'))).toBe(false);
    expect(screen.queryByTestId('likely-matches')).not.toBeInTheDocument();
  });
});

describe('Registration details', () => {
  it('sends caregivers, source, languages and commune right after registering, with the new ETag', async () => {
    const reference = {
      ...REFERENCE_DATA,
      communes: [
        { code: 'KH-SR-SVD', name: 'Sla Kram', district: 'KH-SR' },
        { code: 'KH-PP-BKK', name: 'Boeng Keng Kang', district: 'KH-PP' },
      ],
    };
    const { calls } = stubFetch((url, init) => {
      if (url === '/api/reference-data') return { body: reference };
      if (url.startsWith('/api/cases/likely-matches?')) return { body: [] };
      if (url.startsWith('/api/cases?')) return { body: EMPTY_PAGE };
      if (url === '/api/cases' && init.method === 'POST') {
        return { status: 201, body: { id: 'new-id', caseNumber: 'KH-PP-2026-000124', version: 0 } };
      }
      if (url === '/api/cases/new-id/registration' && init.method === 'PATCH') {
        return { body: { id: 'new-id', caseNumber: 'KH-PP-2026-000124', version: 1 } };
      }
      return undefined;
    });
    const user = userEvent.setup();
    renderApp('/cases/new');
    await screen.findByRole('option', { name: 'Phnom Penh' });

    expect(screen.queryByLabelText('Commune')).not.toBeInTheDocument();
    await fillValidForm(user);
    // Only the chosen district's communes are offered.
    expect(within(screen.getByLabelText('Commune')).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose…',
      'Boeng Keng Kang',
    ]);
    await user.selectOptions(screen.getByLabelText('Commune'), 'KH-PP-BKK');
    await user.type(screen.getByLabelText('Languages spoken'), 'Khmer, Vietnamese');
    await user.selectOptions(screen.getByLabelText('How the case came in'), 'HELPLINE');
    await user.click(screen.getByTestId('add-caregiver'));
    expect(screen.getByLabelText(/^Name/)).toHaveFocus();
    await user.type(screen.getByLabelText(/^Name/), 'Dara Chan');
    await user.type(screen.getByLabelText(/Relationship to the child/), 'Mother');
    await user.click(screen.getByTestId('register-submit'));

    expect(await screen.findByTestId('registered-notice')).toHaveTextContent('Case KH-PP-2026-000124 was registered.');
    const patch = calls.find((call) => call.init.method === 'PATCH')!;
    expect((patch.init.headers as Record<string, string>)['If-Match']).toBe('"0"');
    expect(JSON.parse(String(patch.init.body))).toEqual({
      languages: ['Khmer', 'Vietnamese'],
      source: 'HELPLINE',
      location: { region: 'KH', district: 'KH-PP', commune: 'KH-PP-BKK' },
      caregivers: [{ name: 'Dara Chan', relationship: 'Mother' }],
    });
  });

  it('asks for the name of an added caregiver before sending anything', async () => {
    const { calls } = stubFetch((url) => (url === '/api/reference-data' ? { body: REFERENCE_DATA } : undefined));
    const user = userEvent.setup();
    renderApp('/cases/new');
    await screen.findByRole('option', { name: 'Phnom Penh' });

    await fillValidForm(user);
    await user.click(screen.getByTestId('add-caregiver'));
    await user.click(screen.getByTestId('register-submit'));

    expect(await screen.findByText("Enter the caregiver's name, or remove this caregiver.")).toBeInTheDocument();
    expect(calls.filter((call) => call.init.method === 'POST')).toHaveLength(0);
  });
});
