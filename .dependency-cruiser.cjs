/**
 * The import rule (docs/architecture.md): every import points down the layers
 *   src/bin → src/wiring → src/adapters → commands → features (src/ask, src/briefing, src/news, src/pictures, src/installations)
 *   → src/facts → src/reply → src/base
 * and a feature is used from outside only through its ports, `types.ts`. No cycles.
 */
const FEATURES = '(ask|briefing|news|pictures|installations)';
const layer = (name, path, above) => ({
  name: `${name}-imports-up`,
  comment: `${name} may not import from a layer above it`,
  severity: 'error',
  from: { path },
  to: { path: above },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be understood or tested one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('base', '^src/base/', '^(src/(bin|wiring|adapters|ask|briefing|news|pictures|installations|facts|reply)|commands)/'),
    layer('reply', '^src/reply/', '^(src/(bin|wiring|adapters|ask|briefing|news|pictures|installations|facts)|commands)/'),
    layer('facts', '^src/facts/', '^(src/(bin|wiring|adapters|ask|briefing|news|pictures|installations)|commands)/'),
    layer('features', `^src/${FEATURES}/`, '^(src/(bin|wiring|adapters)|commands)/'),
    layer('commands', '^commands/', '^src/(bin|wiring|adapters)/'),
    layer('adapters', '^src/adapters/', '^src/(bin|wiring)/'),
    layer('wiring', '^src/wiring/', '^src/bin/'),
    {
      name: 'feature-internals',
      comment: 'Outside the features, a feature is reached only through its ports (types.ts); wiring composes it.',
      severity: 'error',
      from: { path: '^(commands|src/(adapters|facts|reply|base))/' },
      to: { path: `^src/${FEATURES}/`, pathNot: `^src/${FEATURES}/types\\.ts$` },
    },
    {
      name: 'feature-to-feature',
      comment: 'A feature uses another feature only through that feature\'s ports (types.ts).',
      severity: 'error',
      from: { path: `^src/${FEATURES}/` },
      to: { path: `^src/${FEATURES}/`, pathNot: ['^src/$1/', `^src/${FEATURES}/types\\.ts$`] },
    },
    {
      name: 'no-platform-sdk-in-commands',
      comment: 'Handlers stay platform-neutral; discord.js and Bolt belong to src/adapters.',
      severity: 'error',
      from: { path: '^(commands|src/(ask|briefing|news|pictures|installations|facts|reply|base))/' },
      to: { path: 'node_modules/(discord\\.js|@discordjs|@slack)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
