/**
 * A small router on the History API: the current location, navigation, links that keep the page, and
 * focus moved to the new page's heading so keyboard and screen-reader users know the page changed.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

export interface AppLocation {
  readonly pathname: string;
  readonly search: string;
  /** What navigate() passed along (e.g. "just issued"), null after a reload or a typed address. */
  readonly state: unknown;
  /** Changes on every navigation, also to the same address. */
  readonly key: number;
}

export interface NavigateOptions {
  readonly replace?: boolean;
  readonly state?: unknown;
}

export type Navigate = (to: string, options?: NavigateOptions) => void;

interface RouterValue {
  readonly location: AppLocation;
  readonly navigate: Navigate;
}

const RouterContext = createContext<RouterValue | null>(null);

function readLocation(key: number): AppLocation {
  const state: unknown = window.history.state;
  return { pathname: window.location.pathname, search: window.location.search, state, key };
}

export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState<AppLocation>(() => readLocation(0));

  useEffect(() => {
    const onPopState = () => setLocation((previous) => readLocation(previous.key + 1));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback<Navigate>((to, options = {}) => {
    const state = options.state ?? null;
    if (options.replace) window.history.replaceState(state, '', to);
    else {
      window.history.pushState(state, '', to);
      window.scrollTo(0, 0);
    }
    setLocation((previous) => readLocation(previous.key + 1));
  }, []);

  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter outside RouterProvider');
  return value;
}

export function useLocation(): AppLocation {
  return useRouter().location;
}

export function useNavigate(): Navigate {
  return useRouter().navigate;
}

export function useSearchParam(name: string): string {
  const { search } = useLocation();
  return new URLSearchParams(search).get(name) ?? '';
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { readonly to: string };

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** An ordinary link (open in a new tab works) that navigates in place on a plain click. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const navigate = useNavigate();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainLeftClick(event) || rest.target) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}

/** Moves focus to the page's main heading after each navigation (not on the first load). */
export function useFocusOnNavigation(containerId: string): void {
  const { key } = useLocation();
  useEffect(() => {
    if (key === 0) return;
    const container = document.getElementById(containerId);
    const heading = container?.querySelector<HTMLElement>('h1');
    const target = heading ?? container;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [key, containerId]);
}
