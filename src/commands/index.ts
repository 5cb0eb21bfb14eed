export * from './editorState';
export * from './executeCommand';
export * from './keys';
export * from './navigation';
export * from './registry';
export * from './types';
