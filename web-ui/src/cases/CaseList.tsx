import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http';
import type { CaseSummary, Page } from '../api/types';
import { ApiFailure } from '../shell/Notices';

export const PAGE_SIZE = 20;

type State = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; page: Page<CaseSummary> };

function fullName(row: CaseSummary): string {
  if (row.displayName) {
    return row.displayName;
  }
  return [row.givenName, row.familyName].filter(Boolean).join(' ');
}

/** A partial answer (say, from an older service) shows as fewer rows, never as a broken screen. */
function normalisePage(result: Partial<Page<CaseSummary>>): Page<CaseSummary> {
  const content = Array.isArray(result.content) ? result.content : [];
  return {
    content,
    page: result.page ?? 0,
    size: result.size ?? PAGE_SIZE,
    totalElements: result.totalElements ?? content.length,
    totalPages: result.totalPages ?? (content.length > 0 ? 1 : 0),
  };
}

function pageNumber(raw: string | null): number {
  const parsed = Number.parseInt(raw ?? '0', 10);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : 0;
}

export function CaseList() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = pageNumber(params.get('page'));
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    api
      .get<Partial<Page<CaseSummary>>>(`/api/cases?page=${page}&size=${PAGE_SIZE}`)
      .then((result) => current && setState({ kind: 'ready', page: normalisePage(result) }))
      .catch((error: unknown) => current && setState({ kind: 'failed', error }));
    return () => {
      current = false;
    };
  }, [page]);

  const goTo = (target: number) => setParams(target === 0 ? {} : { page: String(target) });

  return (
    <section aria-labelledby="cases-title">
      <h1 id="cases-title">{t('cases.title')}</h1>
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' && <ApiFailure error={state.error} />}
      {state.kind === 'ready' && state.page.content.length === 0 && page === 0 && (
        <div className="empty-state" data-testid="cases-empty">
          <p>{t('cases.empty')}</p>
          <Link to="/cases/new" className="button">
            {t('cases.registerFirst')}
          </Link>
        </div>
      )}
      {state.kind === 'ready' && (state.page.content.length > 0 || page > 0) && (
        <>
          <table data-testid="cases-table">
            <caption>{t('cases.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.caseNumber')}</th>
                <th scope="col">{t('cases.name')}</th>
                <th scope="col">{t('cases.sex')}</th>
                <th scope="col">{t('cases.age')}</th>
                <th scope="col">{t('cases.district')}</th>
                <th scope="col">{t('cases.risk')}</th>
                <th scope="col">{t('cases.stage')}</th>
              </tr>
            </thead>
            <tbody>
              {state.page.content.map((row) => (
                <tr key={row.id} data-case-id={row.id}>
                  <td data-testid="case-number">{row.caseNumber}</td>
                  <td data-testid="case-name">{fullName(row)}</td>
                  <td>{row.sex ? t(`sex.${row.sex}`, { defaultValue: row.sex }) : ''}</td>
                  <td>{row.ageYears ?? t('cases.ageUnknown')}</td>
                  <td>{row.district}</td>
                  <td>
                    {row.riskLevel && (
                      <span className={`risk risk-${row.riskLevel.toLowerCase()}`}>
                        {t(`risk.${row.riskLevel}`, { defaultValue: row.riskLevel })}
                      </span>
                    )}
                  </td>
                  <td>{row.stage ? t(`stage.${row.stage}`, { defaultValue: row.stage }) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="paging" aria-label={t('cases.paging')}>
            <button type="button" data-testid="page-previous" disabled={page === 0} onClick={() => goTo(page - 1)}>
              {t('cases.previous')}
            </button>
            <span data-testid="page-status">
              {t('cases.pageOf', { page: page + 1, pages: Math.max(state.page.totalPages, 1) })}
            </span>
            <button
              type="button"
              data-testid="page-next"
              disabled={page + 1 >= state.page.totalPages}
              onClick={() => goTo(page + 1)}
            >
              {t('cases.next')}
            </button>
            <span data-testid="cases-total">{t('cases.total', { count: state.page.totalElements })}</span>
          </nav>
        </>
      )}
    </section>
  );
}
