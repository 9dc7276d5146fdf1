// The layering of ARCHITECTURE.md, checked by `npm run lint` (dependency-cruiser). Each folder of src/
// may import only the folders below it; `core` imports nothing of ours and no Node module at all.
// A rule here is the only statement of a boundary: the prose in ARCHITECTURE.md points to this file.

/** Which top-level folders of src/ each one may import (besides itself). */
const LAYERS = {
  core: [],
  import: ['core'],
  store: ['core'],
  synthetic: ['core'],
  app: ['core', 'import', 'store'],
  server: ['app', 'core', 'store'],
  cli: ['app', 'core', 'import', 'store', 'server', 'synthetic'],
  // The browser bundle: pure core modules, and the API's types (type-only, below).
  web: ['core'],
};

/** Test files and test helpers may reach across layers; product code may not reach them. */
const TEST_CODE = '(\\.test\\.tsx?$|/testing/)';

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
  name: `layer-${layer}`,
  comment: `src/${layer} may import only ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'itself'} (ARCHITECTURE.md)`,
  severity: 'error',
  from: { path: `^src/${layer}/`, pathNot: TEST_CODE },
  to: {
    path: '^src/',
    pathNot: [
      `^src/(${[layer, ...allowed].join('|')})/`,
      ...(layer === 'web' ? ['^src/server/[^/]+-types\\.ts$'] : []),
    ],
  },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'web-api-types-only',
      comment: 'the browser bundle may read the server API types, never its code',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/server/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-no-node',
      comment: 'core is pure: no Node module (no I/O, no clock or process), no database or HTTP library',
      severity: 'error',
      from: { path: '^src/core/', pathNot: TEST_CODE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-packages',
      comment: 'core uses only parsing and language libraries: yaml, zod, eld',
      severity: 'error',
      from: { path: '^src/core/', pathNot: TEST_CODE },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: '^node_modules/(yaml|zod|eld)/',
      },
    },
    {
      name: 'product-no-test-code',
      comment:
        'test helpers (testing/ folders, tests, tools/, test/) never ship: product code must not import them',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { path: [`${TEST_CODE}`, '^(tools|test|bench)/'] },
    },
    {
      name: 'app-subfolders-below-root',
      comment: "app's root use cases call triage/, network/, data/; those never call back into the root",
      severity: 'error',
      from: { path: '^src/app/[^/]+/', pathNot: TEST_CODE },
      to: { path: '^src/app/[^/]+\\.tsx?$' },
    },
    {
      name: 'no-folder-cycle',
      comment: 'two sibling folders never import each other (core/policy ↔ core/compose was one)',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { circular: true },
    },
    {
      name: 'no-runtime-cycle',
      comment: 'no module cycle through runtime imports (type-only cycles are erased by the compiler)',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_CODE },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.check.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^src/web/dist/', '^dist/'] },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
