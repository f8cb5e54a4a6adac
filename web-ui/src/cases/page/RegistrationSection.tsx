import { useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { SOURCES, type CaseDetails, type RegistrationUpdate } from '../../api/caseTypes';
import { codesOf, communesOf, useLabels } from '../../api/referenceData';
import { codeOf } from '../../api/types';
import { formatDate, formatDateTime } from '../../shell/format';
import { splitList, type CaregiverForm } from '../RegisterCase';
import { CaseSection, FieldError, SectionFeedback, useSectionWrite } from './CaseSection';
import { useCaseWorkspace } from './workspace';

const SECTION = 'registration';

interface RegistrationForm {
  otherNames: string;
  nationality: string;
  languages: string;
  disability: string;
  commune: string;
  source: string;
  caregivers: CaregiverForm[];
}

function formFrom(details: CaseDetails): RegistrationForm {
  return {
    otherNames: (details.otherNames ?? []).join(', '),
    nationality: details.nationality ?? '',
    languages: (details.languages ?? []).join(', '),
    disability: details.disability ?? '',
    commune: details.location?.commune ?? '',
    source: details.source ?? '',
    caregivers: (details.caregivers ?? []).map((caregiver) => ({
      name: caregiver.name ?? '',
      relationship: caregiver.relationship ?? '',
      contact: caregiver.contact ?? '',
    })),
  };
}

/** The whole section is sent: an emptied list or text clears it, as the service's partial edit defines. */
function toUpdate(form: RegistrationForm, details: CaseDetails, region: string | undefined): RegistrationUpdate {
  const district = details.location?.district ?? details.district ?? '';
  const update: RegistrationUpdate = {
    otherNames: splitList(form.otherNames),
    languages: splitList(form.languages),
    caregivers: form.caregivers.map((caregiver) => ({
      name: caregiver.name.trim(),
      relationship: caregiver.relationship.trim(),
      ...(caregiver.contact.trim() ? { contact: caregiver.contact.trim() } : {}),
    })),
    location: {
      ...(region ? { region } : {}),
      district,
      ...(form.commune.trim() ? { commune: form.commune.trim() } : {}),
    },
  };
  update.nationality = form.nationality.trim();
  update.disability = form.disability.trim();
  // A source is a code: none chosen means "leave as it is", never an empty code.
  if (form.source) update.source = form.source;
  return update;
}

function ageText(details: CaseDetails, t: TFunction, language: string) {
  if (details.dateOfBirth) {
    return t('casePage.registration.bornOn', { date: formatDate(details.dateOfBirth, language), age: details.ageYears ?? '' });
  }
  if (details.estimatedAgeYears !== null && details.estimatedAgeYears !== undefined) {
    return t('casePage.registration.estimatedAge', { age: details.ageYears ?? details.estimatedAgeYears });
  }
  return t('cases.ageUnknown');
}

export function RegistrationSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { details, reference } = useCaseWorkspace();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const { run, feedback, setFeedback } = useSectionWrite(SECTION);
  const closed = details.stage === 'CLOSED';
  const district = details.location?.district ?? details.district;
  const districtEntry = reference?.districts.find((candidate) => candidate.code === district);
  const communes = communesOf(reference, district);

  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RegistrationForm>({ defaultValues: formFrom(details) });
  const caregivers = useFieldArray({ control, name: 'caregivers' });

  const startEditing = () => {
    reset(formFrom(details));
    setFeedback(null);
    setEditing(true);
  };

  const save = async (form: RegistrationForm) => {
    const saved = await run('PATCH', '/registration', toUpdate(form, details, districtEntry?.region), t('casePage.registration.saved'));
    if (saved) {
      setEditing(false);
    }
  };

  const sources = codesOf(reference?.sources, SOURCES);
  const dash = t('casePage.none');
  const row = (label: string, value: string | undefined | null, testId?: string) => (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value ? value : dash}</dd>
    </>
  );

  return (
    <CaseSection id={SECTION} title={t('casePage.registration.title')}>
      <dl className="details">
        {row(t('casePage.registration.name'), [details.givenName, details.familyName].filter(Boolean).join(' '), 'child-name')}
        {row(t('register.otherNames'), (details.otherNames ?? []).join(', '))}
        {row(t('register.sex'), labels.label('sex', details.sex, reference?.sexes))}
        {row(t('register.age'), ageText(details, t, labels.language))}
        {row(t('register.nationality'), details.nationality)}
        {row(t('register.languages'), (details.languages ?? []).join(', '))}
        {row(t('register.disability'), details.disability)}
        {row(t('register.district'), labels.district(district, reference))}
        {row(t('register.commune'), labels.commune(details.location?.commune, reference, district))}
        {row(t('register.source'), labels.label('source', details.source, reference?.sources))}
        {row(
          t('casePage.registration.concerns'),
          (details.concerns ?? []).map((code) => labels.label('concern', code, reference?.concerns)).join(', '),
        )}
        {row(t('casePage.registration.registeredAt'), formatDateTime(details.registeredAt, labels.language))}
        {row(t('casePage.registration.ownerAgency'), details.ownerAgency)}
      </dl>
      <h3>{t('register.caregivers')}</h3>
      {(details.caregivers ?? []).length === 0 ? (
        <p>{t('register.noCaregivers')}</p>
      ) : (
        <table data-testid="caregivers-table">
          <thead>
            <tr>
              <th scope="col">{t('register.caregiverName')}</th>
              <th scope="col">{t('register.relationship')}</th>
              <th scope="col">{t('register.contact')}</th>
            </tr>
          </thead>
          <tbody>
            {(details.caregivers ?? []).map((caregiver, index) => (
              <tr key={`${caregiver.name}-${index}`}>
                <td>{caregiver.name}</td>
                <td>{caregiver.relationship}</td>
                <td>{caregiver.contact ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {!closed && !editing && (
        <button type="button" ref={editButton} data-testid="edit-registration" onClick={startEditing}>
          {t('casePage.registration.edit')}
        </button>
      )}
      {editing && (
        <form className="form" noValidate onSubmit={handleSubmit(save)} data-testid="registration-form">
          <div className="field">
            <label htmlFor="registration-otherNames">{t('register.otherNames')}</label>
            <input id="registration-otherNames" type="text" aria-describedby="registration-list-hint" {...register('otherNames')} />
          </div>
          <div className="field">
            <label htmlFor="registration-nationality">{t('register.nationality')}</label>
            <input
              id="registration-nationality"
              type="text"
              aria-invalid={errors.nationality ? true : undefined}
              aria-describedby="registration-nationality-error"
              {...register('nationality', { maxLength: { value: 64, message: t('register.validation.textTooLong', { max: 64 }) } })}
            />
            <FieldError id="registration-nationality-error" message={errors.nationality?.message} />
          </div>
          <div className="field">
            <label htmlFor="registration-languages">{t('register.languages')}</label>
            <input id="registration-languages" type="text" aria-describedby="registration-list-hint" {...register('languages')} />
            <p id="registration-list-hint" className="hint">
              {t('register.listHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="registration-disability">{t('register.disability')}</label>
            <input
              id="registration-disability"
              type="text"
              aria-invalid={errors.disability ? true : undefined}
              aria-describedby="registration-disability-error"
              {...register('disability', { maxLength: { value: 500, message: t('register.validation.textTooLong', { max: 500 }) } })}
            />
            <FieldError id="registration-disability-error" message={errors.disability?.message} />
          </div>
          {communes.length > 0 && (
            <div className="field">
              <label htmlFor="registration-commune">{t('register.commune')}</label>
              <select id="registration-commune" {...register('commune')}>
                <option value="">{t('register.choose')}</option>
                {communes.map((commune) => (
                  <option key={commune.code} value={commune.code}>
                    {labels.commune(commune.code, reference, district)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="registration-source">{t('register.source')}</label>
            <select id="registration-source" {...register('source')}>
              <option value="">{t('register.choose')}</option>
              {sources.map((entry) => (
                <option key={codeOf(entry)} value={codeOf(entry)}>
                  {labels.label('source', codeOf(entry), reference?.sources)}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="field caregivers">
            <legend>{t('register.caregivers')}</legend>
            {caregivers.fields.map((field, index) => {
              const fieldErrors = errors.caregivers?.[index];
              const number = index + 1;
              const prefix = `registration-caregivers-${index}`;
              return (
                <fieldset key={field.id} className="caregiver">
                  <legend>{t('register.caregiver', { number })}</legend>
                  <div className="field">
                    <label htmlFor={`${prefix}-name`}>{t('register.caregiverName')} *</label>
                    <input
                      id={`${prefix}-name`}
                      type="text"
                      aria-invalid={fieldErrors?.name ? true : undefined}
                      aria-describedby={`${prefix}-name-error`}
                      {...register(`caregivers.${index}.name`, {
                        validate: (value) => value.trim().length > 0 || t('register.validation.caregiverNameRequired'),
                        maxLength: { value: 100, message: t('register.validation.nameTooLong') },
                      })}
                    />
                    <FieldError id={`${prefix}-name-error`} message={fieldErrors?.name?.message} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${prefix}-relationship`}>{t('register.relationship')} *</label>
                    <input
                      id={`${prefix}-relationship`}
                      type="text"
                      aria-invalid={fieldErrors?.relationship ? true : undefined}
                      aria-describedby={`${prefix}-relationship-error`}
                      {...register(`caregivers.${index}.relationship`, {
                        validate: (value) => value.trim().length > 0 || t('register.validation.relationshipRequired'),
                        maxLength: { value: 64, message: t('register.validation.textTooLong', { max: 64 }) },
                      })}
                    />
                    <FieldError id={`${prefix}-relationship-error`} message={fieldErrors?.relationship?.message} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${prefix}-contact`}>{t('register.contact')}</label>
                    <input
                      id={`${prefix}-contact`}
                      type="text"
                      aria-invalid={fieldErrors?.contact ? true : undefined}
                      aria-describedby={`${prefix}-contact-error`}
                      {...register(`caregivers.${index}.contact`, {
                        maxLength: { value: 100, message: t('register.validation.textTooLong', { max: 100 }) },
                      })}
                    />
                    <FieldError id={`${prefix}-contact-error`} message={fieldErrors?.contact?.message} />
                  </div>
                  <button type="button" onClick={() => caregivers.remove(index)}>
                    {t('register.removeCaregiver', { number })}
                  </button>
                </fieldset>
              );
            })}
            <button type="button" onClick={() => caregivers.append({ name: '', relationship: '', contact: '' })}>
              {t('register.addCaregiver')}
            </button>
          </fieldset>
          <div className="actions">
            <button type="submit" data-testid="save-registration" disabled={isSubmitting}>
              {t('casePage.save')}
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                // The edit button comes back on the next render; give the focus back to it.
                window.setTimeout(() => editButton.current?.focus());
              }}
            >
              {t('register.cancel')}
            </button>
          </div>
        </form>
      )}
      <SectionFeedback sectionId={SECTION} feedback={feedback} onReloaded={setFeedback} />
    </CaseSection>
  );
}

