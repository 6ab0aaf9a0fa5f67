// Unsaved form input kept in the browser (IndexedDB), so a reload, a lost link or an ended session never loses what
// a clerk typed. One record per form and person; it is dropped once the server has the data.
const DB_NAME = 'thidua-drafts';
const STORE = 'drafts';

export interface StoredDraft<T> {
  value: T;
  /** When it was written (ms since epoch), shown to the user when it is restored. */
  savedAt: number;
}

let opening: Promise<IDBDatabase | null> | null = null;

const open = (): Promise<IDBDatabase | null> => {
  // A browser without IndexedDB (or a private window refusing it) simply keeps nothing: the form still works.
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  opening ??= new Promise((resolve) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
  return opening;
};

const run = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> => {
  const db = await open();
  if (!db) return null;
  return new Promise((resolve) => {
    const request = work(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
  });
};

export const readDraft = async <T>(key: string): Promise<StoredDraft<T> | null> =>
  (await run('readonly', (s) => s.get(key) as IDBRequest<StoredDraft<T> | undefined>)) ?? null;

export const writeDraft = async <T>(key: string, value: T, now = Date.now()): Promise<void> => {
  await run('readwrite', (s) => s.put({ value, savedAt: now } satisfies StoredDraft<T>, key));
};

export const dropDraft = async (key: string): Promise<void> => {
  await run('readwrite', (s) => s.delete(key));
};
