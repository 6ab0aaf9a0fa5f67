// The one build configuration of the frontends: the shell (host) and the sector modules (remotes) with rspack +
// Module Federation, and the portal widgets as one plain script.
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { rspack } from '@rspack/core';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PreloadStartupChunks } from './preload-startup-chunks.mjs';

const require = createRequire(import.meta.url);
const versionOf = (name) => `^${require(`${name}/package.json`).version}`;

/**
 * One copy of each in the browser. The shell provides them; a remote declares `import: false` so it ships no
 * fallback copy at all (its budget counts only its own code, and a second React can never load).
 */
export const sharedSingletons = ({ provide }) => {
  const entry = (requiredVersion) => ({ singleton: true, requiredVersion, ...(provide ? {} : { import: false }) });
  return {
    react: entry(versionOf('react')),
    'react/jsx-runtime': entry(versionOf('react')),
    'react-dom': entry(versionOf('react-dom')),
    '@tanstack/react-query': entry(versionOf('@tanstack/react-query')),
    '@trpc/client': entry(versionOf('@trpc/client')),
    // Workspace packages are released together with the shell: any version the shell provides is right.
    '@thidua/ui': entry(false),
    '@thidua/ui/forms': entry(false),
    // A sector's screens (@thidua/ui/sector) are built into its own module, so it changes them in a release of its own.
    // The shell still provides them for modules built before that (they import them from the shell).
    ...(provide ? { '@thidua/ui/sector': entry(false) } : {}),
  };
};

const BROWSERS = 'chrome >= 111, edge >= 111, firefox >= 111, safari >= 16.4';

const browserResolve = {
  extensions: ['.ts', '.tsx', '.js', '.mjs'],
  // Sources import './x.js' (NodeNext); rspack finds the .ts/.tsx beside it.
  extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
  conditionNames: ['@thidua/source', 'browser', 'import', 'module', 'default'],
};

const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  loader: 'builtin:swc-loader',
  options: {
    jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
    env: { targets: BROWSERS },
  },
  type: 'javascript/auto',
};

/** `preloadFetches`: API addresses the host's page preloads (its code fetches them first thing).
 * @param {{ dir: string, name: string, kind: 'host' | 'remote', exposes?: Record<string, string>, port: number, preloadFetches?: readonly string[] }} app */
export const frontendConfig = ({ dir, name, kind, exposes, port, preloadFetches }) => {
  const production = process.env.NODE_ENV !== 'development';
  return {
    context: dir,
    mode: production ? 'production' : 'development',
    // A remote has no page of its own: its entry is the remoteEntry.js that Module Federation writes.
    entry: kind === 'host' ? { main: './src/main.ts' } : {},
    devtool: false,
    output: {
      path: path.join(dir, 'dist'),
      // The shell is served from the site root (deep links like /sector/S-HEALTH); a remote from wherever it is deployed.
      publicPath: kind === 'host' ? '/' : 'auto',
      uniqueName: name,
      clean: true,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[id].[contenthash:8].js' : '[id].js',
      cssFilename: production ? '[name].[contenthash:8].css' : '[name].css',
    },
    resolve: browserResolve,
    module: { rules: [typescriptRule, { test: /\.css$/, type: 'css' }] },
    optimization: { minimize: production },
    performance: { hints: false },
    lazyCompilation: false,
    devServer: { port },
    plugins: [
      new ModuleFederationPlugin({
        name,
        ...(kind === 'remote' ? { filename: 'remoteEntry.js', exposes } : { remotes: {} }),
        shared: sharedSingletons({ provide: kind === 'host' }),
        // Only the shell provides shared modules, so loading one never needs to ask the remotes: with the default
        // ('version-first') a lazily loaded shared module would first contact every remote, and one that is down or
        // hangs would break or stall the shell's own pages.
        shareStrategy: 'loaded-first',
        manifest: true,
        dts: false,
      }),
      new rspack.DefinePlugin({
        'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'),
        // The same version the manifest records (buildInfo.buildVersion): MF_BUILD_VERSION for a release, else package.json's.
        __MODULE_VERSION__: JSON.stringify(
          process.env.MF_BUILD_VERSION ?? require(path.join(dir, 'package.json')).version,
        ),
      }),
      ...(kind === 'host'
        ? [
            new rspack.HtmlRspackPlugin({
              template: path.join(dir, 'index.html'),
              inject: 'head',
              scriptLoading: 'defer',
            }),
            new PreloadStartupChunks({ group: 'bootstrap', fetches: preloadFetches, html: rspack.HtmlRspackPlugin }),
            // remotes.json is the per-environment list of sector modules: replaced at deploy time, never rebuilt.
            new rspack.CopyRspackPlugin({ patterns: [{ from: path.join(dir, 'public') }] }),
          ]
        : []),
    ],
  };
};

/**
 * A standalone script for other people's pages (the portal widgets): one file with a stable name, no federation,
 * no shared scope, no chunks (a portal pastes one <script> tag), plus the files in public/.
 * @param {{ dir: string, entry: string, filename: string }} bundle
 */
export const scriptBundleConfig = ({ dir, entry, filename }) => {
  const production = process.env.NODE_ENV !== 'development';
  return {
    context: dir,
    mode: production ? 'production' : 'development',
    entry: { main: entry },
    devtool: false,
    output: { path: path.join(dir, 'dist'), filename, clean: true, iife: true },
    resolve: browserResolve,
    module: { rules: [typescriptRule] },
    optimization: { minimize: production, splitChunks: false },
    performance: { hints: false },
    plugins: [
      new rspack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new rspack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') }),
      new rspack.CopyRspackPlugin({ patterns: [{ from: path.join(dir, 'public') }] }),
    ],
  };
};
