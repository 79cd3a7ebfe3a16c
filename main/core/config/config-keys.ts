// The known config keys and their rules live in common/ so the renderer's inline validation
// and core's save-time validation are one source of truth.
export {
  KNOWN_KEYS,
  SUPPORTED_LANGUAGES,
  checkValue,
  parseTypedValue,
  validateConfig,
} from '../../../common/config-keys';
export type { ConfigIssue, KeySpec } from '../../../common/config-keys';
