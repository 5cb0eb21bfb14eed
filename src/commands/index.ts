export * from './editorState';
export * from './executeCommand';
export * from './keys';
export * from './messages';
export * from './navigation';
export * from './segmentDrag';
export * from './registry';
export * from './types';
export { CELL_EDITOR_KEYS, cellEditorAction, type CellEditorAction } from './editorKeys';
