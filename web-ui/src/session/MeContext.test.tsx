import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../App';
import { LOGIN_PATH, navigation } from '../api/http';
import { stubFetch } from '../test/fetchStub';
import { MeProvider } from './MeContext';

function renderWithSession(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <MeProvider>
        <AppRoutes />
      </MeProvider>
    </MemoryRouter>,
  );
}

describe('Session', () => {
  it('sends an anonymous browser to Keycloak', async () => {
    const toLogin = vi.spyOn(navigation, 'toLogin').mockImplementation(() => undefined);
    stubFetch((url) => (url === '/api/me' ? { status: 401, body: { status: 401, title: 'Unauthorized' } } : undefined));
    renderWithSession('/cases');

    expect(await screen.findByText('Signing you in…')).toBeInTheDocument();
    expect(toLogin).toHaveBeenCalledOnce();
    expect(LOGIN_PATH).toBe('/oauth2/authorization/keycloak');
  });

  it('shows who is signed in and lands a social worker on My cases', async () => {
    stubFetch((url) =>
      url === '/api/me'
        ? { body: { username: 'worker.pp', roles: ['social-worker'], districts: ['KH-PP'], agency: 'AG-DOSVY-PP' } }
        : url.startsWith('/api/cases?')
          ? { body: { content: [], page: 0, size: 20, totalElements: 0, totalPages: 0 } }
          : undefined,
    );
    renderWithSession('/');

    expect(await screen.findByTestId('username')).toHaveTextContent('worker.pp');
    expect(screen.getByTestId('user-roles')).toHaveTextContent('Social worker');
    expect(await screen.findByRole('heading', { name: 'My cases' })).toBeInTheDocument();
  });

  it('welcomes a user whose role has no screen yet', async () => {
    stubFetch((url) =>
      url === '/api/me' ? { body: { username: 'someone', roles: ['offline_access'], districts: [], agency: null } } : undefined,
    );
    renderWithSession('/');

    expect(await screen.findByTestId('no-screen')).toHaveTextContent('no ChildProtect role');
  });
});
