/**
 * Forms: the zod schemas of every form and API body, their inferred types, and the Vietnamese
 * validation helpers. The API parses bodies with `parseForm`; the web form uses the same schemas.
 */
export * from './campaign';
export * from './campaign-period';
export * from './campaign-target';
export * from './collective-nominee';
export * from './date';
export * from './dossier-item';
export * from './field-issues';
export * from './initiative-claim';
export * from './limits';
export * from './nomination-draft';
export * from './nominee';
export * from './nominee-facts';
export * from './person-nominee';
export * from './personal-data';
export * from './text';
export * from './vi-error-map';
