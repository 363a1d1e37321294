// Loads the VS Code extension's compiled entry point (extension.js) with
// stand-ins for the `vscode` API and vscode-languageclient's LanguageClient
// (neither exists outside VS Code), activates it, and exercises what it
// registered: the language client's server command, the commands, the
// formatting provider (which runs `ignis format -`) and the `ignis` debugger
// type (which builds with `ignis build -O0 -g` and starts lldb-dap). Prints
// what happened, one fact a line.
//   node vscode-extension.js COMPILED_DIR IGNIS WORK_DIR
// (COMPILED_DIR: the extension's TypeScript compiled by tsc.)
"use strict";
const fs = require("fs");
const Module = require("module");
const path = require("path");

const compiledDir = path.resolve(process.argv[2]);
const [ignis, workDir] = process.argv.slice(3);
const log = (s) => console.log(s);

const registered = { commands: {}, formatters: [], debugConfigs: {}, debugFactories: {} };
const settings = { path: ignis, "lsp.args": ["-I", "/tmp/modules"], lldbDapPath: "" };
const disposable = { dispose() {} };

class Range {
  constructor(start, end) { this.start = start; this.end = end; }
}
const vscode = {
  Range,
  TextEdit: { replace: (range, newText) => ({ range, newText }) },
  Uri: { joinPath: (uri, ...parts) => ({ fsPath: path.join(uri.fsPath, ...parts) }) },
  DebugAdapterExecutable: class {
    constructor(command, args) { this.command = command; this.args = args; }
  },
  workspace: {
    getConfiguration: () => ({ get: (key, dflt) => settings[key] ?? dflt }),
    onDidChangeConfiguration: () => disposable,
  },
  window: {
    showErrorMessage: (m) => log("error message: " + m),
    showWarningMessage: (m) => log("warning message: " + m),
    activeTextEditor: undefined,
    terminals: [],
  },
  languages: {
    registerDocumentFormattingEditProvider: (selector, provider) => {
      registered.formatters.push({ selector, provider });
      return disposable;
    },
  },
  commands: {
    registerCommand: (name, fn) => { registered.commands[name] = fn; return disposable; },
  },
  debug: {
    registerDebugConfigurationProvider: (type, p) => {
      registered.debugConfigs[type] = p; return disposable;
    },
    registerDebugAdapterDescriptorFactory: (type, f) => {
      registered.debugFactories[type] = f; return disposable;
    },
  },
};
const languageclient = {
  LanguageClient: class {
    constructor(id, name, server, options) {
      log(`language client ${id} (${name}): ` +
          `${path.basename(server.run.command)} ${server.run.args.join(" ")}`);
      log("documents: " + options.documentSelector
        .map((s) => `${s.scheme}:${s.language}`).join(", "));
    }
    async start() { log("language client started"); }
    async stop() {}
  },
};
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === "vscode") return vscode;
  if (request === "vscode-languageclient/node") return languageclient;
  return load.call(this, request, parent, isMain);
};

function document(text) {
  return { getText: () => text, positionAt: (offset) => offset, languageId: "mojo" };
}

async function main() {
  const ext = require(path.join(compiledDir, "extension.js"));
  const context = { subscriptions: [], globalStorageUri: { fsPath: workDir } };
  await ext.activate(context);
  log("commands: " + Object.keys(registered.commands).sort().join(", "));
  log("subscriptions: " + context.subscriptions.length);

  const { selector, provider } = registered.formatters[0];
  log("formatter for: " + selector);
  let edits = await provider.provideDocumentFormattingEdits(document("x=[1,2]\n"));
  for (const e of edits) {
    log(`edit ${e.range.start}-${e.range.end}: ${JSON.stringify(e.newText)}`);
  }
  edits = await provider.provideDocumentFormattingEdits(document("x = 1\n"));
  log("edits for formatted text: " + edits.length);
  edits = await provider.provideDocumentFormattingEdits(document("def f(:\n"));
  log("edits for text that does not parse: " + edits.length);

  const debugConfig = registered.debugConfigs["ignis"];
  log("default debug configuration: " +
      JSON.stringify(debugConfig.resolveDebugConfiguration(undefined, {})));
  const source = path.join(workDir, "prog.mojo");
  fs.writeFileSync(source, "def main():\n    print(42)\n");
  const resolved = await debugConfig.resolveDebugConfigurationWithSubstitutedVariables(
      undefined, { type: "ignis", request: "launch", name: "d", program: source, args: ["a"] });
  log(`resolved: program ${path.relative(workDir, resolved.program)}` +
      ` (exists: ${fs.existsSync(resolved.program)}),` +
      ` sourceFile ${path.basename(resolved.sourceFile)}, args ${JSON.stringify(resolved.args)}`);
  fs.writeFileSync(source, "def main():\n    undefined_name()\n");
  const failed = await debugConfig.resolveDebugConfigurationWithSubstitutedVariables(
      undefined, { type: "ignis", request: "launch", name: "d", program: source });
  log("resolved a program that does not build: " + failed);

  settings.lldbDapPath = "/opt/lldb-dap";
  const adapter = registered.debugFactories["ignis"].createDebugAdapterDescriptor();
  log(`debug adapter: ${adapter.command} ${JSON.stringify(adapter.args)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
