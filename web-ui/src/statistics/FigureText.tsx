import { useTranslation } from 'react-i18next';
import type { Figure } from './api';
import { NAMESPACE } from './i18n';

/** A figure as text: the number, or a visible "hidden" mark (never 0) for a suppressed one. */
export function FigureText({ figure, percent = false }: { figure: Figure | null | undefined; percent?: boolean }) {
  const { t } = useTranslation(NAMESPACE);
  if (!figure) {
    return <>{t('notApplicable')}</>;
  }
  if (figure.suppressed) {
    return (
      <span className="suppressed" title={t('suppressed')} data-suppressed="true">
        {t('suppressedMark')}
      </span>
    );
  }
  if (figure.value === null) {
    return <>{t('notApplicable')}</>;
  }
  return <>{percent ? `${figure.value}%` : String(figure.value)}</>;
}
