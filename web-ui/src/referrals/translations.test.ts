import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';
import km from './i18n/km.json';
import { durationWords } from './translations';
import i18n from '../i18n';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('Referral translations', () => {
  it('gives Khmer every label English has, none empty', () => {
    expect(keys(km).sort()).toEqual(keys(en).sort());
    const empty = keys(km).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], km);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('writes deadlines in words', () => {
    const t = i18n.getFixedT('en', 'referrals');
    expect(durationWords('PT24H', t)).toBe('24 hours');
    expect(durationWords('PT72H', t)).toBe('3 days');
    expect(durationWords('P7D', t)).toBe('7 days');
    expect(durationWords('nonsense', t)).toBe('nonsense');
  });
});
