import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = fs.readFileSync('README.md', 'utf8');
const commands = [...readme.matchAll(/```sh\n([^\n]+)\n```/g)].map((m) => m[1]);

describe('README', () => {
  it('opens with exactly two commands: serve the site, then run every test', () => {
    expect(readme.split('\n## ')[0].match(/```sh/g)).toHaveLength(2);
    expect(commands[0]).toBe('npm install && npm start');
    expect(commands[1]).toMatch(/npm test$/);
  });

  it('is the test command that CI runs', () => {
    const ci = fs.readFileSync('.ci/run', 'utf8').trim().split('\n');
    expect(ci.at(-1)).toBe(commands[1]);
    expect(ci).toContain('apt-get install -y chromium-headless-shell default-jre-headless');
  });

  it('serves on the address it gives', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    expect(readme).toContain('http://127.0.0.1:4321');
    expect(pkg.scripts.preview).toContain('--host 127.0.0.1 --port 4321');
  });
});
