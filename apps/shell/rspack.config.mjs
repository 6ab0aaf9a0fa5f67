import { frontendConfig } from '@thidua/frontend-build';

export default frontendConfig({ dir: import.meta.dirname, name: 'shell', kind: 'host', port: 4200 });
