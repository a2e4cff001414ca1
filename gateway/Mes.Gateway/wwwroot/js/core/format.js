// Dates, numbers and units in the reader's locale, with Intl. Quantities from the API are exact decimal
// strings ("4998.2"); Intl formats a string as the exact decimal it is, without a trip through binary.
const intlUnits = { g: 'gram', kg: 'kilogram', mm: 'millimeter', cm: 'centimeter', m: 'meter', s: 'second', min: 'minute', h: 'hour', '%': 'percent', L: 'liter', mL: 'milliliter' };

export class Formatter {
  constructor(catalogue) {
    this.catalogue = catalogue;
    this.locale = catalogue.locale;
  }

  number(value, options = {}) {
    if (value === undefined || value === null || value === '') return '–';
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 6, ...options }).format(value);
  }

  integer(value) {
    return this.number(value ?? 0, { maximumFractionDigits: 0 });
  }

  // A fraction of one ("0.8125") as a percentage.
  percent(fraction, digits = 1) {
    if (fraction === undefined || fraction === null || fraction === '') return '–';
    return new Intl.NumberFormat(this.locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(fraction);
  }

  // A quantity with its unit: Intl's unit names where Intl knows the unit, the catalogue's word otherwise.
  quantity(value, unit) {
    const intl = intlUnits[unit];
    if (intl && value !== undefined && value !== null && value !== '') {
      return new Intl.NumberFormat(this.locale, { style: 'unit', unit: intl, maximumFractionDigits: 6 }).format(value);
    }
    const word = unit ? this.catalogue.t(`unit.${unit}`) : '';
    const shown = word.startsWith('unit.') ? unit : word;
    return shown ? `${this.number(value)} ${shown}` : this.number(value);
  }

  dateTime(value) {
    if (!value) return '–';
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
  }

  date(value) {
    if (!value) return '–';
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' }).format(new Date(value));
  }

  time(value) {
    if (!value) return '–';
    return new Intl.DateTimeFormat(this.locale, { timeStyle: 'short' }).format(new Date(value));
  }

  hour(value) {
    return new Intl.DateTimeFormat(this.locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(value));
  }

  // Seconds as hours and minutes ("2 小时 5 分钟").
  duration(seconds) {
    const total = Math.max(0, Math.round(Number(seconds) || 0));
    const parts = { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total < 60 ? total : 0 };
    if (typeof Intl.DurationFormat === 'function') {
      return new Intl.DurationFormat(this.locale, { style: 'short' }).format(parts);
    }
    return [parts.hours && this.quantity(parts.hours, 'h'), parts.minutes && this.quantity(parts.minutes, 'min'), parts.seconds && this.quantity(parts.seconds, 's')]
      .filter(Boolean).join(' ') || this.quantity(0, 'min');
  }
}

// A protobuf Duration in JSON ("3600s", "0.5s") as seconds.
export function durationSeconds(text) {
  return text ? Number.parseFloat(String(text).replace(/s$/, '')) : 0;
}

// A date as yyyy-MM-dd of the reader's calendar (a date input's value, a production day).
export function localDay(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
