export * from './step-clock';
export * from './vn-holidays';
export * from './working-days';
