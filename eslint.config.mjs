// Lint for the whole workspace. Module boundaries are enforced by tags in each package.json:
// type:* (what a project is) and scope:* (who owns it). There is deliberately no catch-all rule.
import { readdirSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Anything that touches the outside world. The domain may import none of these.
const IO_LIBRARIES = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'tls',
  'dgram',
  'dns',
  'worker_threads',
  'cluster',
  'crypto',
  'process',
  'stream',
  'readline',
  'zlib',
  'url',
  'util',
  '@prisma/*',
  'prisma',
  'libsql',
  'better-sqlite3',
  'pg',
  'mysql*',
  'sqlite3',
  'redis',
  'ioredis',
  'fastify',
  '@fastify/*',
  'express',
  'axios',
  'node-fetch',
  'undici',
  'ws',
  '@trpc/*',
  'react',
  'react-dom',
  'exceljs',
  'pino',
  'nodemailer',
  'dotenv',
];

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'tls',
  'dgram',
  'dns',
  'worker_threads',
  'cluster',
  'crypto',
  'process',
  'stream',
  'readline',
  'zlib',
  'url',
  'util',
];

/** The owners' scopes the projects carry (a sector module's, the portal's), read from their package.json. */
const OWN_SCOPES = [
  ...new Set(
    ['apps', 'packages', 'tools'].flatMap((dir) =>
      readdirSync(new URL(dir, import.meta.url)).flatMap((name) => {
        try {
          return (
            JSON.parse(readFileSync(new URL(`${dir}/${name}/package.json`, import.meta.url), 'utf8')).nx?.tags ?? []
          );
        } catch {
          return [];
        }
      }),
    ),
  ),
].filter((tag) => tag.startsWith('scope:') && tag !== 'scope:shared');

const boundaries = (extraDomainImports = [], options = {}) => [
  'error',
  {
    ...options,
    enforceBuildableLibDependency: true,
    allow: [],
    depConstraints: [
      // The domain is pure: zod only, and no other workspace project.
      {
        sourceTag: 'type:domain',
        onlyDependOnLibsWithTags: [],
        allowedExternalImports: ['zod', ...extraDomainImports],
        bannedExternalImports: IO_LIBRARIES.filter((name) => !extraDomainImports.includes(name)),
      },
      { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
      { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
      // Files of the movement's data (spreadsheets) read the domain's vocabulary and know no database or HTTP.
      { sourceTag: 'type:format', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
      { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:domain', 'type:data', 'type:format', 'type:util'] },
      // UI may name the API's types (the typed client); the rule below allows type-only imports of it and nothing else.
      { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:domain', 'type:ui', 'type:util', 'type:api'] },
      // Apps may also use the shared build configuration (type:build) in their rspack config.
      {
        sourceTag: 'type:app',
        onlyDependOnLibsWithTags: [
          'type:domain',
          'type:data',
          'type:format',
          'type:api',
          'type:ui',
          'type:util',
          'type:build',
        ],
      },
      { sourceTag: 'type:build', onlyDependOnLibsWithTags: [] },
      // Tools (benchmarks, generators) drive the real apps and packages; nothing ships depending on them.
      {
        sourceTag: 'type:tool',
        onlyDependOnLibsWithTags: [
          'type:domain',
          'type:util',
          'type:data',
          'type:format',
          'type:api',
          'type:ui',
          'type:app',
          'type:tool',
          'type:build',
        ],
      },
      // Each owner's project (a sector module, the portal) uses shared projects and its own, never another owner's: a
      // module is released alone. Shared projects depend on no owner's.
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      ...OWN_SCOPES.map((scope) => ({ sourceTag: scope, onlyDependOnLibsWithTags: ['scope:shared', scope] })),
    ],
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/coverage/**', '**/node_modules/**', '**/.nx/**', '**/tmp/**', '**/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...nx.configs['flat/base'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.mjs', '**/*.js'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(),
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Belt and braces: Node built-ins are refused in domain sources by name too, with a message that says why.
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', ...NODE_BUILTINS, ...NODE_BUILTINS.map((name) => `${name}/*`)],
              message: 'The domain package is pure: no Node built-ins. Do the I/O in an app or the db/api packages.',
            },
            {
              group: IO_LIBRARIES.filter((name) => !name.startsWith('node:') && !NODE_BUILTINS.includes(name)),
              message: 'The domain package is pure: it may import zod only.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The domain package must not read the environment.' },
        { name: 'fetch', message: 'The domain package does no I/O.' },
      ],
    },
  },
  {
    // Tests, fixtures and benchmarks of the domain may use the test tools and read the plan digest.
    files: ['packages/domain/src/**/*.spec.ts', 'packages/domain/vitest.config.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(['vitest', 'vitest/*', 'fast-check', 'node:*', 'fs', 'path', 'url']),
    },
  },
  {
    // The UI's separate federation entries (./sector, ./forms) import the shared core by package name on purpose:
    // a relative import would put a second copy of its React contexts into their chunks.
    files: ['packages/ui/src/sector-module/**/*.tsx', 'packages/ui/src/forms/**/*.{ts,tsx}'],
    rules: { '@nx/enforce-module-boundaries': boundaries([], { allowCircularSelfDependency: true }) },
  },
  {
    // Browser code (the shared UI, the shell, the sector modules, the portal widgets): the API's types only, no server code, no Node.
    files: [
      'packages/ui/src/**/*.{ts,tsx}',
      'apps/shell/src/**/*.{ts,tsx}',
      'apps/*/src/App.tsx',
      'apps/*/src/Widget.tsx',
      'apps/*/src/sector.ts',
      'apps/widgets/src/**/*.ts',
    ],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@thidua/api',
              allowTypeImports: true,
              message: 'Browser code may import the API’s types only (import type …).',
            },
            { name: '@thidua/db', message: 'Browser code never reaches the database: call the API.' },
            { name: '@thidua/api-server', message: 'Browser code never imports the server.' },
          ],
          patterns: [{ group: ['node:*', ...NODE_BUILTINS], message: 'Browser code cannot use Node built-ins.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
