import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The operator contact every test server shows in its accessibility statement. */
export const A11Y_CONTACT = 'barrierefrei@demo.ikz-einsatz.example';

export type RunningServer = { url: string; stop: () => Promise<void>; output: () => string };

/** The first administrator of a real deployment, made by `npm run create-admin` before the server starts. */
export type FirstAdmin = { association: string; email: string; name: string; password: string };

/** Runs the create-admin script as an operator would, the password on standard input. */
function createAdmin(dataDir: string, admin: FirstAdmin): Promise<void> {
  const args = ['--association', admin.association, '--email', admin.email, '--name', admin.name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/admin/create-admin.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'false' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  child.stdin?.end(`${admin.password}\n`);
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`create-admin failed:\n${output}`)))),
  );
}

/**
 * Starts `server/main.ts` as a real process on a fresh SQLite data folder: with the demo data, or,
 * given `firstAdmin`, as a real deployment starts (DEMO_DATA=false, create-admin run first).
 */
export async function startServer(port: number, options: { firstAdmin?: FirstAdmin } = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ikz-e2e-'));
  if (options.firstAdmin) await createAdmin(dataDir, options.firstAdmin);
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_DATA: options.firstAdmin ? 'false' : 'true',
      ACCESSIBILITY_CONTACT: A11Y_CONTACT,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: ARGS });
