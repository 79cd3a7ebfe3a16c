// Builds the renderer once (only if its sources are newer than dist/renderer), so each
// test's preview host can start with --no-build.
import { spawnSync } from 'node:child_process';

export default function globalSetup(): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/preview.ts', '--build-only'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('The renderer build failed.');
}
