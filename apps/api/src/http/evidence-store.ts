// Evidence files stored by content hash: the same file stored twice is stored once, and a stored file never changes.
import { createHash, randomUUID } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface EvidenceMeta {
  name: string;
  type: string;
  size: number;
  uploadedBy: string;
  at: string;
}

/** A file written under a temporary name: `keep` puts it in place (or finds the same content already there), `drop`
 * removes it. An import stages its workbook, saves, and keeps it only if the save went through. */
export interface StagedEvidence {
  id: string;
  url: string;
  keep(): Promise<void>;
  drop(): Promise<void>;
}

export const stageEvidence = async (
  dir: string,
  body: Buffer,
  ext: string,
  file: { name: string; type: string; uploadedBy: string },
): Promise<StagedEvidence> => {
  const id = `${createHash('sha256').update(body).digest('hex').slice(0, 40)}.${ext}`;
  const path = join(dir, id);
  const tmp = `${path}.${randomUUID()}.part`;
  await writeFile(tmp, body);
  return {
    id,
    url: `/api/evidence/${id}`,
    async keep() {
      // Rename into place: a reader never sees half a file, and the same content stored twice is stored once.
      const exists = await stat(path).then(
        () => true,
        () => false,
      );
      if (exists) await rm(tmp, { force: true });
      else await rename(tmp, path);
      // The first upload of a file names it; the same file uploaded again is the same evidence, not a rename.
      const meta: EvidenceMeta = { ...file, size: body.length, at: new Date().toISOString() };
      await writeFile(`${path}.json`, JSON.stringify(meta), { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
    },
    async drop() {
      await rm(tmp, { force: true });
    },
  };
};

export const storeEvidence = async (
  dir: string,
  body: Buffer,
  ext: string,
  file: { name: string; type: string; uploadedBy: string },
): Promise<{ id: string; url: string }> => {
  const staged = await stageEvidence(dir, body, ext, file);
  await staged.keep();
  return { id: staged.id, url: staged.url };
};
