import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http';
import { useCaseWorkspace, type WriteMethod } from './workspace';

export function sectionHeadingId(id: string): string {
  return `case-${id}-title`;
}

/** After a save the form that had the focus may be gone: continue from the section's heading. */
export function focusSection(id: string): void {
  document.getElementById(sectionHeadingId(id))?.focus();
}

export function CaseSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={`case-${id}`} className="case-section" aria-labelledby={sectionHeadingId(id)} data-testid={`section-${id}`}>
      <h2 id={sectionHeadingId(id)} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export type Feedback =
  | { kind: 'saved'; message: string }
  | { kind: 'conflict' }
  | { kind: 'reloaded' }
  | { kind: 'error'; error: unknown };

/** Runs a write for one section and keeps what the user must be told about it, next to the form they used. */
export function useSectionWrite(sectionId: string) {
  const { write } = useCaseWorkspace();
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const run = useCallback(
    async (method: WriteMethod, suffix: string, body: unknown, savedMessage: string): Promise<boolean> => {
      setFeedback(null);
      const result = await write(method, suffix, body);
      if (result.ok) {
        setFeedback({ kind: 'saved', message: savedMessage });
        focusSection(sectionId);
        return true;
      }
      setFeedback(result.conflict ? { kind: 'conflict' } : { kind: 'error', error: result.error });
      return false;
    },
    [write, sectionId],
  );

  return { run, feedback, setFeedback };
}

/**
 * Success is announced politely; a failure is an alert. A conflict offers the reload right here: the page keeps
 * the forms' contents, so the user can look at the newer case and send again.
 */
export function SectionFeedback({
  sectionId,
  feedback,
  onReloaded,
}: {
  sectionId: string;
  feedback: Feedback | null;
  onReloaded: (feedback: Feedback) => void;
}) {
  const { t } = useTranslation();
  const { reload } = useCaseWorkspace();
  const [reloading, setReloading] = useState(false);

  const doReload = async () => {
    setReloading(true);
    const ok = await reload();
    setReloading(false);
    onReloaded(ok ? { kind: 'reloaded' } : { kind: 'error', error: new ApiError({ status: 0 }) });
  };

  return (
    <div className="section-feedback" data-testid={`${sectionId}-feedback`}>
      <div aria-live="polite">
        {feedback?.kind === 'saved' && (
          <p className="success" data-testid={`${sectionId}-saved`}>
            {feedback.message}
          </p>
        )}
        {feedback?.kind === 'reloaded' && <p className="success">{t('casePage.reloaded')}</p>}
      </div>
      {feedback?.kind === 'conflict' && (
        <div className="error conflict" role="alert" data-testid="conflict">
          <p>{t('casePage.conflict')}</p>
          <button type="button" data-testid="reload-case" onClick={() => void doReload()} disabled={reloading}>
            {t('casePage.reload')}
          </button>
        </div>
      )}
      {feedback?.kind === 'error' && <WriteError error={feedback.error} />}
    </div>
  );
}

function WriteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) {
    return (
      <p className="error" role="alert" data-testid="write-error">
        {t('errors.serviceUnavailable')}
      </p>
    );
  }
  const reason =
    error.status === 403
      ? t('casePage.notAllowed')
      : error.status === 0 || error.status === 503
        ? t('errors.serviceUnavailable')
        : (error.problem.detail ?? error.problem.title ?? t('errors.generic', { status: error.status }));
  return (
    <div className="error" role="alert" data-testid="write-error">
      <p>{t('casePage.notSaved', { reason })}</p>
      {error.fieldErrors.length > 0 && (
        <ul>
          {error.fieldErrors.map((fieldError) => (
            <li key={`${fieldError.field}:${fieldError.message}`}>
              <code>{fieldError.field}</code>: {fieldError.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A small helper for the common "field + its error" pairing of the section forms. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="field-error" data-testid={id}>
      {message}
    </p>
  );
}
