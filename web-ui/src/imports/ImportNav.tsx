import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasAnyRole } from '../session/roles';
import { useMe } from '../session/MeContext';
import { IMPORT_ROLES } from './importApi';
import { IMPORTS_NS } from './translations';

/** The shell's link to the import page, for district importers and administrators (a main-nav list item). */
export function ImportNav() {
  const { t } = useTranslation(IMPORTS_NS);
  const me = useMe();
  if (!hasAnyRole(me, IMPORT_ROLES)) {
    return null;
  }
  return (
    <li>
      <NavLink to="/imports" data-testid="nav-imports">
        {t('nav.imports')}
      </NavLink>
    </li>
  );
}
