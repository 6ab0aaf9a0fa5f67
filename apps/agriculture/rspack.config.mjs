import { frontendConfig } from '@thidua/frontend-build';

export default frontendConfig({
  dir: import.meta.dirname,
  name: 'agriculture',
  kind: 'remote',
  port: 4203,
  exposes: { './App': './src/App.tsx', './Widget': './src/Widget.tsx' },
});
