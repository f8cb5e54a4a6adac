import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { likelyMatches, type MatchQuery } from '../api/cases';
import type { LikelyMatch } from '../api/caseTypes';
import { useLabels } from '../api/referenceData';
import type { ReferenceData } from '../api/types';

/** Long enough that typing a name sends one request, short enough that the warning appears before the form ends. */
export const MATCH_DEBOUNCE_MILLIS = 400;
const MIN_NAME_LENGTH = 2;

type State = { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; matches: LikelyMatch[] } | { kind: 'failed' };

export function matchQueryReady(query: MatchQuery): boolean {
  return query.givenName.trim().length >= MIN_NAME_LENGTH && query.familyName.trim().length >= MIN_NAME_LENGTH;
}

/**
 * Search before create: while the worker types, cases that may be the same child are shown with links (in a new
 * tab, so the form keeps what was typed). Nothing is merged and nothing is blocked; the worker decides.
 */
export function LikelyMatches({ query, reference }: { query: MatchQuery; reference: ReferenceData | null }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const sequence = useRef(0);
  const ready = matchQueryReady(query);
  const { givenName, familyName, birthYear, district } = query;

  useEffect(() => {
    const ticket = ++sequence.current;
    if (!ready) {
      setState({ kind: 'idle' });
      return;
    }
    const timer = window.setTimeout(() => {
      setState((previous) => (previous.kind === 'done' ? previous : { kind: 'checking' }));
      likelyMatches({ givenName, familyName, birthYear, district })
        // Answers can arrive out of order: only the one for the latest input counts.
        .then((matches) => ticket === sequence.current && setState({ kind: 'done', matches }))
        .catch(() => ticket === sequence.current && setState({ kind: 'failed' }));
    }, MATCH_DEBOUNCE_MILLIS);
    return () => window.clearTimeout(timer);
  }, [ready, givenName, familyName, birthYear, district]);

  const matches = state.kind === 'done' ? state.matches : [];
  return (
    <div className="likely-matches">
      {/* A short sentence is announced; the list itself is read when the worker moves to it. */}
      <p className="hint" aria-live="polite" data-testid="likely-matches-status">
        {state.kind === 'failed' && t('register.matches.failed')}
        {state.kind === 'done' && matches.length === 0 && t('register.matches.none')}
        {matches.length > 0 && t('register.matches.found', { count: matches.length })}
      </p>
      {matches.length > 0 && (
        <section className="warning-box" aria-labelledby="likely-matches-title" data-testid="likely-matches">
          <h2 id="likely-matches-title">{t('register.matches.title')}</h2>
          <p>{t('register.matches.intro')}</p>
          <ul>
            {matches.map((match) => (
              <li key={match.id} data-testid="likely-match">
                <Link to={`/cases/${match.id}`} target="_blank" rel="noopener">
                  {match.caseNumber ?? match.id}
                  <span className="visually-hidden"> {t('register.matches.newTab')}</span>
                </Link>{' '}
                — {[match.givenName, match.familyName].filter(Boolean).join(' ')}
                {match.birthYear ? `, ${t('register.matches.born', { year: match.birthYear })}` : ''}
                {match.district ? `, ${labels.district(match.district, reference)}` : ''}
              </li>
            ))}
          </ul>
          <p>{t('register.matches.decide')}</p>
        </section>
      )}
    </div>
  );
}
