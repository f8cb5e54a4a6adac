import { describe, expect, it } from 'vitest';
import en from './en.json';
import km from './km.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('Translations', () => {
  it('gives Khmer every label English has', () => {
    expect(keys(km).sort()).toEqual(keys(en).sort());
  });

  it('leaves no Khmer label empty', () => {
    const empty = keys(km).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], km);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
