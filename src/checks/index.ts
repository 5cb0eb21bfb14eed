/** Review checks: flags per link, pure (no React, no DOM). See docs/checks.md. */
export { FLAG_KINDS, isFlagKind, type CheckContext, type Flag, type FlagKind } from './types';
export {
  checkLinks,
  documentRatio,
  flagKinds,
  LOW_CONFIDENCE_THRESHOLD,
  recheckLinks,
  refineChecks,
  PENDING_ALL,
  PENDING_OMISSION,
  updateChecks,
  type LinkChecks,
} from './linkChecks';
export {
  CHUNK_SIZE,
  chunkedLength,
  chunksOf,
  flagsAt,
  flatFlags,
  forEachFlags,
  spliceFlags,
  type FlagChunks,
} from './flagChunks';
export {
  boundaryText,
  BOUNDARY_CONFIDENCE,
  BOUNDARY_MERGED_Z,
  BOUNDARY_Z,
  CROSS_CONFIDENCE,
  CROSS_WORDS,
  linkCrossMatches,
  linkLengths,
} from './boundary';
export { compareNumbers, chineseNumbersFound, englishNumbersFound } from './numbers';
export { compareNames } from './names';
export { checkUntranslated } from './untranslated';
export {
  documentProfile,
  documentProfileSteps,
  ProfileJob,
  findOmissions,
  OMISSION_THRESHOLD,
  OMISSION_THRESHOLD_SENTENCE_LINKS,
  sentenceOmissions,
  type DocumentProfile,
} from './omission';
export {
  englishTemplates,
  flagMessages,
  renderFlagText,
  renderFlagTexts,
  type FlagMessageKey,
  type FlagTemplates,
  type FlagText,
} from './messages';
