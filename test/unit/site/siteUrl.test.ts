import { describe, expect, it } from 'vitest';
import { publicSite, publicUrl } from '../../../src/lib/siteUrl';

const HOMEPAGE = 'https://machikurabe.github.io/machikurabe/';

describe('publicSite', () => {
  describe('in the Pages workflow (SITE_URL and BASE_PATH set, .github/workflows/deploy.yml)', () => {
    it('is the site the workflow names, with its base path, and not local', () => {
      expect(publicSite({ SITE_URL: 'https://me.github.io', BASE_PATH: '/fork' }, HOMEPAGE)).toEqual({ root: 'https://me.github.io/fork/', local: false });
    });
    it('is the root of a <owner>.github.io repository (BASE_PATH /)', () => {
      expect(publicSite({ SITE_URL: 'https://me.github.io', BASE_PATH: '/' }, HOMEPAGE)).toEqual({ root: 'https://me.github.io/', local: false });
    });
  });

  describe('in a local build', () => {
    it('is the configured public site (package.json "homepage") and says it is local, without SITE_URL', () => {
      expect(publicSite({}, HOMEPAGE)).toEqual({ root: HOMEPAGE, local: true });
      expect(publicSite({ SITE_URL: '', BASE_PATH: '/machikurabe' }, HOMEPAGE)).toEqual({ root: HOMEPAGE, local: true });
    });
    it.each(['http://localhost:4321', 'http://127.0.0.1:4321/', 'http://[::1]:4321'])('never names a loopback SITE_URL (%s)', (site) => {
      expect(publicSite({ SITE_URL: site }, HOMEPAGE)).toEqual({ root: HOMEPAGE, local: true });
    });
    it('adds the trailing slash a homepage without one lacks', () => {
      expect(publicSite({}, 'https://machikurabe.github.io/machikurabe').root).toBe(HOMEPAGE);
    });
  });
});

describe('publicUrl', () => {
  const local = { root: HOMEPAGE, local: true };
  it('puts a link of a local build (base /) under the public base path', () => {
    expect(publicUrl(local, '/sources/001_c90401aa62130a51/#L214', '/')).toBe(`${HOMEPAGE}sources/001_c90401aa62130a51/#L214`);
    expect(publicUrl(local, '/en/', '/')).toBe(`${HOMEPAGE}en/`);
    expect(publicUrl(local, '/', '/')).toBe(HOMEPAGE);
  });
  it('replaces the build’s own base with the public one', () => {
    expect(publicUrl({ root: 'https://me.github.io/fork/', local: false }, '/fork/cities/012360-hokuto/', '/fork/')).toBe(
      'https://me.github.io/fork/cities/012360-hokuto/',
    );
    expect(publicUrl(local, '/machikurabe/en/cities/', '/machikurabe')).toBe(`${HOMEPAGE}en/cities/`);
  });
  it('leaves a path that only starts like the base alone (/machikurabe-old/ under /machikurabe)', () => {
    expect(publicUrl(local, '/machikurabe-old/', '/machikurabe/')).toBe(`${HOMEPAGE}machikurabe-old/`);
  });
});
