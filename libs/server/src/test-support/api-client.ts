/** A small HTTP client that keeps its session cookie, like one browser. */
export class ApiClient {
  private cookie: string | null = null;

  constructor(private readonly baseUrl: string) {}

  get sessionCookie(): string | null {
    return this.cookie;
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    raw?: string,
  ): Promise<{ status: number; body: T }> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined || raw !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers,
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : (undefined as T) };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body: unknown = {}) => this.request<T>('POST', path, body);
  put = <T = any>(path: string, body: unknown) => this.request<T>('PUT', path, body);

  /** A raw file upload, as the web's import sends it. */
  async upload<T = any>(path: string, file: Buffer | Uint8Array): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: file,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : (undefined as T) };
  }

  /** A file download: status, headers and the bytes. */
  async download(path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      headers: this.cookie ? { cookie: this.cookie } : {},
    });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  async login(login: string, password: string): Promise<void> {
    const r = await this.post('/auth/login', { login, password });
    if (r.status !== 200) throw new Error(`login failed: ${r.status} ${JSON.stringify(r.body)}`);
  }
}
