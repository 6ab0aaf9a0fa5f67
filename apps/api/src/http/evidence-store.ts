// Evidence files stored by content hash: the same file stored twice is stored once, and a stored file never changes.
import { createHash, randomUUID } from 'node:crypto';
import { rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface EvidenceMeta {
  name: string;
  type: string;
  size: number;
  uploadedBy: string;
  at: string;
}

export const storeEvidence = async (dir: string, body: Buffer, ext: string, file: { name: string; type: string; uploadedBy: string }): Promise<{ id: string; url: string }> => {
  const id = `${createHash('sha256').update(body).digest('hex').slice(0, 40)}.${ext}`;
  const path = join(dir, id);
  // Write to a temporary name, then rename: a reader never sees half a file.
  const exists = await stat(path).then(() => true, () => false);
  if (!exists) {
    const tmp = `${path}.${randomUUID()}.part`;
    await writeFile(tmp, body);
    await rename(tmp, path);
  }
  // The first upload of a file names it; the same file uploaded again is the same evidence, not a rename.
  const meta: EvidenceMeta = { ...file, size: body.length, at: new Date().toISOString() };
  await writeFile(`${path}.json`, JSON.stringify(meta), { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return { id, url: `/api/evidence/${id}` };
};
