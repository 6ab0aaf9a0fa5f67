import { frontendConfig } from '@thidua/frontend-build';

export default frontendConfig({
  dir: import.meta.dirname,
  name: 'residents',
  kind: 'remote',
  port: 4205,
  exposes: { './App': './src/App.tsx', './Widget': './src/Widget.tsx' },
});
