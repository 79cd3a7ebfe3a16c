// Secret-looking keys are masked the same way in the UI and the CLI: one rule, in common/.
export { SECRET_MASK, isSecretKey, maskConfig } from '../../../common/config-keys';
