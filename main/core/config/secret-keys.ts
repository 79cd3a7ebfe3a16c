// Keys that look secret (`*_API_KEY`, `*_SECRET`, `*_TOKEN`, `*_PASSWORD`, any case) are
// masked for display and in anything that might be logged. The mask has a fixed length so
// it says nothing about the value.
import type { ConfigData } from '../../../common/users-api';

export const SECRET_MASK = '••••••••';
const SECRET_PATTERN = /(^|_)(API_KEY|SECRET|TOKEN|PASSWORD)$/i;

export function isSecretKey(key: string): boolean {
  return SECRET_PATTERN.test(key);
}

/** A copy safe to show or log: secret-looking values replaced by the mask. */
export function maskConfig(config: ConfigData): ConfigData {
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => [key, isSecretKey(key) ? SECRET_MASK : value]),
  );
}
