/**
 * yaml-language-server driven as VS Code's YAML extension drives it: a child
 * process over stdio, JSON-RPC with Content-Length framing, `initialize` with
 * a workspace folder, the `yaml.*` settings pushed and asked for again
 * (`workspace/configuration`), documents opened, then hover, completion and
 * the diagnostics the server publishes.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './cli.js';

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}
export interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
  severity: number;
}
export interface Hover {
  contents: { kind: string; value: string } | string;
}
export interface CompletionItem {
  label: string;
  documentation?: string | { value: string };
  detail?: string;
}

export class YamlLanguageServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly diagnosticWaiters: { uri: string; resolve: (value: Diagnostic[]) => void }[] = [];

  private constructor(private readonly settings: Record<string, unknown>) {
    this.child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
      { stdio: 'pipe' },
    );
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.resume();
  }

  /** Starts a server on a workspace folder with the `yaml` settings VS Code would send. */
  static async start(workspace: string, yamlSettings: Record<string, unknown>): Promise<YamlLanguageServer> {
    const server = new YamlLanguageServer({ yaml: yamlSettings });
    const rootUri = pathToFileURL(workspace).href;
    await server.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          publishDiagnostics: { relatedInformation: true },
        },
      },
      initializationOptions: {},
    });
    server.notify('initialized', {});
    server.notify('workspace/didChangeConfiguration', { settings: server.settings });
    return server;
  }

  open(path: string, text: string): string {
    const uri = pathToFileURL(path).href;
    this.diagnostics.delete(uri);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return uri;
  }

  /** The next diagnostics published for a document (the server validates after opening). */
  async diagnosticsOf(uri: string, timeoutMs = 20_000): Promise<Diagnostic[]> {
    const known = this.diagnostics.get(uri);
    if (known) return known;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics published for ${uri}`)), timeoutMs);
      this.diagnosticWaiters.push({
        uri,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      });
    });
  }

  async hover(uri: string, line: number, character: number): Promise<string> {
    const hover = (await this.request('textDocument/hover', {
      textDocument: { uri },
      position: { line, character },
    })) as Hover | null;
    if (!hover) return '';
    return typeof hover.contents === 'string' ? hover.contents : hover.contents.value;
  }

  async completion(uri: string, line: number, character: number): Promise<CompletionItem[]> {
    const result = (await this.request('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    })) as { items: CompletionItem[] } | CompletionItem[] | null;
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 2000))]);
      this.notify('exit', null);
    } finally {
      this.child.kill();
    }
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(
        this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'),
      ) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
      return;
    }
    if (message.id !== undefined && message.method !== undefined) {
      // Requests from the server: its settings (one per asked section), registrations, progress.
      const result =
        message.method === 'workspace/configuration'
          ? (message.params as { items: { section?: string }[] }).items.map(({ section }) =>
              section
                ? (section
                    .split('.')
                    .reduce<unknown>(
                      (value, key) => (value as Record<string, unknown> | undefined)?.[key],
                      this.settings,
                    ) ?? null)
                : this.settings,
            )
          : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(uri, diagnostics);
      for (const waiter of this.diagnosticWaiters.filter((candidate) => candidate.uri === uri))
        waiter.resolve(diagnostics);
      this.diagnosticWaiters.splice(
        0,
        this.diagnosticWaiters.length,
        ...this.diagnosticWaiters.filter((candidate) => candidate.uri !== uri),
      );
    }
  }
}
