/**
 * The import page's own i18n namespace, loaded from files inside this folder so that the shared translation files
 * stay untouched. Importing this module registers the bundles once.
 */
import i18n from '../i18n';
import en from './i18n/en.json';
import km from './i18n/km.json';

export const IMPORTS_NS = 'imports';

if (!i18n.hasResourceBundle('en', IMPORTS_NS)) {
  i18n.addResourceBundle('en', IMPORTS_NS, en, true, true);
  i18n.addResourceBundle('km', IMPORTS_NS, km, true, true);
}
