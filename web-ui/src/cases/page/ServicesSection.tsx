import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SERVICE_STATUSES, type ServiceRecord } from '../../api/caseTypes';
import { useLabels } from '../../api/referenceData';
import { codeOf } from '../../api/types';
import { formatDate, today } from '../../shell/format';
import { CaseSection, FieldError, SectionFeedback, useSectionWrite } from './CaseSection';
import { useCaseWorkspace } from './workspace';

const SECTION = 'services';
/** Services and follow-ups are recorded once the plan is approved (the service enforces it as well). */
export const SERVICE_STAGES = ['SERVICES', 'FOLLOW_UP'];
/** A delivered or not delivered service is final: the service refuses any later change (409). */
const FINAL_STATUSES = ['DELIVERED', 'NOT_DELIVERED'];

interface ServiceForm {
  serviceType: string;
  provider: string;
  status: string;
  plannedOn: string;
}

/** `editable`: the case's stage allows changes; the row then offers them unless the service is final. */
function ServiceRow({ service, editable }: { service: ServiceRecord; editable: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { reference } = useCaseWorkspace();
  const { run, feedback, setFeedback } = useSectionWrite(SECTION);
  const [status, setStatus] = useState(service.status);
  const [deliveredOn, setDeliveredOn] = useState(service.deliveredOn ?? '');
  const [saving, setSaving] = useState(false);
  // After a save or a reload the row shows what the service now holds.
  useEffect(() => {
    setStatus(service.status);
    setDeliveredOn(service.deliveredOn ?? '');
  }, [service.status, service.deliveredOn]);
  const prefix = `service-${service.id}`;
  const changeable = editable && !FINAL_STATUSES.includes(service.status);
  const typeName = labels.label('serviceType', service.serviceType, reference?.serviceTypes);

  const update = async () => {
    setSaving(true);
    await run(
      'PATCH',
      `/services/${encodeURIComponent(service.id)}`,
      { status, ...(deliveredOn ? { deliveredOn } : {}) },
      t('casePage.services.updated', { service: typeName }),
    );
    setSaving(false);
  };

  return (
    <tr data-testid="service-row" data-service-id={service.id}>
      <th scope="row">{typeName}</th>
      <td>{service.provider}</td>
      <td>{formatDate(service.plannedOn, labels.language)}</td>
      <td>
        {changeable ? (
          <>
            <label htmlFor={`${prefix}-status`} className="visually-hidden">
              {t('casePage.services.statusOf', { service: typeName })}
            </label>
            <select id={`${prefix}-status`} name="status" value={status} onChange={(event) => setStatus(event.target.value)}>
              {SERVICE_STATUSES.map((code) => (
                <option key={code} value={code}>
                  {labels.label('serviceStatus', code)}
                </option>
              ))}
            </select>
          </>
        ) : (
          labels.label('serviceStatus', service.status)
        )}
      </td>
      <td>
        {changeable ? (
          <>
            <label htmlFor={`${prefix}-deliveredOn`} className="visually-hidden">
              {t('casePage.services.deliveredOnOf', { service: typeName })}
            </label>
            <input
              id={`${prefix}-deliveredOn`}
              name="deliveredOn"
              type="date"
              max={today()}
              value={deliveredOn}
              onChange={(event) => setDeliveredOn(event.target.value)}
            />
          </>
        ) : (
          formatDate(service.deliveredOn, labels.language)
        )}
      </td>
      <td>
        {service.referralStatus ? labels.label('referralStatus', service.referralStatus) : ''}
      </td>
      {editable && !changeable && <td />}
      {changeable && (
        <td>
          <button type="button" data-testid="update-service" onClick={() => void update()} disabled={saving}>
            {t('casePage.services.update')}
            <span className="visually-hidden"> {typeName}</span>
          </button>
          <SectionFeedback sectionId={`${SECTION}-${service.id}`} feedback={feedback} onReloaded={setFeedback} />
        </td>
      )}
    </tr>
  );
}

export function ServicesSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { details, reference } = useCaseWorkspace();
  const { run, feedback, setFeedback } = useSectionWrite(SECTION);
  const services = details.services ?? [];
  const editable = details.stage !== undefined && SERVICE_STAGES.includes(details.stage);
  const serviceTypes = reference?.serviceTypes ?? [];
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ServiceForm>({ defaultValues: { serviceType: '', provider: '', status: 'PLANNED', plannedOn: today() } });

  const add = async (form: ServiceForm) => {
    const body = {
      serviceType: form.serviceType.trim(),
      provider: form.provider.trim(),
      status: form.status,
      ...(form.plannedOn ? { plannedOn: form.plannedOn } : {}),
    };
    if (await run('POST', '/services', body, t('casePage.services.saved'))) {
      reset({ serviceType: '', provider: '', status: 'PLANNED', plannedOn: today() });
    }
  };

  return (
    <CaseSection id={SECTION} title={t('casePage.services.title')}>
      {services.length === 0 ? (
        <p>{t('casePage.services.none')}</p>
      ) : (
        <table data-testid="services-table">
          <thead>
            <tr>
              <th scope="col">{t('casePage.services.type')}</th>
              <th scope="col">{t('casePage.services.provider')}</th>
              <th scope="col">{t('casePage.services.plannedOn')}</th>
              <th scope="col">{t('casePage.services.status')}</th>
              <th scope="col">{t('casePage.services.deliveredOn')}</th>
              <th scope="col">{t('casePage.services.referral')}</th>
              {editable && (
                <th scope="col">
                  <span className="visually-hidden">{t('casePage.services.update')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {services.map((service) => (
              <ServiceRow key={service.id} service={service} editable={editable} />
            ))}
          </tbody>
        </table>
      )}
      {editable && (
        <form className="form" noValidate onSubmit={handleSubmit(add)} data-testid="service-form">
          <h3>{t('casePage.services.add')}</h3>
          <div className="field">
            <label htmlFor="service-serviceType">{t('casePage.services.type')} *</label>
            {serviceTypes.length > 0 ? (
              <select
                id="service-serviceType"
                aria-invalid={errors.serviceType ? true : undefined}
                aria-describedby="service-serviceType-error"
                {...register('serviceType', { required: t('casePage.services.typeRequired') })}
              >
                <option value="">{t('register.choose')}</option>
                {serviceTypes.map((entry) => (
                  <option key={codeOf(entry)} value={codeOf(entry)}>
                    {labels.label('serviceType', codeOf(entry), serviceTypes)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id="service-serviceType"
                type="text"
                aria-invalid={errors.serviceType ? true : undefined}
                aria-describedby="service-serviceType-error"
                {...register('serviceType', {
                  validate: (value) => value.trim().length > 0 || t('casePage.services.typeRequired'),
                })}
              />
            )}
            <FieldError id="service-serviceType-error" message={errors.serviceType?.message} />
          </div>
          <div className="field">
            <label htmlFor="service-provider">{t('casePage.services.provider')} *</label>
            <input
              id="service-provider"
              type="text"
              aria-invalid={errors.provider ? true : undefined}
              aria-describedby="service-provider-error"
              {...register('provider', {
                validate: (value) => value.trim().length > 0 || t('casePage.services.providerRequired'),
                maxLength: { value: 200, message: t('register.validation.textTooLong', { max: 200 }) },
              })}
            />
            <FieldError id="service-provider-error" message={errors.provider?.message} />
          </div>
          <div className="field">
            <label htmlFor="service-status">{t('casePage.services.status')}</label>
            <select id="service-status" {...register('status')}>
              {SERVICE_STATUSES.map((code) => (
                <option key={code} value={code}>
                  {labels.label('serviceStatus', code)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="service-plannedOn">{t('casePage.services.plannedOn')}</label>
            <input id="service-plannedOn" type="date" {...register('plannedOn')} />
          </div>
          <div className="actions">
            <button type="submit" data-testid="add-service" disabled={isSubmitting}>
              {t('casePage.services.submit')}
            </button>
          </div>
        </form>
      )}
      <SectionFeedback sectionId={SECTION} feedback={feedback} onReloaded={setFeedback} />
    </CaseSection>
  );
}
