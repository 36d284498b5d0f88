import { createHash } from 'node:crypto';

/** A problem with one page's security posture. */
export interface SecurityProblem {
  page: string;
  problem: string;
}

/** The content of the page's CSP meta element, or null. */
export function cspOf(html: string): string | null {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? null;
}

/**
 * Checks one built page: a CSP meta whose default-src is 'self', no 'unsafe-inline' or
 * 'unsafe-eval' for scripts, no inline event handlers or inline style attributes, and no resource
 * (script, stylesheet, image, frame, media) loaded from another origin.
 * `checkPageSecurity('/x/', '<script src="https://cdn.example/x.js">')` → problems for the CSP and the origin.
 */
export function checkPageSecurity(page: string, html: string): SecurityProblem[] {
  const problems: SecurityProblem[] = [];
  const csp = cspOf(html);
  if (csp === null) problems.push({ page, problem: 'no content-security-policy meta' });
  else {
    if (!/(^|;)\s*default-src 'self'\s*(;|$)/.test(csp)) problems.push({ page, problem: "CSP default-src is not 'self'" });
    const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
    if (/'unsafe-(inline|eval)'|\bhttps?:|\*/.test(scriptSrc)) problems.push({ page, problem: `CSP script-src allows too much: ${scriptSrc.trim().slice(0, 80)}` });
    // Every inline script must be one the CSP lets run by its hash (any other would be blocked, i.e. broken).
    for (const m of html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
      const hash = `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`;
      if (!scriptSrc.includes(hash)) problems.push({ page, problem: 'inline script without a CSP hash' });
    }
  }
  for (const m of html.matchAll(/<(script|link|img|iframe|audio|video|source|embed|object)\b[^>]*\s(?:src|href|data)="(https?:)?\/\/[^"]*"[^>]*>/gi)) {
    // rel=canonical / alternate name the page's own URLs; browsers fetch nothing for them.
    if (m[1]!.toLowerCase() === 'link' && /\srel="(canonical|alternate)"/i.test(m[0])) continue;
    problems.push({ page, problem: `<${m[1]}> loads from another origin` });
  }
  if (/\son[a-z]+="/i.test(html)) problems.push({ page, problem: 'inline event handler attribute' });
  if (/<[a-z][^>]*\sstyle="/i.test(html)) problems.push({ page, problem: 'inline style attribute' });
  return problems;
}
