// Leaving a page with unsaved edits asks first: the browser's own prompt on reload or close, a confirmation on a link
// inside the app. Forms register while they hold unsaved input; the shell's navigation asks `mayLeave`.
import { useEffect, useId } from 'react';

const holding = new Set<string>();
// The forms among them that sign their user in again themselves (ReauthDialog): the page stays on them.
const signingInAgain = new Set<string>();

const onBeforeUnload = (event: BeforeUnloadEvent) => {
  event.preventDefault();
  // Older browsers show the prompt only when a value is set.
  event.returnValue = '';
};

/** While `dirty`, the page asks before it is closed, reloaded or left through the app's own links. `signsInAgain`: the
 * form asks for the password itself when its save meets an ended session, so the page stays on it meanwhile. */
export const useLeaveGuard = (dirty: boolean, { signsInAgain = false }: { signsInAgain?: boolean } = {}) => {
  const id = useId();
  useEffect(() => {
    if (!dirty) return;
    holding.add(id);
    if (signsInAgain) signingInAgain.add(id);
    if (holding.size === 1) addEventListener('beforeunload', onBeforeUnload);
    return () => {
      holding.delete(id);
      signingInAgain.delete(id);
      if (holding.size === 0) removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, id, signsInAgain]);
};

/** A form on the page holds unsaved input and will sign its user in again itself: an ended session does not leave it. */
export const formSignsInAgain = (): boolean => signingInAgain.size > 0;

/** True when nothing is unsaved, or the user confirms leaving anyway (the input stays in the browser's drafts). */
export const mayLeave = (question: string): boolean => holding.size === 0 || confirm(question);
