/**
 * The bodies and queries of the directory routes: strict (an unknown field is a 400 naming it),
 * every text NFC-normalised and length-limited by the forms' builders. One module per entity, so
 * that a function's bundle builds only the schemas of its own route (docs/performance.md).
 */
export * from './award-inputs';
export * from './contact-emails';
export * from './organisation-inputs';
export * from './page-query';
export * from './person-inputs';
export * from './unit-inputs';
