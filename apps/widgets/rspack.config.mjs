import { scriptBundleConfig } from '@thidua/frontend-build';

export default scriptBundleConfig({ dir: import.meta.dirname, entry: './src/index.ts', filename: 'thidua-widgets.js' });
