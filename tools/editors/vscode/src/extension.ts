// The Ignis extension's entry point: starts `ignis lsp` for Mojo files and
// registers formatting, the run/format/restart commands and the `ignis`
// debugger type (built with `ignis build -O0 -g`, run under lldb-dap).
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from "vscode-languageclient/node";
import { registerDebugger } from "./debug";
import { firstError, ignisPath, runIgnis } from "./ignisProcess";

let client: LanguageClient | undefined;

function makeClient(): LanguageClient {
  const config = vscode.workspace.getConfiguration("ignis");
  const args = ["lsp", ...config.get<string[]>("lsp.args", [])];
  const server: ServerOptions = {
    run: { command: ignisPath(), args },
    debug: { command: ignisPath(), args: [...args, "--log=info"] },
  };
  const options: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "mojo" },
      { scheme: "untitled", language: "mojo" },
    ],
  };
  return new LanguageClient("ignis", "Ignis language server", server, options);
}

async function startClient(): Promise<void> {
  client = makeClient();
  try {
    await client.start();
  } catch (err) {
    vscode.window.showErrorMessage(
      `Ignis: could not start '${ignisPath()} lsp' (${err}); set 'ignis.path' to the ignis executable.`,
    );
  }
}

async function restartClient(): Promise<void> {
  if (client) {
    await client.stop().catch(() => undefined);
  }
  await startClient();
}

/// Whole-document edits from `ignis format -` (stdin to stdout).
async function formatEdits(
  doc: vscode.TextDocument,
): Promise<vscode.TextEdit[]> {
  const text = doc.getText();
  const result = await runIgnis(["format", "-"], text);
  if (result.code !== 0) {
    vscode.window.showWarningMessage(
      `Ignis: not formatted: ${firstError(result)}`,
    );
    return [];
  }
  if (result.stdout === text) {
    return [];
  }
  const whole = new vscode.Range(
    doc.positionAt(0),
    doc.positionAt(text.length),
  );
  return [vscode.TextEdit.replace(whole, result.stdout)];
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

async function runCurrentFile(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "mojo") {
    return;
  }
  await editor.document.save();
  const terminal =
    vscode.window.terminals.find((t) => t.name === "Ignis") ??
    vscode.window.createTerminal("Ignis");
  terminal.show();
  terminal.sendText(
    `${shellQuote(ignisPath())} run ${shellQuote(editor.document.fileName)}`,
  );
}

export async function activate(
  context: vscode.ExtensionContext,
): Promise<void> {
  context.subscriptions.push(
    vscode.languages.registerDocumentFormattingEditProvider("mojo", {
      provideDocumentFormattingEdits: formatEdits,
    }),
    vscode.commands.registerCommand("ignis.format", async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor && editor.document.languageId === "mojo") {
        const edits = await formatEdits(editor.document);
        const edit = new vscode.WorkspaceEdit();
        edit.set(editor.document.uri, edits);
        await vscode.workspace.applyEdit(edit);
      }
    }),
    vscode.commands.registerCommand("ignis.run", runCurrentFile),
    vscode.commands.registerCommand("ignis.restartServer", restartClient),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("ignis.path") ||
          e.affectsConfiguration("ignis.lsp.args")) {
        void restartClient();
      }
    }),
  );
  registerDebugger(context);
  await startClient();
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
  }
}
