import { describe, expect, it } from 'vitest';
import { matchPath, renderRoute } from './match-route.js';

describe('matchPath', () => {
  it.each([
    ['/', '/', {}],
    ['/documents/:id', '/documents/abc', { id: 'abc' }],
    ['/documents/:id', '/documents/a%20b', { id: 'a b' }],
    ['/documents/:id/edit', '/documents/abc/edit', { id: 'abc' }],
    ['/documents/:id', '/documents/abc/', { id: 'abc' }],
  ])('%s matches %s', (pattern, path, params) => {
    expect(matchPath(pattern, path)).toEqual(params);
  });

  it.each([
    ['/documents/:id', '/documents'],
    ['/documents/:id', '/documents/abc/edit'],
    ['/drafts', '/draft'],
    ['/documents/:id', '/documents/%E0%A4%A'],
  ])('%s does not match %s', (pattern, path) => {
    expect(matchPath(pattern, path)).toBeNull();
  });
});

describe('renderRoute', () => {
  const routes = [
    { path: '/', render: () => 'inbox' },
    { path: '/documents/:id', render: ({ id = '' }) => `document ${id}` },
  ];

  it('renders the first route that matches, else the fallback', () => {
    expect(renderRoute(routes, '/documents/7', () => 'not found')).toBe('document 7');
    expect(renderRoute(routes, '/nowhere', () => 'not found')).toBe('not found');
  });
});
