import { describe, expect, it } from 'vitest';
import { addressEnv, normalizeBase, normalizeSite, siteAddress } from '../../../src/publish/address';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['omsap', '/omsap/'],
    ['/omsap', '/omsap/'],
    ['/omsap/', '/omsap/'],
    [' /cdd/omsap// ', '/cdd/omsap/'],
  ])('%j → %j', (raw, base) => expect(normalizeBase(raw)).toBe(base));

  it.each(['/../etc/', '/a b/', '/ออมทรัพย์/', '/x?y/', '/x#y/', '/./'])('refuses %j, saying what a base path is', (raw) => {
    expect(() => normalizeBase(raw)).toThrow('a base path is ASCII letters, digits and . _ ~ - separated by /, e.g. /omsap/');
  });
});

describe('normalizeSite', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['https://example.go.th', 'https://example.go.th'],
    ['https://example.go.th/', 'https://example.go.th'],
    ['HTTP://Example.GO.th:8080/', 'http://example.go.th:8080'],
  ])('%j → %j', (raw, site) => expect(normalizeSite(raw)).toBe(site));

  it('refuses a path, pointing to --base', () => {
    expect(() => normalizeSite('https://user.github.io/omsap/')).toThrow('give only the scheme and host (https://example.go.th); put the path in --base');
  });
  it.each(['example.go.th', 'ftp://example.go.th', 'https://example.go.th/?a=1'])('refuses %j', (raw) => {
    expect(() => normalizeSite(raw)).toThrow(/--site/);
  });
});

describe('siteAddress', () => {
  const env = { OMSAP_BASE: '/from-env/', OMSAP_SITE: 'https://env.example' };
  it('reads OMSAP_BASE and OMSAP_SITE when no option is given', () => {
    expect(siteAddress({}, env)).toEqual({ base: '/from-env/', site: 'https://env.example' });
  });
  it('options win over the environment', () => {
    expect(siteAddress({ base: 'omsap', site: 'https://example.go.th/' }, env)).toEqual({ base: '/omsap/', site: 'https://example.go.th' });
  });
  it('is the root of an unknown host by default', () => {
    expect(siteAddress({}, {})).toEqual({ base: '/' });
  });
  it('hands a child process both variables, an unknown host as empty', () => {
    expect(addressEnv({ base: '/omsap/' })).toEqual({ OMSAP_BASE: '/omsap/', OMSAP_SITE: '' });
    expect(addressEnv({ base: '/', site: 'https://example.go.th' })).toEqual({ OMSAP_BASE: '/', OMSAP_SITE: 'https://example.go.th' });
  });
});
