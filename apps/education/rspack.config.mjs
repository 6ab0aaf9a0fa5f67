import { frontendConfig } from '@thidua/frontend-build';

export default frontendConfig({
  dir: import.meta.dirname,
  name: 'education',
  kind: 'remote',
  port: 4202,
  exposes: { './App': './src/App.tsx', './Widget': './src/Widget.tsx' },
});
