import { escapeHtml } from './escapeHtml';

/** Markup built by `html` (or wrapped by `raw`): interpolated as is, never escaped again. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Markup the caller vouches for (a constant, or CSS of our own); never document text. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** One interpolated value: Html as is, arrays joined, null/undefined/false dropped, anything else escaped. */
function interpolate(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(interpolate).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * A template tag that escapes every interpolated value unless it is already Html, so that text
 * from a document can only ever appear as text.
 * html`<td>${'<script>'}</td>` → Html('<td>&lt;script&gt;</td>').
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += interpolate(value) + strings[i + 1]!;
  });
  return new Html(out);
}
