import { describe, expect, it } from 'vitest';
import { checkPageSecurity } from '../../../scripts/check/checkPageSecurity';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'">`;

describe('checkPageSecurity', () => {
  it('accepts a page with a strict CSP and same-origin resources', () => {
    expect(checkPageSecurity('ok', `${CSP}<script type="module" src="/_astro/a.js"></script><a href="https://example.org/">外部リンク</a><link rel="canonical" href="https://me.github.io/x/">`)).toEqual([]);
  });
  describe('rejects', () => {
    it('a page without CSP', () => {
      expect(checkPageSecurity('p', '<p>x</p>').map((p) => p.problem)).toEqual(['no content-security-policy meta']);
    });
    it("'unsafe-inline' scripts", () => {
      const html = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'">`;
      expect(checkPageSecurity('p', html)[0]?.problem).toMatch(/script-src allows too much/);
    });
    it('an inline script the CSP has no hash for', () => {
      expect(checkPageSecurity('p', `${CSP}<script>alert(1)</script>`).map((p) => p.problem)).toEqual(['inline script without a CSP hash']);
    });
    it('a third-party script, an inline handler and an inline style', () => {
      const html = `${CSP}<script src="https://cdn.example/x.js"></script><button onclick="x()">x</button><p style="color:red">x</p>`;
      expect(checkPageSecurity('p', html).map((p) => p.problem)).toEqual(['<script> loads from another origin', 'inline event handler attribute', 'inline style attribute']);
    });
  });
});
