import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { searchCases, type CaseQuery } from '../api/cases';
import { STAGES } from '../api/caseTypes';
import { codesOf, referenceOf, useLabels, useReferenceData } from '../api/referenceData';
import { codeOf, type CaseSummary, type Page } from '../api/types';
import { isSupervisor } from '../shell/caseRoles';
import { formatDate } from '../shell/format';
import { ApiFailure } from '../shell/Notices';
import { useSharedWorkCounts } from '../shell/useWorkCounts';
import { useMe } from '../session/MeContext';

export const PAGE_SIZE = 20;
export const DEFAULT_SORT = 'registeredAt,desc';
export const SORTS = ['registeredAt,desc', 'registeredAt,asc', 'caseNumber,asc', 'familyName,asc'] as const;
const DEFAULT_RISK_LEVELS = ['HIGH', 'MEDIUM', 'LOW'];

/** The filters that live in the URL, so a search can be bookmarked, shared with oneself and kept on "Back". */
const FILTERS = ['q', 'stage', 'riskLevel', 'concern', 'district', 'registeredFrom', 'registeredTo'] as const;

type State = { kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; page: Page<CaseSummary> };

/** What the registration form hands over when it lands here, to say which case was just registered. */
export interface RegisteredNotice {
  registered?: { id: string; caseNumber?: string; detailsSaved?: boolean };
}

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

function queryFrom(params: URLSearchParams, page: number): CaseQuery {
  const query: CaseQuery = { page, size: PAGE_SIZE, sort: params.get('sort') ?? DEFAULT_SORT };
  for (const filter of FILTERS) {
    const value = params.get(filter);
    if (value) {
      query[filter] = value;
    }
  }
  return query;
}

function WorkSummary() {
  const { t } = useTranslation();
  const counts = useSharedWorkCounts();
  if (counts.tasks === undefined || counts.tasks === 0) {
    return null;
  }
  return (
    <p className="work-summary" data-testid="tasks-summary">
      <Link to="/tasks">
        {t('cases.tasksSummary', { count: counts.tasks })}
        {counts.overdue ? (
          <>
            {' '}
            <span className="badge badge-danger" data-testid="tasks-summary-overdue">
              {t('cases.overdueSummary', { count: counts.overdue })}
            </span>
          </>
        ) : null}
      </Link>
    </p>
  );
}

export function CaseList() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const labels = useLabels();
  const reference = referenceOf(useReferenceData());
  const [params, setParams] = useSearchParams();
  const page = pageNumber(params.get('page'));
  const [state, setState] = useState<State>({ kind: 'loading' });
  const filtered = FILTERS.some((filter) => params.get(filter));
  const registered = (location.state as RegisteredNotice | null)?.registered;
  const supervises = isSupervisor(me);
  const queryKey = params.toString();

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    searchCases(queryFrom(new URLSearchParams(queryKey), page))
      .then((result) => current && setState({ kind: 'ready', page: normalisePage(result) }))
      .catch((error: unknown) => current && setState({ kind: 'failed', error }));
    return () => {
      current = false;
    };
  }, [queryKey, page]);

  const goTo = (target: number) => {
    const next = new URLSearchParams(params);
    if (target === 0) {
      next.delete('page');
    } else {
      next.set('page', String(target));
    }
    setParams(next);
  };

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const filter of [...FILTERS, 'sort'] as const) {
      const value = String(form.get(filter) ?? '').trim();
      if (value && !(filter === 'sort' && value === DEFAULT_SORT)) {
        next.set(filter, value);
      }
    }
    // A new search starts at its first page.
    setParams(next);
  };

  const districts = (reference?.districts ?? []).filter(
    (district) => me.districts.length === 0 || me.districts.includes(district.code),
  );

  return (
    <section aria-labelledby="cases-title">
      <h1 id="cases-title">{t('cases.title')}</h1>
      <WorkSummary />
      {registered && (
        <p className="success" role="status" data-testid="registered-notice">
          {t(registered.detailsSaved === false ? 'cases.registeredWithoutDetails' : 'cases.registered', {
            caseNumber: registered.caseNumber ?? '',
          })}{' '}
          <Link to={`/cases/${registered.id}`} data-testid="registered-open">
            {t('cases.openCase')}
          </Link>
        </p>
      )}

      <form className="filters" role="search" aria-label={t('cases.searchLabel')} onSubmit={search} key={queryKey} data-testid="cases-filters">
        <div className="field filter-q">
          <label htmlFor="filter-q">{t('cases.search')}</label>
          <input id="filter-q" name="q" type="search" defaultValue={params.get('q') ?? ''} aria-describedby="filter-q-hint" />
          <p id="filter-q-hint" className="hint">
            {t('cases.searchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="filter-stage">{t('cases.stage')}</label>
          <select id="filter-stage" name="stage" defaultValue={params.get('stage') ?? ''}>
            <option value="">{t('cases.any')}</option>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {labels.label('stage', stage)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-risk">{t('cases.risk')}</label>
          <select id="filter-risk" name="riskLevel" defaultValue={params.get('riskLevel') ?? ''}>
            <option value="">{t('cases.any')}</option>
            {codesOf(reference?.riskLevels, DEFAULT_RISK_LEVELS).map((entry) => (
              <option key={codeOf(entry)} value={codeOf(entry)}>
                {labels.label('risk', codeOf(entry), reference?.riskLevels)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-concern">{t('cases.concern')}</label>
          <select id="filter-concern" name="concern" defaultValue={params.get('concern') ?? ''}>
            <option value="">{t('cases.any')}</option>
            {(reference?.concerns ?? []).map((concern) => (
              <option key={concern.code} value={concern.code}>
                {labels.label('concern', concern.code, reference?.concerns)}
              </option>
            ))}
            {/* Keep a bookmarked filter visible even before (or without) the reference lists. */}
            {params.get('concern') && !(reference?.concerns ?? []).some((c) => c.code === params.get('concern')) && (
              <option value={params.get('concern') ?? ''}>{params.get('concern')}</option>
            )}
          </select>
        </div>
        {supervises && (
          <div className="field">
            <label htmlFor="filter-district">{t('cases.district')}</label>
            <select id="filter-district" name="district" defaultValue={params.get('district') ?? ''}>
              <option value="">{t('cases.allMyDistricts')}</option>
              {districts.map((district) => (
                <option key={district.code} value={district.code}>
                  {labels.district(district.code, reference)}
                </option>
              ))}
              {params.get('district') && !districts.some((d) => d.code === params.get('district')) && (
                <option value={params.get('district') ?? ''}>{params.get('district')}</option>
              )}
            </select>
          </div>
        )}
        <fieldset className="field dates">
          <legend>{t('cases.registeredBetween')}</legend>
          <label htmlFor="filter-from">{t('cases.from')}</label>
          <input id="filter-from" name="registeredFrom" type="date" defaultValue={params.get('registeredFrom') ?? ''} />
          <label htmlFor="filter-to">{t('cases.to')}</label>
          <input id="filter-to" name="registeredTo" type="date" defaultValue={params.get('registeredTo') ?? ''} />
        </fieldset>
        <div className="field">
          <label htmlFor="filter-sort">{t('cases.sort')}</label>
          <select id="filter-sort" name="sort" defaultValue={params.get('sort') ?? DEFAULT_SORT}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`cases.sorts.${sort.replace(',', '_')}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" data-testid="cases-search">
            {t('cases.searchButton')}
          </button>
          {(filtered || params.get('sort')) && (
            <button type="button" data-testid="cases-clear" onClick={() => setParams(new URLSearchParams())}>
              {t('cases.clearFilters')}
            </button>
          )}
        </div>
      </form>

      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' && <ApiFailure error={state.error} />}
      {state.kind === 'ready' && state.page.content.length === 0 && page === 0 && !filtered && (
        <div className="empty-state" data-testid="cases-empty">
          <p>{t('cases.empty')}</p>
          <Link to="/cases/new" className="button">
            {t('cases.registerFirst')}
          </Link>
        </div>
      )}
      {state.kind === 'ready' && state.page.content.length === 0 && page === 0 && filtered && (
        <div className="empty-state" data-testid="cases-no-match" role="status">
          <p>{t('cases.noMatch')}</p>
          <button type="button" onClick={() => setParams(new URLSearchParams())}>
            {t('cases.clearFilters')}
          </button>
        </div>
      )}
      {state.kind === 'ready' && (state.page.content.length > 0 || page > 0) && (
        <>
          <p className="visually-hidden" role="status">
            {t('cases.found', { count: state.page.totalElements })}
          </p>
          <table data-testid="cases-table">
            <caption>{t(filtered ? 'cases.captionFiltered' : 'cases.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.caseNumber')}</th>
                <th scope="col">{t('cases.name')}</th>
                <th scope="col">{t('cases.sex')}</th>
                <th scope="col">{t('cases.age')}</th>
                <th scope="col">{t('cases.district')}</th>
                <th scope="col">{t('cases.risk')}</th>
                <th scope="col">{t('cases.stage')}</th>
                <th scope="col">{t('cases.registeredOn')}</th>
              </tr>
            </thead>
            <tbody>
              {state.page.content.map((row) => (
                <tr key={row.id} data-case-id={row.id}>
                  <td data-testid="case-number">
                    <Link to={`/cases/${row.id}`} data-testid="case-link">
                      {row.caseNumber || t('cases.openCase')}
                    </Link>
                  </td>
                  <td data-testid="case-name">{fullName(row)}</td>
                  <td>{row.sex ? labels.label('sex', row.sex, reference?.sexes) : ''}</td>
                  <td>{row.ageYears ?? t('cases.ageUnknown')}</td>
                  <td>{labels.district(row.district, reference)}</td>
                  <td>
                    {row.riskLevel && (
                      <span className={`risk risk-${row.riskLevel.toLowerCase()}`}>
                        {labels.label('risk', row.riskLevel, reference?.riskLevels)}
                      </span>
                    )}
                  </td>
                  <td data-testid="case-stage">{labels.label('stage', row.stage)}</td>
                  <td>{formatDate(row.registeredAt, i18n.resolvedLanguage ?? 'en')}</td>
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
