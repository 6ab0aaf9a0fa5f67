// `nx g @thidua/generators:sector-remote finance --sectorId=S-FINANCE --port=4206 --keyIndicator=I-FINANCE-E-TAX`
// writes apps/finance (rspack + Module Federation remote exposing ./App and ./Widget, a first test) and adds it to
// the shell's runtime manifest, so the shell picks it up without being rebuilt.
import { formatFiles, generateFiles, joinPathFragments, updateJson, type Tree } from '@nx/devkit';
import * as path from 'node:path';

export interface SectorRemoteOptions {
  name: string;
  sectorId: string;
  port: number;
  keyIndicator: string;
  focusTitleVi?: string;
  focusTitleEn?: string;
  focusWhyVi?: string;
  focusWhyEn?: string;
}

interface RemotesManifest {
  remotes: Array<{ name: string; sectorId: string; entry: string }>;
}

export const MANIFEST_PATH = 'apps/shell/public/remotes.json';

export const sectorRemoteGenerator = async (tree: Tree, options: SectorRemoteOptions): Promise<void> => {
  const dir = joinPathFragments('apps', options.name);
  if (tree.exists(dir)) throw new Error(`apps/${options.name} đã tồn tại / already exists`);
  const manifest: RemotesManifest = tree.exists(MANIFEST_PATH)
    ? JSON.parse(tree.read(MANIFEST_PATH, 'utf-8') ?? '{}')
    : { remotes: [] };
  const clash = manifest.remotes.find(
    (r) => r.name === options.name || r.sectorId === options.sectorId || new URL(r.entry).port === String(options.port),
  );
  if (clash) throw new Error(`remotes.json đã có ${clash.name} (${clash.sectorId}, ${clash.entry}) / already has it`);
  generateFiles(tree, path.join(__dirname, 'files'), dir, {
    focusTitleVi: 'Chỉ số trọng tâm',
    focusTitleEn: 'Key indicator',
    focusWhyVi: 'Chỉ số được theo dõi để đánh giá tiến độ chương trình chuyển đổi số của ngành.',
    focusWhyEn: "The indicator followed to judge the progress of the sector's digital transformation programme.",
    ...options,
    tmpl: '',
  });
  if (!tree.exists(MANIFEST_PATH)) tree.write(MANIFEST_PATH, JSON.stringify({ remotes: [] }));
  updateJson<RemotesManifest>(tree, MANIFEST_PATH, (json) => ({
    remotes: [
      ...json.remotes,
      { name: options.name, sectorId: options.sectorId, entry: `http://localhost:${options.port}/mf-manifest.json` },
    ],
  }));
  await formatFiles(tree);
};

export default sectorRemoteGenerator;
