// Makes sure the system packages the tests need are present, and that keytar's native
// module built. As root (or with passwordless sudo) on Debian/Ubuntu it installs what is
// missing; elsewhere it prints the exact command and exits non-zero.
import { execFileSync, spawnSync } from 'node:child_process';
import { SYSTEM_PACKAGES } from './system-packages.mjs';

function isInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function provisionSystemPackages() {
  if (process.platform !== 'linux') {
    console.log('provision: not Linux; the keychain and browser tests expect a Linux CI machine.');
    return;
  }
  if (!has('dpkg-query') || !has('apt-get')) {
    console.error(
      `provision: this is not Debian/Ubuntu. Install the equivalents of: ${SYSTEM_PACKAGES.join(' ')}`,
    );
    process.exit(1);
  }
  const missing = SYSTEM_PACKAGES.filter((p) => !isInstalled(p));
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const sudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (!isRoot && !sudo) {
    console.error(`provision: missing system packages. Run:\n  sudo sh -c '${command}'`);
    process.exit(1);
  }
  console.log(`provision: installing ${missing.join(' ')}`);
  const prefix = isRoot ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) =>
    execFileSync(
      prefix[0] ?? args[0],
      prefix.length ? [...prefix.slice(1), ...args] : args.slice(1),
      { stdio: 'inherit', env },
    );
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing]);
}

function keytarLoads() {
  return spawnSync(process.execPath, ['-e', "require('keytar')"], { stdio: 'ignore' }).status === 0;
}

// keytar is optional so `npm install` succeeds before libsecret exists; once it does, a
// second `npm install` retries the optional build.
function ensureKeytar() {
  if (keytarLoads()) return;
  console.log(
    'provision: keytar did not build at install time; retrying now that libsecret is present',
  );
  spawnSync('npm', ['install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (keytarLoads()) return;
  const message =
    'provision: keytar still does not load; keychain tests need it (install libsecret-1-dev and run npm install).';
  if (process.env.CI === 'true') {
    console.error(message);
    process.exit(1);
  }
  console.warn(message);
}

provisionSystemPackages();
ensureKeytar();
