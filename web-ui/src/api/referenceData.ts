import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './http';
import { codeOf, type CodeOrLabelled, type Commune, type ReferenceData } from './types';

export type ReferenceState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; data: ReferenceData };

/** Loads the reference lists once per screen; they are small and an administrator's edit should show on reload. */
export function useReferenceData(): ReferenceState {
  const [state, setState] = useState<ReferenceState>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    api
      .get<ReferenceData>('/api/reference-data')
      .then((data) => current && setState({ kind: 'ready', data }))
      .catch(() => current && setState({ kind: 'failed' }));
    return () => {
      current = false;
    };
  }, []);
  return state;
}

export function referenceOf(state: ReferenceState): ReferenceData | null {
  return state.kind === 'ready' ? state.data : null;
}

/** The codes a list offers: the reference data's when it has the list, else the contract's fixed codes. */
export function codesOf(list: CodeOrLabelled[] | undefined, defaults: readonly string[]): CodeOrLabelled[] {
  return Array.isArray(list) && list.length > 0 ? list : [...defaults];
}

/** The communes of a district: the service lists them beside the districts (or, in older data, inside them). */
export function communesOf(reference: ReferenceData | null, district: string | null | undefined): Commune[] {
  if (!reference || !district) {
    return [];
  }
  const listed = (reference.communes ?? []).filter((commune) => commune.district === district);
  return listed.length > 0 ? listed : (reference.districts.find((candidate) => candidate.code === district)?.communes ?? []);
}

/**
 * Words for codes. Reference data is data (an administrator may rename a code in every language), so its label
 * in the current language wins; the translation files cover the codes fixed by the contract; the code itself is
 * the last resort, never an empty cell.
 */
export function useLabels() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language ?? 'en';

  const label = useCallback(
    (kind: string, code: string | null | undefined, list?: CodeOrLabelled[]): string => {
      if (code === null || code === undefined || code === '') {
        return '';
      }
      const entry = list?.find((candidate) => codeOf(candidate) === code);
      if (entry !== undefined && typeof entry !== 'string') {
        const own = entry.labels?.[language];
        if (own) {
          return own;
        }
      }
      const key = `${kind}.${code}`;
      if (i18n.exists(key)) {
        return t(key);
      }
      if (entry !== undefined && typeof entry !== 'string') {
        return entry.label ?? entry.name ?? code;
      }
      return code;
    },
    [i18n, language, t],
  );

  const district = useCallback(
    (code: string | null | undefined, reference: ReferenceData | null): string => {
      if (!code) {
        return '';
      }
      const found = reference?.districts?.find((candidate) => candidate.code === code);
      return found?.labels?.[language] ?? found?.name ?? code;
    },
    [language],
  );

  const commune = useCallback(
    (code: string | null | undefined, reference: ReferenceData | null, district: string | null | undefined): string => {
      if (!code) {
        return '';
      }
      const found = communesOf(reference, district).find((candidate) => candidate.code === code);
      return found?.labels?.[language] ?? found?.name ?? found?.label ?? code;
    },
    [language],
  );

  return { label, district, commune, language };
}
