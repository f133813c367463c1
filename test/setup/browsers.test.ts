/**
 * Finding the browsers (scripts/browsers.ts) on made-up machines, what is done about missing ones,
 * and the README's commands on a machine without a browser: they say what to install and exit 1 at once.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findBrowser, howToInstall, needed, plan, type Family, type Machine, type System } from '../../scripts/browsers';
import { vitestTotals } from '../../scripts/run-tests';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const run = promisify(execFile);

function machine(platform: NodeJS.Platform, files: string[], env: NodeJS.ProcessEnv = {}): Machine {
  const set = new Set(files);
  return { platform, env, isExecutable: (path) => set.has(path) };
}

describe('findBrowser', () => {
  const cases: Array<[string, Family, Machine, string | null]> = [
    ['Debian Chromium', 'chromium', machine('linux', ['/usr/bin/chromium']), '/usr/bin/chromium'],
    ['Ubuntu chromium-browser', 'chromium', machine('linux', ['/usr/bin/chromium-browser']), '/usr/bin/chromium-browser'],
    ['Chromium before Chrome', 'chromium', machine('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium']), '/usr/bin/chromium'],
    ['Chrome when no Chromium', 'chromium', machine('linux', ['/opt/google/chrome/chrome']), '/opt/google/chrome/chrome'],
    ['Edge', 'chromium', machine('linux', ['/usr/bin/microsoft-edge']), '/usr/bin/microsoft-edge'],
    ['on PATH', 'chromium', machine('linux', ['/home/me/bin/chromium'], { PATH: '/usr/local/bin:/home/me/bin' }), '/home/me/bin/chromium'],
    ['nothing (PATH stripped)', 'chromium', machine('linux', [], { PATH: '' }), null],
    ['macOS Chrome', 'chromium', machine('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']), '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['the override wins', 'chromium', machine('linux', ['/usr/bin/chromium', '/opt/c/chrome'], { SUANPAN_CHROMIUM: '/opt/c/chrome' }), '/opt/c/chrome'],
    ['a wrong override is not replaced', 'chromium', machine('linux', ['/usr/bin/chromium'], { SUANPAN_CHROMIUM: '/nonexistent' }), null],
    ['firefox-esr', 'firefox', machine('linux', ['/usr/bin/firefox', '/usr/bin/firefox-esr']), '/usr/bin/firefox-esr'],
    ['firefox', 'firefox', machine('linux', ['/usr/bin/firefox']), '/usr/bin/firefox'],
    ['macOS Firefox', 'firefox', machine('darwin', ['/Applications/Firefox.app/Contents/MacOS/firefox']), '/Applications/Firefox.app/Contents/MacOS/firefox'],
    ['the old FIREFOX variable', 'firefox', machine('linux', ['/opt/ff/firefox'], { FIREFOX: '/opt/ff/firefox' }), '/opt/ff/firefox'],
    ['no Firefox', 'firefox', machine('linux', ['/usr/bin/chromium']), null],
  ];
  it.each(cases)('%s', (_name, family, fake, expected) => {
    expect(findBrowser(family, fake).found?.path ?? null).toBe(expected);
  });

  it('says why a wrong override finds nothing', () => {
    expect(findBrowser('chromium', machine('linux', [], { SUANPAN_CHROMIUM: '/nonexistent' })).problem).toContain('SUANPAN_CHROMIUM=/nonexistent');
  });
});

describe('what is needed and what is done about it', () => {
  it('needs both browsers for the tests, Chromium to start, none with SUANPAN_SKIP_BROWSER', () => {
    expect(needed('test', {})).toEqual(['chromium', 'firefox']);
    expect(needed('start', {})).toEqual(['chromium']);
    expect(needed('test', { SUANPAN_SKIP_BROWSER: '1' })).toEqual([]);
  });

  const debianRoot: System = { platform: 'linux', apt: true, root: true, noInstall: false };
  const cases: Array<[string, Family[], System, string, RegExp | null]> = [
    ['nothing missing', [], debianRoot, 'none', null],
    ['Debian as root: installs', ['chromium', 'firefox'], debianRoot, 'install', null],
    ['Debian, not root: says what to install', ['chromium'], { ...debianRoot, root: false }, 'tell', /Installing needs root[\s\S]*apt-get install -y chromium chromium-l10n firefox-esr fonts-wqy-microhei/],
    ['installing forbidden (SUANPAN_NO_INSTALL)', ['firefox'], { ...debianRoot, noInstall: true }, 'tell', /SUANPAN_NO_INSTALL[\s\S]*SUANPAN_SKIP_BROWSER=1 npm test/],
    ['macOS', ['chromium', 'firefox'], { platform: 'darwin', apt: false, root: false, noInstall: false }, 'tell', /brew install --cask chromium firefox/],
    ['another Linux, even as root', ['chromium'], { platform: 'linux', apt: false, root: true, noInstall: false }, 'tell', /package manager/],
    ['Windows', ['firefox'], { platform: 'win32', apt: false, root: false, noInstall: false }, 'tell', /from their sites/],
  ];
  it.each(cases)('%s', (_name, missing, system, action, text) => {
    const decision = plan(missing, [], system);
    expect(decision.action).toBe(action);
    if (text) expect(decision.action === 'tell' && decision.text).toMatch(text);
  });

  it('installs a missing font or translation as root, and only warns otherwise', () => {
    expect(plan([], ['font'], debianRoot)).toEqual({ action: 'install', wants: ['font'] });
    expect(plan([], ['font', 'l10n'], { ...debianRoot, root: false })).toEqual({ action: 'none' });
  });

  it('always names the variables that point at a browser', () => {
    expect(howToInstall(['chromium'], debianRoot)).toContain('SUANPAN_CHROMIUM=/path/to/chromium SUANPAN_FIREFOX=/path/to/firefox');
  });
});

describe('the README commands without a browser', () => {
  const missing = { ...process.env, SUANPAN_CHROMIUM: '/nonexistent/chromium', SUANPAN_FIREFOX: '/nonexistent/firefox', SUANPAN_NO_INSTALL: '1', DISPLAY: '' };
  const cases: Array<[string, string[]]> = [
    ['scripts/browsers.ts --for test', [join(ROOT, 'scripts/browsers.ts'), '--for', 'test']],
    ['npm start (scripts/start.ts)', [join(ROOT, 'scripts/start.ts')]],
    ['npm test (scripts/run-tests.ts)', [join(ROOT, 'scripts/run-tests.ts')]],
  ];
  it.each(cases)('%s says what to install and exits 1 within seconds', async (_name, args) => {
    const started = Date.now();
    const error = await run(TSX, args, { cwd: ROOT, env: missing, timeout: 30_000 }).then(
      () => null,
      (e: { code: number; stderr: string; killed?: boolean }) => e,
    );
    expect(error).not.toBeNull();
    expect(error!.killed ?? false).toBe(false);
    expect(error!.code).toBe(1);
    expect(error!.stderr).toContain('/nonexistent/chromium is not an executable file');
    expect(error!.stderr).toContain('apt-get install -y chromium chromium-l10n firefox-esr fonts-wqy-microhei');
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe('the test summary', () => {
  it('counts a test file that failed to load as a failure', () => {
    const totals = vitestTotals({
      numPassedTests: 761,
      numFailedTests: 0,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [
        { name: join(ROOT, 'test/a.test.ts'), status: 'passed', assertionResults: [{ status: 'passed' }] },
        { name: join(ROOT, 'test/seeds/seed-pages.test.ts'), status: 'failed', message: "ENOENT: no such file or directory, open '../shared/seeds/000.txt'", assertionResults: [] },
        { name: join(ROOT, 'test/b.test.ts'), status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] },
      ],
    });
    expect(totals.failed).toBe(1);
    expect(totals.broken).toEqual(["test/seeds/seed-pages.test.ts: ENOENT: no such file or directory, open '../shared/seeds/000.txt'"]);
  });
});
