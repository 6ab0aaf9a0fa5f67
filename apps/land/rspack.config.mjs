import { frontendConfig } from '@thidua/frontend-build';

export default frontendConfig({
  dir: import.meta.dirname,
  name: 'land',
  kind: 'remote',
  port: 4204,
  exposes: { './App': './src/App.tsx', './Widget': './src/Widget.tsx' },
});
