// Finds the Chromium the end-to-end tests and Lighthouse drive: CHROMIUM_PATH, else a system Chromium, else
// Playwright's own.
// Chromium's headless shell comes first: it is the build Playwright itself runs for headless tests, the same Blink
// without the browser's window code, and the browser tests take about half the time on it that they take on the full
// browser (44 s against 89 s here). Debian packages it as chromium-headless-shell.
import fs from 'node:fs';

const candidates = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** Path of a Chromium executable, or undefined to let Playwright use a browser it installed itself. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  return candidates.find((candidate) => fs.existsSync(candidate));
}

/** The Debian package of the preferred Chromium, when it is not installed (and CHROMIUM_PATH does not choose another). */
export const missingChromiumPackage = () => (process.env.CHROMIUM_PATH || fs.existsSync(candidates[0]) ? undefined : 'chromium-headless-shell');
