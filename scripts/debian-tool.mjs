// A tool from Debian's packages (ffmpeg, haproxy) that a script needs: on a fresh machine it is
// installed here as CI installs it (as root, with apt), otherwise the caller says why it goes without.
import { spawnSync } from 'node:child_process';

const runs = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** True when `command` runs, after installing `pkg` if it did not and this process may. */
export function ensureDebianTool(command, versionArgs, pkg, purpose) {
  if (runs(command, versionArgs)) return true;
  if (process.getuid?.() !== 0 || !runs('apt-get', ['--version'])) return false;
  console.log(`installing ${pkg} (apt-get) for ${purpose}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'ignore', env }).status === 0;
  if (!install()) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    install();
  }
  return runs(command, versionArgs);
}
