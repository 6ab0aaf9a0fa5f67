import { frontendConfig } from '@thidua/frontend-build';

export default frontendConfig({
  dir: import.meta.dirname,
  name: 'health',
  kind: 'remote',
  port: 4201,
  exposes: { './App': './src/App.tsx', './Widget': './src/Widget.tsx' },
});
