/**
 * The browsers `npm start` and `npm test` drive, found (and, where it can, installed) in one place.
 *
 *   npx tsx scripts/browsers.ts [--for start|test] [--no-install]     (npm run --silent browsers -- …)
 *
 * Finds a Chromium-family browser (Chromium, Google Chrome, Microsoft Edge) and, for the tests, Firefox,
 * in their usual places on Linux, macOS and Windows, or where SUANPAN_CHROMIUM / SUANPAN_FIREFOX say
 * (an override is the only place looked at: a wrong path is reported, never replaced by a guess).
 * On Debian or Ubuntu as root it installs what is missing with apt-get (chromium chromium-l10n
 * firefox-esr fonts-wqy-microhei). Otherwise — not root, another system, or SUANPAN_NO_INSTALL=1 — it
 * prints exactly what to install and exits 1. Never downloads a browser of its own.
 *
 * The launchers (test/e2e/browser.ts, scripts/firefox-smoke.ts, scripts/bench-browser.ts) take their
 * path from chromiumPath() / firefoxPath() here; start.ts and run-tests.ts call ensureBrowsers() first.
 */
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Purpose = 'start' | 'test';
export type Family = 'chromium' | 'firefox';

export interface FoundBrowser {
  family: Family;
  /** Chromium, Google Chrome, Microsoft Edge, Firefox. */
  name: string;
  path: string;
  /** 'env': from SUANPAN_CHROMIUM / SUANPAN_FIREFOX. */
  from: 'env' | 'known' | 'PATH';
}

export interface Lookup {
  found: FoundBrowser | null;
  /** Why nothing was found, when an override points nowhere. */
  problem?: string;
}

/** What the search may look at: the real machine by default, a made-up one in tests. */
export interface Machine {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  isExecutable(path: string): boolean;
}

export const REAL: Machine = { platform: process.platform, env: process.env, isExecutable };

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

interface Candidate {
  name: string;
  /** Absolute paths, by platform. */
  paths: Partial<Record<NodeJS.Platform, string[]>>;
  /** Command names looked up on PATH (Linux and macOS). */
  commands: string[];
}

const HOME = process.env.HOME ?? '';
const PROGRAM_FILES = [process.env.ProgramFiles ?? 'C:\\Program Files', process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)'];

/** In order of preference: Chromium loads an unpacked extension from the command line; branded Chrome (137+) does not. */
const CANDIDATES: Record<Family, Candidate[]> = {
  chromium: [
    {
      name: 'Chromium',
      paths: {
        linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'],
        darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', `${HOME}/Applications/Chromium.app/Contents/MacOS/Chromium`],
        win32: PROGRAM_FILES.map((dir) => `${dir}\\Chromium\\Application\\chrome.exe`),
      },
      commands: ['chromium', 'chromium-browser'],
    },
    {
      name: 'Google Chrome',
      paths: {
        linux: ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'],
        darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', `${HOME}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`],
        win32: PROGRAM_FILES.map((dir) => `${dir}\\Google\\Chrome\\Application\\chrome.exe`),
      },
      commands: ['google-chrome', 'google-chrome-stable'],
    },
    {
      name: 'Microsoft Edge',
      paths: {
        linux: ['/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable', '/opt/microsoft/msedge/msedge'],
        darwin: ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
        win32: PROGRAM_FILES.map((dir) => `${dir}\\Microsoft\\Edge\\Application\\msedge.exe`),
      },
      commands: ['microsoft-edge', 'microsoft-edge-stable'],
    },
  ],
  firefox: [
    {
      name: 'Firefox',
      paths: {
        linux: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox/firefox'],
        darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox', `${HOME}/Applications/Firefox.app/Contents/MacOS/firefox`],
        win32: PROGRAM_FILES.map((dir) => `${dir}\\Mozilla Firefox\\firefox.exe`),
      },
      commands: ['firefox-esr', 'firefox'],
    },
  ],
};

/** The environment variables that name a browser; FIREFOX is the smoke test's older name, still honoured. */
export const OVERRIDES: Record<Family, string[]> = { chromium: ['SUANPAN_CHROMIUM'], firefox: ['SUANPAN_FIREFOX', 'FIREFOX'] };

export function findBrowser(family: Family, machine: Machine = REAL): Lookup {
  for (const variable of OVERRIDES[family]) {
    const value = machine.env[variable];
    if (!value) continue;
    if (machine.isExecutable(value)) return { found: { family, name: family === 'firefox' ? 'Firefox' : 'Chromium', path: value, from: 'env' } };
    return { found: null, problem: `${variable}=${value} is not an executable file` };
  }
  for (const candidate of CANDIDATES[family]) {
    for (const path of candidate.paths[machine.platform] ?? []) {
      if (machine.isExecutable(path)) return { found: { family, name: candidate.name, path, from: 'known' } };
    }
  }
  const dirs = (machine.env.PATH ?? '').split(machine.platform === 'win32' ? ';' : delimiter).filter(Boolean);
  for (const candidate of CANDIDATES[family]) {
    for (const command of candidate.commands) {
      for (const dir of dirs) {
        const path = join(dir, command);
        if (machine.isExecutable(path)) return { found: { family, name: candidate.name, path, from: 'PATH' } };
      }
    }
  }
  return { found: null };
}

/** What each command needs: both browsers for the tests (unless SUANPAN_SKIP_BROWSER), Chromium to start. */
export function needed(purpose: Purpose, env: NodeJS.ProcessEnv = process.env): Family[] {
  if (purpose === 'test') return env.SUANPAN_SKIP_BROWSER ? [] : ['chromium', 'firefox'];
  return ['chromium'];
}

/** Also wanted, not required: a CJK font (else every Chinese character is a box) and Chromium's translations. */
export type Extra = 'font' | 'l10n';

/** Debian's package names, then Ubuntu's, for each thing: the first apt knows is installed. */
export const APT_PACKAGES: Record<Family | Extra, string[]> = {
  chromium: ['chromium', 'chromium-browser'],
  l10n: ['chromium-l10n'],
  firefox: ['firefox-esr', 'firefox'],
  font: ['fonts-wqy-microhei'],
};

export interface System {
  platform: NodeJS.Platform;
  /** Debian, Ubuntu or a derivative with apt-get. */
  apt: boolean;
  root: boolean;
  /** SUANPAN_NO_INSTALL=1: never install, only say what to install. */
  noInstall: boolean;
}

export function currentSystem(env: NodeJS.ProcessEnv = process.env): System {
  let apt = false;
  if (process.platform === 'linux') {
    let release = '';
    try {
      release = readFileSync('/etc/os-release', 'utf8');
    } catch {
      // No os-release: not a system we know how to install on.
    }
    const debianLike = existsSync('/etc/debian_version') || /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
    apt = debianLike && isExecutable('/usr/bin/apt-get');
  }
  return { platform: process.platform, apt, root: process.getuid?.() === 0, noInstall: Boolean(env.SUANPAN_NO_INSTALL) };
}

export type Plan = { action: 'none' } | { action: 'install'; wants: Array<Family | Extra> } | { action: 'tell'; text: string };

/** What to do about what is missing: nothing, install it (Debian/Ubuntu as root), or say what to install. */
export function plan(missing: Family[], extras: Extra[], system: System): Plan {
  if (missing.length === 0 && extras.length === 0) return { action: 'none' };
  if (system.apt && system.root && !system.noInstall) return { action: 'install', wants: [...missing, ...extras] };
  if (missing.length === 0) return { action: 'none' }; // extras are only warned about
  return { action: 'tell', text: howToInstall(missing, system) };
}

const NAMES: Record<Family, string> = { chromium: 'Chromium (or Google Chrome / Microsoft Edge)', firefox: 'Firefox' };

export function howToInstall(missing: Family[], system: System, why?: string): string {
  const lines = [`Not found: ${missing.map((family) => NAMES[family]).join(' and ')}.`];
  if (system.apt) {
    const packages = ['chromium', 'chromium-l10n', 'firefox-esr', 'fonts-wqy-microhei'];
    lines.push(
      `${why ?? (system.noInstall ? 'Installing is switched off (SUANPAN_NO_INSTALL).' : 'Installing needs root.')} Install them with:`,
      `  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
      '(on Ubuntu, where chromium and firefox-esr are not debs: chromium-browser and firefox, or a Chromium/Firefox of your own and the variables below)',
    );
  } else if (system.platform === 'darwin') {
    lines.push('Install them with Homebrew:', '  brew install --cask chromium firefox', '(or install Google Chrome / Microsoft Edge and Firefox from their sites)');
  } else if (system.platform === 'win32') {
    lines.push('Install Chromium, Google Chrome or Microsoft Edge, and Firefox, from their sites.');
  } else {
    lines.push('Install them with your system\'s package manager (e.g. dnf install chromium firefox, pacman -S chromium firefox).');
  }
  lines.push(
    'Or name browsers you already have:',
    '  SUANPAN_CHROMIUM=/path/to/chromium SUANPAN_FIREFOX=/path/to/firefox npm …',
  );
  if (missing.includes('firefox')) lines.push('Without Firefox, SUANPAN_SKIP_BROWSER=1 npm test runs everything except the browser tests.');
  return lines.join('\n');
}

/** Whether the system has a font for Chinese, as fontconfig sees it (true when it cannot tell). */
function hasCjkFont(): boolean {
  if (process.platform !== 'linux') return true;
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 10_000 });
  if (result.error) return true;
  return result.stdout.trim() !== '';
}

/** Debian's Chromium is in English unless chromium-l10n is installed (the tests need it in Chinese). */
function hasChromiumTranslations(found: FoundBrowser | null): boolean {
  if (!found || process.platform !== 'linux') return true;
  const debian = '/usr/lib/chromium';
  if (!existsSync(debian) || !found.path.startsWith('/usr/')) return true;
  return existsSync(join(debian, 'locales/zh-CN.pak'));
}

function aptPackage(names: string[]): string | null {
  for (const name of names) {
    const result = spawnSync('apt-cache', ['policy', name], { encoding: 'utf8', timeout: 60_000 });
    const candidate = /Candidate:\s*(\S+)/.exec(result.stdout ?? '')?.[1];
    if (candidate && candidate !== '(none)') return name;
  }
  return null;
}

function install(wants: Array<Family | Extra>, log: (line: string) => void): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log('apt-get update…');
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env, timeout: 5 * 60_000 });
  if (update.status !== 0) {
    log('apt-get update failed.');
    return false;
  }
  const packages = wants.map((want) => aptPackage(APT_PACKAGES[want])).filter((name): name is string => name !== null);
  if (packages.length === 0) return false;
  log(`apt-get install -y ${packages.join(' ')} (about a minute)…`);
  const result = spawnSync('apt-get', ['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=120', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env, timeout: 15 * 60_000 });
  return result.status === 0;
}

export interface Ready {
  ok: boolean;
  browsers: Partial<Record<Family, FoundBrowser>>;
  /** What to install, when not ok. */
  message?: string;
}

/**
 * Finds the browsers a command needs and installs what is missing where it can. Quick when everything
 * is there (a few file checks). Logs what it found or did on stderr.
 */
export function ensureBrowsers(purpose: Purpose, options: { log?: (line: string) => void; system?: System } = {}): Ready {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const system = options.system ?? currentSystem();
  const families = needed(purpose);
  const look = () => Object.fromEntries(families.map((family) => [family, findBrowser(family)])) as Partial<Record<Family, Lookup>>;
  let lookups = look();
  // An override that points nowhere is the user's choice: report it, never install around it.
  const problems = families.map((family) => lookups[family]?.problem).filter((p): p is string => Boolean(p));
  if (problems.length > 0) return { ok: false, browsers: {}, message: `${problems.join('\n')}\n${howToInstall(families.filter((f) => !lookups[f]?.found), system, 'A browser named by a variable is not replaced by another.')}` };
  const missing = () => families.filter((family) => !lookups[family]?.found);
  const extras: Extra[] = [];
  if (families.length > 0 && !hasCjkFont()) extras.push('font');
  if (purpose === 'test' && families.includes('chromium') && !hasChromiumTranslations(lookups.chromium?.found ?? null)) extras.push('l10n');
  const decision = plan(missing(), extras, system);
  if (decision.action === 'install') {
    if (!install(decision.wants, log)) log('apt-get could not install everything.');
    lookups = look();
  } else if (decision.action === 'tell') {
    return { ok: false, browsers: {}, message: decision.text };
  }
  // Only after an install that did not bring them (apt-get failed, or has no such package).
  if (missing().length > 0) return { ok: false, browsers: {}, message: howToInstall(missing(), system, 'apt-get did not install them (see above).') };
  if (decision.action !== 'install') {
    if (extras.includes('font')) log('Note: no Chinese font found (screenshots will show boxes): apt-get install fonts-wqy-microhei');
    if (extras.includes('l10n')) log('Note: Chromium has no Chinese translations (the extension will speak English): apt-get install chromium-l10n');
  }
  const browsers: Partial<Record<Family, FoundBrowser>> = {};
  for (const family of families) browsers[family] = lookups[family]!.found!;
  const chrome = browsers.chromium;
  if (chrome && chrome.name === 'Google Chrome') {
    log('Note: Google Chrome 137 and later no longer load an unpacked extension from the command line; if the extension does not appear, install Chromium and set SUANPAN_CHROMIUM.');
  }
  return { ok: true, browsers };
}

/** No browser to launch: its message says what to install (print it without a stack). */
export class BrowserMissing extends Error {
  override name = 'BrowserMissing';
}

function required(family: Family): string {
  const { found, problem } = findBrowser(family);
  if (found) return found.path;
  throw new BrowserMissing(`${problem ? `${problem}\n` : ''}${howToInstall([family], currentSystem(), problem ? 'A browser named by a variable is not replaced by another.' : undefined)}`);
}

/** The Chromium-family browser to launch (Playwright's executablePath). Throws, saying what to install, if none. */
export function chromiumPath(): string {
  return required('chromium');
}

/** The Firefox to launch. Throws, saying what to install, if none. */
export function firefoxPath(): string {
  return required('firefox');
}

function main(argv: string[]): number {
  const forIndex = argv.indexOf('--for');
  const purpose = (forIndex >= 0 ? argv[forIndex + 1] : 'test') as Purpose;
  if (purpose !== 'start' && purpose !== 'test') {
    process.stderr.write('usage: tsx scripts/browsers.ts [--for start|test] [--no-install]\n');
    return 64;
  }
  if (argv.includes('--no-install')) process.env.SUANPAN_NO_INSTALL = '1';
  const ready = ensureBrowsers(purpose);
  if (!ready.ok) {
    process.stderr.write(`${ready.message}\n`);
    return 1;
  }
  for (const browser of Object.values(ready.browsers)) process.stdout.write(`${browser.family}: ${browser.path} (${browser.name})\n`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
