import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { actorName, type Note } from '../../api/caseTypes';
import { useLabels } from '../../api/referenceData';
import { formatDateTime } from '../../shell/format';
import { CaseSection, FieldError, SectionFeedback, useSectionWrite } from './CaseSection';
import { useCaseWorkspace } from './workspace';

const SECTION = 'notes';
export const NOTE_MAX_LENGTH = 4000;

interface NoteForm {
  text: string;
  sensitive: boolean;
}

/** The service withholds a sensitive note's text from those who may not read it; the UI says so plainly. */
function NoteText({ note }: { note: Note }) {
  const { t } = useTranslation();
  if (note.hidden || note.text === null || note.text === undefined) {
    return (
      <p className="note-hidden" data-testid="note-hidden">
        <em>{t('casePage.notes.hidden')}</em>
      </p>
    );
  }
  return (
    <p className="note-text" data-testid="note-text">
      {note.text}
    </p>
  );
}

export function NotesSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { details } = useCaseWorkspace();
  const { run, feedback, setFeedback } = useSectionWrite(SECTION);
  const notes = details.notes ?? [];
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<NoteForm>({ defaultValues: { text: '', sensitive: false } });

  const add = async (form: NoteForm) => {
    if (await run('POST', '/notes', { text: form.text.trim(), sensitive: form.sensitive }, t('casePage.notes.saved'))) {
      reset({ text: '', sensitive: false });
    }
  };

  return (
    <CaseSection id={SECTION} title={t('casePage.notes.title')}>
      {notes.length === 0 ? (
        <p>{t('casePage.notes.none')}</p>
      ) : (
        <ul className="notes">
          {notes.map((note) => (
            <li key={note.id} data-testid="note" data-sensitive={note.sensitive}>
              <p className="meta">
                {t('casePage.notes.meta', { by: actorName(note.by), at: formatDateTime(note.at, labels.language) })}
                {note.sensitive && (
                  <>
                    {' '}
                    <span className="badge badge-danger">{t('casePage.notes.sensitive')}</span>
                  </>
                )}
              </p>
              <NoteText note={note} />
            </li>
          ))}
        </ul>
      )}
      <form className="form" noValidate onSubmit={handleSubmit(add)} data-testid="note-form">
        <h3>{t('casePage.notes.add')}</h3>
        <div className="field">
          <label htmlFor="note-text">{t('casePage.notes.text')} *</label>
          <textarea
            id="note-text"
            rows={4}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby="note-text-error"
            {...register('text', {
              validate: (value) => value.trim().length > 0 || t('casePage.notes.textRequired'),
              maxLength: { value: NOTE_MAX_LENGTH, message: t('register.validation.textTooLong', { max: NOTE_MAX_LENGTH }) },
            })}
          />
          <FieldError id="note-text-error" message={errors.text?.message} />
        </div>
        <div className="checkbox">
          <input id="note-sensitive" type="checkbox" aria-describedby="note-sensitive-hint" {...register('sensitive')} />
          <label htmlFor="note-sensitive">{t('casePage.notes.sensitiveLabel')}</label>
        </div>
        <p id="note-sensitive-hint" className="hint">
          {t('casePage.notes.sensitiveHint')}
        </p>
        <div className="actions">
          <button type="submit" data-testid="add-note" disabled={isSubmitting}>
            {t('casePage.notes.submit')}
          </button>
        </div>
      </form>
      <SectionFeedback sectionId={SECTION} feedback={feedback} onReloaded={setFeedback} />
    </CaseSection>
  );
}
