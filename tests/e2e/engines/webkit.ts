import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Debian's WebKitGTK driver (package webkit2gtk-driver), or the one named by WEBKIT_DRIVER. */
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
/** The MiniBrowser the driver starts: it ships with libwebkit2gtk-4.1. */
export const MINIBROWSER =
  process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The W3C name of the WebDriver element reference key. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A W3C WebDriver element reference, as the driver returns it. */
export interface ElementRef {
  [ELEMENT]: string;
}

/** One W3C WebDriver action source (`key`, `pointer`), sent to `POST /actions` as is. */
export interface ActionSource {
  type: 'key' | 'pointer' | 'none';
  id: string;
  parameters?: { pointerType: 'mouse' };
  actions: Record<string, unknown>[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * A WebKitGTK session driven by plain W3C WebDriver HTTP calls: `WebKitWebDriver` under
 * `xvfb-run` (WebKitGTK draws into an X display even when nobody looks), which starts
 * MiniBrowser in automation mode. Only the calls the journeys use are here.
 */
export class WebKitSession {
  private constructor(
    private readonly driver: ChildProcess,
    private readonly base: string,
  ) {}

  /** Starts the driver and opens a session whose window's viewport is `width` × `height`. */
  static async start(width = 1366, height = 900): Promise<WebKitSession> {
    const port = await freePort();
    // -a: a free display number, so parallel runs (and other test files) do not collide.
    const driver = spawn(
      'xvfb-run',
      ['-a', '-s', '-screen 0 1920x1200x24', WEBKIT_DRIVER, `--port=${port}`],
      { stdio: 'ignore', detached: true },
    );
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const status = await fetch(`${base}/status`);
        if (status.ok) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) {
        killGroup(driver);
        throw new Error(`${WEBKIT_DRIVER} did not start on port ${port}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const created = (await call(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      },
    })) as { sessionId: string };
    const session = new WebKitSession(driver, `${base}/session/${created.sessionId}`);
    await session.setViewport(width, height);
    return session;
  }

  private send(method: string, path: string, body?: unknown): Promise<unknown> {
    return call(this.base, method, path, body);
  }

  /**
   * Sizes the window so that the page's viewport (`innerWidth` × `innerHeight`) is the one
   * asked for: the window's frame and MiniBrowser's toolbar take the rest.
   */
  async setViewport(width: number, height: number): Promise<void> {
    await this.send('POST', '/window/rect', { width, height });
    const inner = await this.execute<[number, number]>('return [innerWidth, innerHeight]');
    await this.send('POST', '/window/rect', {
      width: width + (width - inner[0]),
      height: height + (height - inner[1]),
    });
  }

  /** Navigates and waits for the page's load event (the W3C "normal" page load strategy). */
  async goto(url: string): Promise<void> {
    await this.send('POST', '/url', { url });
  }

  /** Reloads the page. */
  async reload(): Promise<void> {
    await this.send('POST', '/refresh', {});
  }

  /** Runs `script` (a function body) in the page; `arguments` are the given args. */
  async execute<T>(script: string, ...args: unknown[]): Promise<T> {
    return (await this.send('POST', '/execute/sync', { script, args })) as T;
  }

  /** Runs `script` in the page until it calls its last argument (the callback) with a result. */
  async executeAsync<T>(script: string, ...args: unknown[]): Promise<T> {
    return (await this.send('POST', '/execute/async', { script, args })) as T;
  }

  /** The first element matching a CSS selector, or throws. */
  async find(css: string): Promise<ElementRef> {
    return (await this.send('POST', '/element', {
      using: 'css selector',
      value: css,
    })) as ElementRef;
  }

  /** Clicks an element (the driver scrolls it into view and clicks its centre). */
  async click(element: ElementRef): Promise<void> {
    await this.send('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  /** Types text into an element (the driver focuses it first). */
  async type(element: ElementRef, text: string): Promise<void> {
    await this.send('POST', `/element/${element[ELEMENT]}/value`, { text });
  }

  /** Performs W3C input actions, then releases every key and button they left pressed. */
  async actions(sources: ActionSource[]): Promise<void> {
    await this.send('POST', '/actions', { actions: sources });
    await this.send('DELETE', '/actions');
  }

  /** A PNG of the viewport. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from((await this.send('GET', '/screenshot')) as string, 'base64');
  }

  /** Ends the session and stops the driver, its browser and the X server. */
  async close(): Promise<void> {
    try {
      await this.send('DELETE', '');
    } finally {
      killGroup(this.driver);
    }
  }
}

function killGroup(child: ChildProcess): void {
  // xvfb-run, Xvfb, the driver and MiniBrowser share the detached child's process group.
  if (child.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

async function call(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as {
    value: unknown;
  };
  if (!response.ok) {
    const error = json.value as { error?: string; message?: string };
    throw new Error(
      `WebDriver ${method} ${path}: ${error.error ?? response.status} ${error.message ?? ''}`,
    );
  }
  return json.value;
}
