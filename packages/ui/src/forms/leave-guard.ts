// Leaving a page with unsaved edits asks first: the browser's own prompt on reload or close, a confirmation on a link
// inside the app. Forms register while they hold unsaved input; the shell's navigation asks `mayLeave`.
import { useEffect, useId } from 'react';

const holding = new Set<string>();

const onBeforeUnload = (event: BeforeUnloadEvent) => {
  event.preventDefault();
  // Older browsers show the prompt only when a value is set.
  event.returnValue = '';
};

/** While `dirty`, the page asks before it is closed, reloaded or left through the app's own links. */
export const useLeaveGuard = (dirty: boolean) => {
  const id = useId();
  useEffect(() => {
    if (!dirty) return;
    holding.add(id);
    if (holding.size === 1) addEventListener('beforeunload', onBeforeUnload);
    return () => {
      holding.delete(id);
      if (holding.size === 0) removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, id]);
};

/** Some form on the page holds input the server does not have yet. */
export const hasUnsavedEdits = (): boolean => holding.size > 0;

/** True when nothing is unsaved, or the user confirms leaving anyway (the input stays in the browser's drafts). */
export const mayLeave = (question: string): boolean => holding.size === 0 || confirm(question);
