export * from './result';
export * from './linkOps';
export * from './segmentOps';
export * from './statusOps';
export * from './realignOps';
export * from './flagOps';
export * from './messages';
