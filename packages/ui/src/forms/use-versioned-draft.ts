// A draft edited against a saved version, as every submission form needs it (a unit's report, a sector's grid): the
// version the form was filled from (sent with each save, so a newer one on the server is a conflict, not an
// overwrite), the typed input kept in the browser's drafts, and the choice to load a newer version instead.
import { useState } from 'react';
import { useBrowserDraft } from './use-browser-draft.js';

export const useVersionedDraft = <T extends object>({
  key,
  ready,
  saved,
  value,
  restore,
}: {
  /** Null until the owner is known: drafts are kept per person. */
  key: string | null;
  /** The server's record has loaded, so a restored draft is not overwritten by it. */
  ready: boolean;
  /** The submission as saved: undefined while loading, null before its first save. */
  saved: { version: number; status: string } | null | undefined;
  /** What the form holds now (kept in the browser as typed). */
  value: T;
  restore: (value: T) => void;
}) => {
  const [dirty, setDirty] = useState(false);
  const [baseVersion, setBaseVersion] = useState<number | undefined>(saved?.version);
  // Changes when the editor chooses to load the latest version: the form fills itself again from the server.
  const [reloadKey, setReloadKey] = useState(0);
  const editable = !saved || saved.status === 'draft';
  const kept = useBrowserDraft<T & { baseVersion: number | undefined }>({
    key,
    ready,
    usable: editable,
    dirty,
    value: { ...value, baseVersion },
    restore: ({ baseVersion: base, ...draft }) => {
      restore(draft as unknown as T);
      setBaseVersion(base);
      setDirty(true);
    },
  });
  const newerOnServer = dirty && !!saved && baseVersion !== undefined && saved.version !== baseVersion;
  const loadLatest = () => {
    setDirty(false);
    kept.discard();
    setReloadKey((k) => k + 1);
  };
  return { dirty, setDirty, baseVersion, setBaseVersion, reloadKey, editable, newerOnServer, loadLatest, kept };
};

export type VersionedDraft = ReturnType<typeof useVersionedDraft>;
