/**
 * Path, query and body schemas shared by the nomination, secretariat and audit routes, with the
 * example requests the docs and the authorisation matrix use. One module per kind, so that a
 * function's bundle builds only the schemas its route uses (docs/performance.md).
 */
export * from './nomination-bodies';
export * from './nomination-examples';
export * from './nomination-params';
export * from './nomination-queries';
