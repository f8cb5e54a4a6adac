/** Dates as the reader's language writes them; an unparsable value is shown as sent rather than hidden. */

function parse(value: string): Date | null {
  // A plain date (yyyy-mm-dd) is a calendar day, not midnight UTC: parse it as local so it never shifts a day.
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) {
    return '';
  }
  const date = parse(value);
  return date === null ? value : new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) {
    return '';
  }
  const date = parse(value);
  return date === null ? value : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

export function today(): string {
  return isoDate(new Date());
}

export function addMonths(date: Date, months: number): Date {
  return new Date(date.getFullYear(), date.getMonth() + months, date.getDate());
}
