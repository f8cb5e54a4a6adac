import { useEffect, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/http';
import { codeOf, labelOf, type ReferenceData, type RegisterCaseRequest } from '../api/types';

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
  const navigate = useNavigate();
  const [reference, setReference] = useState<ReferenceData | null>(null);
  const [referenceFailed, setReferenceFailed] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
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
    },
    shouldFocusError: true,
  });
  const ageMode = watch('ageMode');

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
    try {
      await api.post('/api/cases', toRequest(form));
      navigate('/cases');
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
    }
  };

  const required = (key: string) => ({ value: true, message: t(`register.validation.${key}`) });
  const invalid = (field: keyof RegisterCaseForm) => (errors[field] ? true : undefined);
  const describedBy = (field: string) => `${field}-error`;
  const today = isoDate(new Date());

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

        <div className="field">
          <label htmlFor="district">{t('register.district')} *</label>
          <select
            id="district"
            aria-invalid={invalid('district')}
            aria-describedby={describedBy('district')}
            {...register('district', { required: required('districtRequired') })}
          >
            <option value="">{t('register.choose')}</option>
            {(reference?.districts ?? []).map((district) => (
              <option key={district.code} value={district.code}>
                {district.name}
              </option>
            ))}
          </select>
          <FieldMessage id={describedBy('district')} message={errors.district?.message} />
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
                {t(`concern.${concern.code}`, { defaultValue: concern.label })}
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
