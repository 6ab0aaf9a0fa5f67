// A few screens, each at its own address (bookmarkable, back button works); no router library needed.
import { mayLeave, useI18n } from '@thidua/ui';
import { useCallback, useEffect, useRef, useState } from 'react';

export type Route =
  | { page: 'dashboard' }
  | { page: 'todo' }
  | { page: 'sector'; sectorId: string }
  | { page: 'unit' }
  | { page: 'reports' }
  | { page: 'council' }
  | { page: 'decisions' }
  | { page: 'notifications' }
  | { page: 'showcase' }
  | { page: 'admin' }
  | { page: 'targets' }
  | { page: 'not-found' };

const TODO_PATH = 'viec-can-lam';

export const parseRoute = (pathname: string): Route => {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'dashboard' };
  // "Việc cần làm": the Vietnamese words, as an official would type or read the address.
  if (parts.length === 1 && parts[0] === TODO_PATH) return { page: 'todo' };
  if (parts[0] === 'sector' && parts[1]) {
    try {
      return { page: 'sector', sectorId: decodeURIComponent(parts[1]) };
    } catch {
      return { page: 'not-found' };
    }
  }
  if (
    parts.length === 1 &&
    (parts[0] === 'unit' ||
      parts[0] === 'reports' ||
      parts[0] === 'council' ||
      parts[0] === 'decisions' ||
      parts[0] === 'notifications' ||
      parts[0] === 'showcase' ||
      parts[0] === 'admin' ||
      parts[0] === 'targets')
  )
    return { page: parts[0] };
  return { page: 'not-found' };
};

export const hrefOf = (route: Route): string => {
  switch (route.page) {
    case 'dashboard':
    case 'not-found':
      return '/';
    case 'todo':
      return `/${TODO_PATH}`;
    case 'sector':
      return `/sector/${route.sectorId}`;
    default:
      return `/${route.page}`;
  }
};

/** Where an entry stands in this tab's history: the back button's question needs to know which way to go to stay. */
const positionOf = (state: unknown): number | null => {
  const at = (state as { at?: unknown } | null)?.at;
  return typeof at === 'number' ? at : null;
};

export const useRoute = (): [Route, (route: Route) => void] => {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  const { t } = useI18n();
  const shown = useRef(route);
  shown.current = route;
  const position = useRef(0);
  /** Set while the page steps back to where the person chose to stay: that step asks nothing. */
  const returning = useRef(false);
  useEffect(() => {
    if (positionOf(history.state) === null) history.replaceState({ at: 0 }, '');
    position.current = positionOf(history.state) ?? 0;
    const onPop = (event: PopStateEvent) => {
      const to = positionOf(event.state);
      if (returning.current) {
        returning.current = false;
        if (to !== null) position.current = to;
        return;
      }
      // The back and forward buttons ask as the app's links do; staying returns to the page's own entry.
      if (!mayLeave(t('form.leaveConfirm'))) {
        if (to !== null && to !== position.current) {
          returning.current = true;
          history.go(position.current - to);
        } else {
          history.pushState({ at: ++position.current }, '', hrefOf(shown.current));
        }
        return;
      }
      // An entry made elsewhere (a sector card's link) is numbered on arrival.
      if (to === null) history.replaceState({ at: ++position.current }, '');
      else position.current = to;
      setRoute(parseRoute(location.pathname));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [t]);
  const go = useCallback(
    (next: Route) => {
      // A form with unsaved input asks first (what was typed also stays in the browser's drafts).
      if (!mayLeave(t('form.leaveConfirm'))) return;
      history.pushState({ at: ++position.current }, '', hrefOf(next));
      setRoute(next);
      scrollTo(0, 0);
    },
    [t],
  );
  return [route, go];
};
