import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/types';
import { useLabels, useReferenceData, referenceOf } from '../api/referenceData';
import { formatDateTime } from '../shell/format';
import { ApiFailure } from '../shell/Notices';
import { listReferrals, STATUSES, URGENCIES, type ReferralSummary } from './referralApi';
import { REFERRALS_NS } from './translations';
import './referrals.css';

type State = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; page: Page<ReferralSummary> };

const OPEN = 'REQUESTED,ACCEPTED';

function pageNumber(raw: string | null): number {
  const parsed = Number.parseInt(raw ?? '0', 10);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : 0;
}

/**
 * Inbox (requests to my agency) or outbox (referrals from my cases). The service sorts: open referrals by their
 * running deadline, so the overdue ones lead, then closed ones newest first. Filters live in the URL.
 */
export function ReferralList({ box }: { box: 'inbox' | 'outbox' }) {
  const { t, i18n } = useTranslation(REFERRALS_NS);
  const labels = useLabels();
  const reference = referenceOf(useReferenceData());
  const [params, setParams] = useSearchParams();
  const filters = {
    status: params.get('status') ?? '',
    urgency: params.get('urgency') ?? '',
    kind: params.get('kind') ?? '',
    overdue: params.get('overdue') === 'true',
    page: pageNumber(params.get('page')),
  };
  const [state, setState] = useState<State>({ kind: 'loading' });
  const query = params.toString();

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    listReferrals(box, filters)
      .then((page) => current && setState({ kind: 'ready', page }))
      .catch((error: unknown) => current && setState({ kind: 'failed', error }));
    return () => {
      current = false;
    };
    // The URL is the single source of the filters.
  }, [box, query]);

  const change = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set(name, value);
    } else {
      next.delete(name);
    }
    next.delete('page');
    setParams(next);
  };
  const goTo = (page: number) => {
    const next = new URLSearchParams(params);
    if (page === 0) {
      next.delete('page');
    } else {
      next.set('page', String(page));
    }
    setParams(next);
  };
  const language = i18n.resolvedLanguage ?? 'en';
  const titleId = `referrals-${box}-title`;

  return (
    <section aria-labelledby={titleId}>
      <h1 id={titleId}>{t(box === 'inbox' ? 'list.inboxTitle' : 'list.outboxTitle')}</h1>
      <form className="filters" role="search" aria-label={t('list.filters')} onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('list.status')}
          <select data-testid="filter-status" value={filters.status} onChange={(e) => change('status', e.target.value)}>
            <option value="">{t('list.allStatuses')}</option>
            <option value={OPEN}>{t('list.openStatuses')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('list.urgency')}
          <select data-testid="filter-urgency" value={filters.urgency} onChange={(e) => change('urgency', e.target.value)}>
            <option value="">{t('list.anyUrgency')}</option>
            {URGENCIES.map((urgency) => (
              <option key={urgency} value={urgency}>
                {t(`urgency.${urgency}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('list.kind')}
          <select data-testid="filter-kind" value={filters.kind} onChange={(e) => change('kind', e.target.value)}>
            <option value="">{t('list.anyKind')}</option>
            <option value="REFERRAL">{t('kind.REFERRAL')}</option>
            <option value="TRANSFER">{t('kind.TRANSFER')}</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="filter-overdue"
            checked={filters.overdue}
            onChange={(e) => change('overdue', e.target.checked ? 'true' : '')}
          />{' '}
          {t('list.overdueOnly')}
        </label>
      </form>
      {state.kind === 'loading' && <p role="status">{t('app.loading', { ns: 'translation' })}</p>}
      {state.kind === 'failed' && <ApiFailure error={state.error} />}
      {state.kind === 'ready' && state.page.content.length === 0 && (
        <div className="empty-state" data-testid="referrals-empty">
          <p>{t('list.empty')}</p>
        </div>
      )}
      {state.kind === 'ready' && state.page.content.length > 0 && (
        <>
          <table data-testid="referrals-table">
            <caption>{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.due')}</th>
                <th scope="col">{t('list.case')}</th>
                <th scope="col">{t('list.service')}</th>
                <th scope="col">{box === 'inbox' ? t('list.from') : t('list.to')}</th>
                <th scope="col">{t('list.urgency')}</th>
                <th scope="col">{t('list.status')}</th>
                <th scope="col">{t('list.requested')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('list.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.page.content.map((row) => (
                <tr key={row.id} data-referral-id={row.id} className={row.overdue ? 'referral-row-overdue' : undefined}>
                  <td>
                    {row.overdue && (
                      <span className="badge badge-danger" data-testid="referral-overdue">
                        {t('overdue')}
                      </span>
                    )}{' '}
                    {formatDateTime(row.dueAt, language)}
                  </td>
                  <td data-testid="referral-case">{row.caseNumber ?? <em>{t('list.withheld')}</em>}</td>
                  <td>
                    {row.kind === 'TRANSFER'
                      ? t('transfer')
                      : labels.label('serviceType', row.serviceType, reference?.serviceTypes)}
                  </td>
                  <td>{box === 'inbox' ? row.fromAgency : row.toAgency}</td>
                  <td>
                    <span className={`risk risk-${row.urgency.toLowerCase()}`}>{t(`urgency.${row.urgency}`)}</span>
                  </td>
                  <td className="referral-status" data-testid="referral-status">
                    {t(`status.${row.status}`)}
                  </td>
                  <td>{formatDateTime(row.requestedAt, language)}</td>
                  <td>
                    <Link to={`/referrals/${row.id}`} data-testid="referral-open">
                      {t('list.open')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="paging" aria-label={t('list.paging')}>
            <button type="button" data-testid="page-previous" disabled={filters.page === 0} onClick={() => goTo(filters.page - 1)}>
              {t('list.previous')}
            </button>
            <span data-testid="page-status">
              {t('list.pageOf', { page: filters.page + 1, pages: Math.max(state.page.totalPages, 1) })}
            </span>
            <button
              type="button"
              data-testid="page-next"
              disabled={filters.page + 1 >= state.page.totalPages}
              onClick={() => goTo(filters.page + 1)}
            >
              {t('list.next')}
            </button>
            <span data-testid="referrals-total">{t('list.total', { count: state.page.totalElements })}</span>
          </nav>
        </>
      )}
    </section>
  );
}
