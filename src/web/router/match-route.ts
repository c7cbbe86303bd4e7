/** Matching a path against route patterns such as "/documents/:id/edit". */

export type RouteParams = Readonly<Record<string, string>>;

export function matchPath(pattern: string, pathname: string): RouteParams | null {
  const wanted = pattern.split('/').filter(Boolean);
  const actual = pathname.split('/').filter(Boolean);
  if (wanted.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < wanted.length; index++) {
    const segment = wanted[index]!;
    const value = actual[index]!;
    if (segment.startsWith(':')) {
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (segment !== value) return null;
  }
  return params;
}

export interface Route<T> {
  readonly path: string;
  readonly render: (params: RouteParams) => T;
}

/** The first route whose pattern matches, rendered; or the fallback. */
export function renderRoute<T>(routes: readonly Route<T>[], pathname: string, fallback: () => T): T {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return route.render(params);
  }
  return fallback();
}
