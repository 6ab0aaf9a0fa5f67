// A few screens, each at its own address (bookmarkable, back button works); no router library needed.
import { mayLeave, useI18n } from '@thidua/ui';
import { useCallback, useEffect, useState } from 'react';

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
  if (parts.length === 1 && (parts[0] === 'unit' || parts[0] === 'reports' || parts[0] === 'council' || parts[0] === 'decisions' || parts[0] === 'notifications' || parts[0] === 'showcase' || parts[0] === 'admin' || parts[0] === 'targets')) return { page: parts[0] };
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

export const useRoute = (): [Route, (route: Route) => void] => {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const onPop = () => setRoute(parseRoute(location.pathname));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const { t } = useI18n();
  const go = useCallback((next: Route) => {
    // A form with unsaved input asks first (what was typed also stays in the browser's drafts).
    if (!mayLeave(t('form.leaveConfirm'))) return;
    history.pushState(null, '', hrefOf(next));
    setRoute(next);
    scrollTo(0, 0);
  }, [t]);
  return [route, go];
};
