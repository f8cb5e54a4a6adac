import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';
import km from './i18n/km.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('Import translations', () => {
  it('gives Khmer every label English has, none empty', () => {
    expect(keys(km).sort()).toEqual(keys(en).sort());
    const empty = keys(km).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], km);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
