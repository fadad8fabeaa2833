// Finds the Chromium the end-to-end tests drive: CHROMIUM_PATH, else a system Chromium, else Playwright's own.
import fs from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** Path of a Chromium executable, or undefined to let Playwright use a browser it installed itself. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  return candidates.find((candidate) => fs.existsSync(candidate));
}
