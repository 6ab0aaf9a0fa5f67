// A form's unsaved input mirrored into the browser's drafts as it is typed, and offered back once when the form opens
// again (after a reload, a sign-out or an ended session). Dropped when the server has the data or the user discards it.
import { dropDraft, readDraft, writeDraft } from './draft-store.js';
import { useEffect, useRef, useState } from 'react';

const WRITE_AFTER_MS = 300;

export const useBrowserDraft = <T>({
  key,
  ready,
  usable,
  dirty,
  value,
  restore,
}: {
  /** Null until the owner is known: drafts are kept per person. */
  key: string | null;
  /** The server's record has loaded, so a restored draft is not overwritten by it. */
  ready: boolean;
  /** The record can still be edited; a draft for a record sent meanwhile is dropped. */
  usable: boolean;
  dirty: boolean;
  value: T;
  restore: (value: T) => void;
}) => {
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const [keptAt, setKeptAt] = useState<number | null>(null);
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current || !ready || key === null) return;
    checked.current = true;
    void readDraft<T>(key).then((draft) => {
      if (!draft) return;
      if (!usable) return void dropDraft(key);
      restore(draft.value);
      setRestoredAt(draft.savedAt);
    });
  }, [ready, key, usable]);
  // Compared as text: the form hands a new object each render, and only a changed input is worth writing.
  const serialized = JSON.stringify(value);
  useEffect(() => {
    if (!dirty || key === null) return;
    const timer = setTimeout(() => {
      const now = Date.now();
      void writeDraft(key, JSON.parse(serialized) as T, now).then(() => setKeptAt(now));
    }, WRITE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [serialized, dirty, key]);
  const discard = () => {
    setRestoredAt(null);
    setKeptAt(null);
    if (key !== null) void dropDraft(key);
  };
  return { restoredAt, keptAt, discard };
};
