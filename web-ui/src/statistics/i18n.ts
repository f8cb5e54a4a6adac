import i18n from '../i18n';
import en from './locales/en.json';
import km from './locales/km.json';

/** The dashboard's own translation namespace, registered next to the app's without touching its files. */
export const NAMESPACE = 'statistics';

i18n.addResourceBundle('en', NAMESPACE, en, true, true);
i18n.addResourceBundle('km', NAMESPACE, km, true, true);

export default i18n;
