/**
 * The referral screens' own i18n namespace, loaded from files inside this folder so that the shared translation
 * files stay untouched. Importing this module registers the bundles once.
 */
import i18n from '../i18n';
import en from './i18n/en.json';
import km from './i18n/km.json';

export const REFERRALS_NS = 'referrals';

if (!i18n.hasResourceBundle('en', REFERRALS_NS)) {
  i18n.addResourceBundle('en', REFERRALS_NS, en, true, true);
  i18n.addResourceBundle('km', REFERRALS_NS, km, true, true);
}

/** "24 hours", "3 days": an ISO-8601 duration (PT24H, P3D, PT72H) in words of the current language. */
export function durationWords(iso: string | undefined, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (!iso) {
    return '';
  }
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!match) {
    return iso;
  }
  const hours = Number(match[1] ?? 0) * 24 + Number(match[2] ?? 0);
  if (hours > 0 && hours % 24 === 0 && hours > 24) {
    return t('duration.days', { count: hours / 24 });
  }
  return t('duration.hours', { count: hours });
}
