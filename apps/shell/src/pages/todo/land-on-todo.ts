// Right after signing in at the front page, a person with a to-do list lands on it rather than on the district
// dashboard; opening the dashboard later, or an address of its own, goes where asked.
import { useEffect } from 'react';
import type { Route } from '../../router.js';

const JUST_SIGNED_IN = 'thidua.justSignedIn';

/** Called by the sign-in form when the password was accepted. */
export const markSignedIn = () => {
  try {
    sessionStorage.setItem(JUST_SIGNED_IN, '1');
  } catch {
    // Storage refused (a locked-down browser): the person lands on the dashboard, as before.
  }
};

const takeSignedIn = (): boolean => {
  try {
    const was = sessionStorage.getItem(JUST_SIGNED_IN) === '1';
    sessionStorage.removeItem(JUST_SIGNED_IN);
    return was;
  } catch {
    return false;
  }
};

export const useLandOnTodo = (onFrontPage: boolean, go: (route: Route) => void) => {
  useEffect(() => {
    if (takeSignedIn() && onFrontPage) go({ page: 'todo' });
    // Once, when the frame first shows after signing in.
  }, []);
};
