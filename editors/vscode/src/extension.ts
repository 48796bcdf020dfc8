// Runs `statuslint lsp` for YAML and JSON files. The server decides by content which documents are
// OpenAPI (others get no diagnostics), lints them as they are typed, and offers the quick fixes.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

interface Settings {
  packs: string[];
  minimumSeverity: string;
  configPath: string | null;
}

function settings(): Settings {
  const config = vscode.workspace.getConfiguration('statuslint');
  return {
    packs: config.get<string[]>('packs', []),
    minimumSeverity: config.get<string>('minimumSeverity', 'note'),
    configPath: config.get<string>('configPath', '') || null,
  };
}

function executable(): string {
  return vscode.workspace.getConfiguration('statuslint').get<string>('path', '') || 'statuslint';
}

async function start(): Promise<void> {
  const serverOptions: ServerOptions = { command: executable(), args: ['lsp'] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: ['yaml', 'json', 'jsonc'].map(language => ({ scheme: 'file', language })),
    initializationOptions: settings(),
    // A changed .statuslint.yaml or $ref'd file re-lints the open specs that depend on it.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json}') },
  };
  client = new LanguageClient('statuslint', 'statuslint', serverOptions, clientOptions);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async event => {
      if (!event.affectsConfiguration('statuslint') || client === undefined) {
        return;
      }
      if (event.affectsConfiguration('statuslint.path')) {
        await client.stop();
        await start();
      } else {
        await client.sendNotification('workspace/didChangeConfiguration', { settings: { statuslint: settings() } });
      }
    }),
  );
  await start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
