import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { casePath, registerCase, writeCase } from '../api/cases';
import { SOURCES, type RegistrationUpdate } from '../api/caseTypes';
import { api, ApiError } from '../api/http';
import { codesOf, communesOf, useLabels } from '../api/referenceData';
import { codeOf, labelOf, type ReferenceData, type RegisterCaseRequest } from '../api/types';
import type { RegisteredNotice } from './CaseList';
import { LikelyMatches } from './LikelyMatches';

type AgeMode = 'dateOfBirth' | 'estimated';

// The codes of the contract, used when the reference data leaves a list out.
const DEFAULT_SEXES = ['FEMALE', 'MALE'];
const DEFAULT_RISK_LEVELS = ['HIGH', 'MEDIUM', 'LOW'];

export interface RegisterCaseForm {
  givenName: string;
  familyName: string;
  sex: string;
  ageMode: AgeMode;
  dateOfBirth: string;
  estimatedAgeYears: string;
  district: string;
  concern: string;
  riskLevel: string;
  // Registration details sent right after the case exists (PATCH .../registration).
  commune: string;
  otherNames: string;
  nationality: string;
  languages: string;
  disability: string;
  source: string;
  caregivers: CaregiverForm[];
}

export interface CaregiverForm {
  name: string;
  relationship: string;
  contact: string;
}

const FORM_FIELDS: FieldPath<RegisterCaseForm>[] = [
  'givenName',
  'familyName',
  'sex',
  'dateOfBirth',
  'estimatedAgeYears',
  'district',
  'concern',
  'riskLevel',
];

/** The server speaks in request-body names (`concerns[0]`); the form has one concern field. */
export function formFieldFor(serverField: string): FieldPath<RegisterCaseForm> | undefined {
  const root = serverField.replace(/\[\d+\]$/, '').split('.')[0];
  if (root === 'concerns') {
    return 'concern';
  }
  return FORM_FIELDS.find((field) => field === root);
}

function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

function eighteenYearsAgo(today: Date): string {
  return isoDate(new Date(today.getFullYear() - 18, today.getMonth(), today.getDate()));
}

/** "Khmer, Vietnamese" → ["Khmer", "Vietnamese"]: one box is quicker than a list for a few words. */
export function splitList(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** What the worker filled in beyond the registration itself, or undefined when there is nothing to send. */
export function toRegistrationUpdate(form: RegisterCaseForm, reference: ReferenceData | null): RegistrationUpdate | undefined {
  const update: RegistrationUpdate = {};
  const otherNames = splitList(form.otherNames);
  const languages = splitList(form.languages);
  if (otherNames.length > 0) update.otherNames = otherNames;
  if (form.nationality.trim()) update.nationality = form.nationality.trim();
  if (languages.length > 0) update.languages = languages;
  if (form.disability.trim()) update.disability = form.disability.trim();
  if (form.source) update.source = form.source;
  // A commune chosen before the district was changed belongs to another district: leave it out.
  if (form.commune.trim() && communesOf(reference, form.district).some((commune) => commune.code === form.commune)) {
    const region = reference?.districts.find((district) => district.code === form.district)?.region;
    update.location = { ...(region ? { region } : {}), district: form.district, commune: form.commune.trim() };
  }
  const caregivers = form.caregivers
    .filter((caregiver) => caregiver.name.trim() || caregiver.relationship.trim() || caregiver.contact.trim())
    .map((caregiver) => ({
      name: caregiver.name.trim(),
      relationship: caregiver.relationship.trim(),
      ...(caregiver.contact.trim() ? { contact: caregiver.contact.trim() } : {}),
    }));
  if (caregivers.length > 0) update.caregivers = caregivers;
  return Object.keys(update).length > 0 ? update : undefined;
}

/** The year the child was born, exactly or roughly, for the duplicate check. */
export function birthYearOf(form: Pick<RegisterCaseForm, 'ageMode' | 'dateOfBirth' | 'estimatedAgeYears'>, now = new Date()): number | undefined {
  if (form.ageMode === 'dateOfBirth') {
    const year = Number.parseInt(form.dateOfBirth.substring(0, 4), 10);
    return /^\d{4}-\d{2}-\d{2}$/.test(form.dateOfBirth) && Number.isFinite(year) ? year : undefined;
  }
  const years = Number(form.estimatedAgeYears);
  return form.estimatedAgeYears.trim() !== '' && Number.isInteger(years) && years >= 0 && years <= 17
    ? now.getFullYear() - years
    : undefined;
}

export function toRequest(form: RegisterCaseForm): RegisterCaseRequest {
  return {
    givenName: form.givenName.trim(),
    familyName: form.familyName.trim(),
    sex: form.sex,
    ...(form.ageMode === 'dateOfBirth'
      ? { dateOfBirth: form.dateOfBirth }
      : { estimatedAgeYears: Number.parseInt(form.estimatedAgeYears, 10) }),
    district: form.district,
    concerns: [form.concern],
    riskLevel: form.riskLevel,
  };
}

function FieldMessage({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="field-error" aria-live="polite" data-testid={`${id}`}>
      {message}
    </p>
  );
}

export function RegisterCase() {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const [reference, setReference] = useState<ReferenceData | null>(null);
  const [referenceFailed, setReferenceFailed] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const addCaregiverButton = useRef<HTMLButtonElement>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<RegisterCaseForm>({
    defaultValues: {
      givenName: '',
      familyName: '',
      sex: '',
      ageMode: 'dateOfBirth',
      dateOfBirth: '',
      estimatedAgeYears: '',
      district: '',
      concern: '',
      riskLevel: '',
      commune: '',
      otherNames: '',
      nationality: '',
      languages: '',
      disability: '',
      source: '',
      caregivers: [],
    },
    shouldFocusError: true,
  });
  const caregivers = useFieldArray({ control, name: 'caregivers' });
  const ageMode = watch('ageMode');
  const [givenName, familyName, dateOfBirth, estimatedAgeYears, district] = watch([
    'givenName',
    'familyName',
    'dateOfBirth',
    'estimatedAgeYears',
    'district',
  ]);
  const communes = communesOf(reference, district);

  useEffect(() => {
    let current = true;
    api
      .get<ReferenceData>('/api/reference-data')
      .then((data) => current && setReference(data))
      .catch(() => current && setReferenceFailed(true));
    return () => {
      current = false;
    };
  }, []);

  const onSubmit = async (form: RegisterCaseForm) => {
    setFormError(null);
    let created;
    try {
      created = await registerCase(toRequest(form));
    } catch (error) {
      const unplaced: string[] = [];
      if (error instanceof ApiError) {
        for (const fieldError of error.fieldErrors) {
          const field = formFieldFor(fieldError.field);
          if (field === undefined) {
            unplaced.push(fieldError.message);
          } else {
            setError(field, { type: 'server', message: fieldError.message }, { shouldFocus: true });
          }
        }
        if (error.fieldErrors.length === 0 || unplaced.length > 0) {
          const reason = unplaced.length > 0 ? unplaced.join(' ') : error.message;
          setFormError(t('register.failed', { reason }));
        } else {
          setFormError(t('register.fixErrors'));
        }
      } else {
        setFormError(t('errors.serviceUnavailable'));
      }
      return;
    }
    // The case exists now: whatever happens to the details, the form must not be sent again (a second case).
    if (created === null) {
      navigate('/cases');
      return;
    }
    const update = toRegistrationUpdate(form, reference);
    let detailsSaved = true;
    if (update !== undefined) {
      try {
        await writeCase('PATCH', casePath(created.details.id, '/registration'), update, created.etag);
      } catch {
        detailsSaved = false;
      }
    }
    const notice: RegisteredNotice = {
      registered: { id: created.details.id, caseNumber: created.details.caseNumber, detailsSaved },
    };
    navigate('/cases', { state: notice });
  };

  const required = (key: string) => ({ value: true, message: t(`register.validation.${key}`) });
  const invalid = (field: keyof RegisterCaseForm) => (errors[field] ? true : undefined);
  const describedBy = (field: string) => `${field}-error`;
  const today = isoDate(new Date());
  const sources = codesOf(reference?.sources, SOURCES).filter((entry) => codeOf(entry) !== 'PAPER_IMPORT');

  // Typing into either age field chooses its option, so nobody has to find the radio button first.
  const chooseAgeMode = (mode: AgeMode) => {
    if (ageMode !== mode) {
      setValue('ageMode', mode);
    }
  };

  return (
    <section aria-labelledby="register-title">
      <h1 id="register-title">{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      {referenceFailed && (
        <p className="error" role="alert" data-testid="reference-error">
          {t('register.referenceFailed')}
        </p>
      )}
      <form noValidate onSubmit={handleSubmit(onSubmit)} data-testid="register-form" className="form">
        <div className="field">
          <label htmlFor="givenName">{t('register.givenName')} *</label>
          <input
            id="givenName"
            type="text"
            autoComplete="off"
            aria-invalid={invalid('givenName')}
            aria-describedby={describedBy('givenName')}
            {...register('givenName', {
              required: required('givenNameRequired'),
              validate: (value) => value.trim().length > 0 || t('register.validation.givenNameRequired'),
              maxLength: { value: 100, message: t('register.validation.nameTooLong') },
            })}
          />
          <FieldMessage id={describedBy('givenName')} message={errors.givenName?.message} />
        </div>

        <div className="field">
          <label htmlFor="familyName">{t('register.familyName')} *</label>
          <input
            id="familyName"
            type="text"
            autoComplete="off"
            aria-invalid={invalid('familyName')}
            aria-describedby={describedBy('familyName')}
            {...register('familyName', {
              required: required('familyNameRequired'),
              validate: (value) => value.trim().length > 0 || t('register.validation.familyNameRequired'),
              maxLength: { value: 100, message: t('register.validation.nameTooLong') },
            })}
          />
          <FieldMessage id={describedBy('familyName')} message={errors.familyName?.message} />
        </div>

        <div className="field">
          <label htmlFor="otherNames">{t('register.otherNames')}</label>
          <input
            id="otherNames"
            type="text"
            autoComplete="off"
            aria-invalid={invalid('otherNames')}
            aria-describedby={`otherNames-hint ${describedBy('otherNames')}`}
            {...register('otherNames', {
              validate: (value) =>
                splitList(value).every((name) => name.length <= 100) || t('register.validation.nameTooLong'),
            })}
          />
          <p id="otherNames-hint" className="hint">
            {t('register.listHint')}
          </p>
          <FieldMessage id={describedBy('otherNames')} message={errors.otherNames?.message} />
        </div>

        <div className="field">
          <label htmlFor="sex">{t('register.sex')} *</label>
          <select
            id="sex"
            aria-invalid={invalid('sex')}
            aria-describedby={describedBy('sex')}
            {...register('sex', { required: required('sexRequired') })}
          >
            <option value="">{t('register.choose')}</option>
            {(reference === null ? [] : (reference.sexes ?? DEFAULT_SEXES)).map((entry) => (
              <option key={codeOf(entry)} value={codeOf(entry)}>
                {t(`sex.${codeOf(entry)}`, { defaultValue: labelOf(entry) ?? codeOf(entry) })}
              </option>
            ))}
          </select>
          <FieldMessage id={describedBy('sex')} message={errors.sex?.message} />
        </div>

        <fieldset className="field age">
          <legend>{t('register.age')} *</legend>
          <div className="age-option">
            <input
              id="ageMode-dateOfBirth"
              type="radio"
              value="dateOfBirth"
              data-testid="age-mode-dob"
              {...register('ageMode')}
            />
            <label htmlFor="ageMode-dateOfBirth">{t('register.ageKnown')}</label>
            <label htmlFor="dateOfBirth" className="visually-hidden">
              {t('register.dateOfBirth')}
            </label>
            <input
              id="dateOfBirth"
              type="date"
              max={today}
              aria-invalid={invalid('dateOfBirth')}
              aria-describedby={describedBy('dateOfBirth')}
              onFocus={() => chooseAgeMode('dateOfBirth')}
              {...register('dateOfBirth', {
                onChange: () => chooseAgeMode('dateOfBirth'),
                validate: (value, form) => {
                  if (form.ageMode !== 'dateOfBirth') return true;
                  if (!value) return t('register.validation.dateOfBirthRequired');
                  if (value > isoDate(new Date())) return t('register.validation.dateOfBirthFuture');
                  if (value <= eighteenYearsAgo(new Date())) return t('register.validation.dateOfBirthAdult');
                  return true;
                },
              })}
            />
          </div>
          <FieldMessage id={describedBy('dateOfBirth')} message={errors.dateOfBirth?.message} />
          <div className="age-option">
            <input
              id="ageMode-estimated"
              type="radio"
              value="estimated"
              data-testid="age-mode-estimated"
              {...register('ageMode')}
            />
            <label htmlFor="ageMode-estimated">{t('register.ageEstimated')}</label>
            <label htmlFor="estimatedAgeYears" className="visually-hidden">
              {t('register.estimatedAgeYears')}
            </label>
            <input
              id="estimatedAgeYears"
              type="number"
              inputMode="numeric"
              min={0}
              max={17}
              step={1}
              aria-invalid={invalid('estimatedAgeYears')}
              aria-describedby={describedBy('estimatedAgeYears')}
              onFocus={() => chooseAgeMode('estimated')}
              {...register('estimatedAgeYears', {
                onChange: () => chooseAgeMode('estimated'),
                validate: (value, form) => {
                  if (form.ageMode !== 'estimated') return true;
                  if (value.trim() === '') return t('register.validation.estimatedAgeRequired');
                  const years = Number(value);
                  if (!Number.isInteger(years) || years < 0 || years > 17) {
                    return t('register.validation.estimatedAgeRange');
                  }
                  return true;
                },
              })}
            />
          </div>
          <FieldMessage id={describedBy('estimatedAgeYears')} message={errors.estimatedAgeYears?.message} />
        </fieldset>

        <fieldset className="field">
          <legend>{t('register.location')}</legend>
          <div className="field">
            <label htmlFor="district">{t('register.district')} *</label>
            <select
              id="district"
              aria-invalid={invalid('district')}
              aria-describedby={describedBy('district')}
              {...register('district', { required: required('districtRequired') })}
            >
              <option value="">{t('register.choose')}</option>
              {(reference?.districts ?? []).map((option) => (
                <option key={option.code} value={option.code}>
                  {labels.district(option.code, reference)}
                </option>
              ))}
            </select>
            <FieldMessage id={describedBy('district')} message={errors.district?.message} />
          </div>
          {/* Communes are reference data: offered only where the district has them listed. */}
          {communes.length > 0 && (
            <div className="field">
              <label htmlFor="commune">{t('register.commune')}</label>
              <select id="commune" {...register('commune')}>
                <option value="">{t('register.choose')}</option>
                {communes.map((commune) => (
                  <option key={commune.code} value={commune.code}>
                    {labels.commune(commune.code, reference, district)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>

        <LikelyMatches
          query={{ givenName, familyName, birthYear: birthYearOf({ ageMode, dateOfBirth, estimatedAgeYears }), district }}
          reference={reference}
        />

        <div className="field">
          <label htmlFor="nationality">{t('register.nationality')}</label>
          <input
            id="nationality"
            type="text"
            autoComplete="off"
            aria-invalid={invalid('nationality')}
            aria-describedby={describedBy('nationality')}
            {...register('nationality', { maxLength: { value: 64, message: t('register.validation.textTooLong', { max: 64 }) } })}
          />
          <FieldMessage id={describedBy('nationality')} message={errors.nationality?.message} />
        </div>

        <div className="field">
          <label htmlFor="languages">{t('register.languages')}</label>
          <input
            id="languages"
            type="text"
            autoComplete="off"
            aria-invalid={invalid('languages')}
            aria-describedby={`languages-hint ${describedBy('languages')}`}
            {...register('languages', {
              validate: (value) =>
                splitList(value).every((language) => language.length <= 64) ||
                t('register.validation.textTooLong', { max: 64 }),
            })}
          />
          <p id="languages-hint" className="hint">
            {t('register.listHint')}
          </p>
          <FieldMessage id={describedBy('languages')} message={errors.languages?.message} />
        </div>

        <div className="field">
          <label htmlFor="disability">{t('register.disability')}</label>
          <input
            id="disability"
            type="text"
            autoComplete="off"
            aria-invalid={invalid('disability')}
            aria-describedby={describedBy('disability')}
            {...register('disability', { maxLength: { value: 500, message: t('register.validation.textTooLong', { max: 500 }) } })}
          />
          <FieldMessage id={describedBy('disability')} message={errors.disability?.message} />
        </div>

        <fieldset className="field caregivers" data-testid="caregivers">
          <legend>{t('register.caregivers')}</legend>
          {caregivers.fields.length === 0 && <p className="hint">{t('register.noCaregivers')}</p>}
          {caregivers.fields.map((field, index) => {
            const fieldErrors = errors.caregivers?.[index];
            const number = index + 1;
            return (
              <fieldset key={field.id} className="caregiver" data-testid={`caregiver-${index}`}>
                <legend>{t('register.caregiver', { number })}</legend>
                <div className="field">
                  <label htmlFor={`caregivers-${index}-name`}>{t('register.caregiverName')} *</label>
                  <input
                    id={`caregivers-${index}-name`}
                    type="text"
                    autoComplete="off"
                    aria-invalid={fieldErrors?.name ? true : undefined}
                    aria-describedby={`caregivers-${index}-name-error`}
                    {...register(`caregivers.${index}.name`, {
                      validate: (value) => value.trim().length > 0 || t('register.validation.caregiverNameRequired'),
                      maxLength: { value: 100, message: t('register.validation.nameTooLong') },
                    })}
                  />
                  <FieldMessage id={`caregivers-${index}-name-error`} message={fieldErrors?.name?.message} />
                </div>
                <div className="field">
                  <label htmlFor={`caregivers-${index}-relationship`}>{t('register.relationship')} *</label>
                  <input
                    id={`caregivers-${index}-relationship`}
                    type="text"
                    autoComplete="off"
                    aria-invalid={fieldErrors?.relationship ? true : undefined}
                    aria-describedby={`caregivers-${index}-relationship-error`}
                    {...register(`caregivers.${index}.relationship`, {
                      validate: (value) => value.trim().length > 0 || t('register.validation.relationshipRequired'),
                      maxLength: { value: 64, message: t('register.validation.textTooLong', { max: 64 }) },
                    })}
                  />
                  <FieldMessage id={`caregivers-${index}-relationship-error`} message={fieldErrors?.relationship?.message} />
                </div>
                <div className="field">
                  <label htmlFor={`caregivers-${index}-contact`}>{t('register.contact')}</label>
                  <input
                    id={`caregivers-${index}-contact`}
                    type="text"
                    autoComplete="off"
                    aria-invalid={fieldErrors?.contact ? true : undefined}
                    aria-describedby={`caregivers-${index}-contact-error`}
                    {...register(`caregivers.${index}.contact`, {
                      maxLength: { value: 100, message: t('register.validation.textTooLong', { max: 100 }) },
                    })}
                  />
                  <FieldMessage id={`caregivers-${index}-contact-error`} message={fieldErrors?.contact?.message} />
                </div>
                <button
                  type="button"
                  data-testid={`remove-caregiver-${index}`}
                  onClick={() => {
                    caregivers.remove(index);
                    // The button under the focus is gone: continue from the list's own button.
                    addCaregiverButton.current?.focus();
                  }}
                >
                  {t('register.removeCaregiver', { number })}
                </button>
              </fieldset>
            );
          })}
          <button
            type="button"
            ref={addCaregiverButton}
            data-testid="add-caregiver"
            onClick={() => caregivers.append({ name: '', relationship: '', contact: '' })}
          >
            {t('register.addCaregiver')}
          </button>
        </fieldset>

        <div className="field">
          <label htmlFor="source">{t('register.source')}</label>
          <select id="source" {...register('source')}>
            <option value="">{t('register.choose')}</option>
            {sources.map((entry) => (
              <option key={codeOf(entry)} value={codeOf(entry)}>
                {labels.label('source', codeOf(entry), reference?.sources)}
              </option>
            ))}
          </select>
        </div>

        <div className="field">
          <label htmlFor="concern">{t('register.concern')} *</label>
          <select
            id="concern"
            aria-invalid={invalid('concern')}
            aria-describedby={describedBy('concern')}
            {...register('concern', { required: required('concernRequired') })}
          >
            <option value="">{t('register.choose')}</option>
            {(reference?.concerns ?? []).map((concern) => (
              <option key={concern.code} value={concern.code}>
                {labels.label('concern', concern.code, reference?.concerns)}
              </option>
            ))}
          </select>
          <FieldMessage id={describedBy('concern')} message={errors.concern?.message} />
        </div>

        <div className="field">
          <label htmlFor="riskLevel">{t('register.riskLevel')} *</label>
          <select
            id="riskLevel"
            aria-invalid={invalid('riskLevel')}
            aria-describedby={describedBy('riskLevel')}
            {...register('riskLevel', { required: required('riskLevelRequired') })}
          >
            <option value="">{t('register.choose')}</option>
            {(reference === null ? [] : (reference.riskLevels ?? DEFAULT_RISK_LEVELS)).map((entry) => (
              <option key={codeOf(entry)} value={codeOf(entry)}>
                {t(`risk.${codeOf(entry)}`, { defaultValue: labelOf(entry) ?? codeOf(entry) })}
              </option>
            ))}
          </select>
          <FieldMessage id={describedBy('riskLevel')} message={errors.riskLevel?.message} />
        </div>

        <div className="form-error" aria-live="assertive" data-testid="form-error">
          {formError && (
            <p className="error" role="alert">
              {formError}
            </p>
          )}
        </div>

        <div className="actions">
          <button type="submit" data-testid="register-submit" disabled={isSubmitting}>
            {isSubmitting ? t('register.submitting') : t('register.submit')}
          </button>
          <Link to="/cases">{t('register.cancel')}</Link>
        </div>
      </form>
    </section>
  );
}
