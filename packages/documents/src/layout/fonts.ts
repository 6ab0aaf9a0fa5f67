// Tinos: metric-compatible with Times New Roman, full Vietnamese, shipped as an npm package so a fresh machine has it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('@expo-google-fonts/tinos/package.json'));

export const FONTS = {
  regular: join(root, '400Regular', 'Tinos_400Regular.ttf'),
  bold: join(root, '700Bold', 'Tinos_700Bold.ttf'),
  italic: join(root, '400Regular_Italic', 'Tinos_400Regular_Italic.ttf'),
  boldItalic: join(root, '700Bold_Italic', 'Tinos_700Bold_Italic.ttf'),
} as const;

export type FontName = keyof typeof FONTS;
