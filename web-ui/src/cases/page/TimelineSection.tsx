import { useTranslation } from 'react-i18next';
import { actorName } from '../../api/caseTypes';
import { useLabels } from '../../api/referenceData';
import { formatDateTime } from '../../shell/format';
import { CaseSection } from './CaseSection';
import { useCaseWorkspace } from './workspace';

/** CASE_PLAN_SAVED → "Case plan saved": an action the translations do not know yet still reads as words. */
export function humanise(code: string): string {
  const words = code.toLowerCase().replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** From the case's audit trail, newest first: who did what when, never the values. */
export function TimelineSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { details } = useCaseWorkspace();
  const timeline = details.timeline ?? [];
  const actionLabel = (action: string) => {
    const label = labels.label('timelineAction', action);
    return label === action ? humanise(action) : label;
  };
  return (
    <CaseSection id="timeline" title={t('casePage.timeline.title')}>
      {timeline.length === 0 ? (
        <p>{t('casePage.timeline.none')}</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {timeline.map((entry, index) => (
            <li key={`${entry.at}-${index}`} data-testid="timeline-entry">
              <time dateTime={entry.at}>{formatDateTime(entry.at, labels.language)}</time> —{' '}
              <span data-testid="timeline-action">{actionLabel(entry.action)}</span>
              {actorName(entry.by) && ` (${actorName(entry.by)})`}
            </li>
          ))}
        </ol>
      )}
    </CaseSection>
  );
}
