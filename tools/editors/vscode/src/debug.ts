// The `ignis` debugger type: a launch configuration names a .mojo file, which
// is built with `ignis build -O0 -g` into the extension's storage folder; the
// executable then runs under lldb-dap (Debian's lldb-22 package).
import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import { firstError, runIgnis } from "./ignisProcess";

const lldbDapCandidates = [
  "lldb-dap",
  "lldb-dap-22",
  "/usr/lib/llvm-22/bin/lldb-dap",
];

function onPath(name: string): string | undefined {
  if (path.isAbsolute(name)) {
    return fs.existsSync(name) ? name : undefined;
  }
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const full = path.join(dir, name);
    if (dir && fs.existsSync(full)) {
      return full;
    }
  }
  return undefined;
}

function lldbDap(): string | undefined {
  const configured = vscode.workspace
    .getConfiguration("ignis")
    .get<string>("lldbDapPath");
  if (configured) {
    return configured;
  }
  for (const name of lldbDapCandidates) {
    const found = onPath(name);
    if (found) {
      return found;
    }
  }
  return undefined;
}

class IgnisDebugConfigurations implements vscode.DebugConfigurationProvider {
  constructor(private readonly storage: vscode.Uri) {}

  resolveDebugConfiguration(
    _folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): vscode.DebugConfiguration {
    // F5 without a launch.json: debug the file in the editor.
    if (!config.type && !config.request && !config.name) {
      return {
        type: "ignis",
        request: "launch",
        name: "Debug current Mojo file",
        program: "${file}",
      };
    }
    return config;
  }

  async resolveDebugConfigurationWithSubstitutedVariables(
    _folder: vscode.WorkspaceFolder | undefined,
    config: vscode.DebugConfiguration,
  ): Promise<vscode.DebugConfiguration | undefined> {
    const source: string = config.program;
    if (!source || !source.endsWith(".mojo") && !source.endsWith(".🔥")) {
      return config; // already an executable
    }
    fs.mkdirSync(this.storage.fsPath, { recursive: true });
    const exe = path.join(
      this.storage.fsPath,
      path.basename(source).replace(/\.(mojo|🔥)$/, ""),
    );
    const built = await runIgnis(
      ["build", "-O0", "-g", source, "-o", exe],
      "",
      path.dirname(source),
    );
    if (built.code !== 0) {
      vscode.window.showErrorMessage(
        `Ignis: 'ignis build -O0 -g' failed: ${firstError(built)}`,
      );
      return undefined;
    }
    return { ...config, program: exe, sourceFile: source };
  }
}

class LldbDapFactory implements vscode.DebugAdapterDescriptorFactory {
  createDebugAdapterDescriptor(): vscode.ProviderResult<vscode.DebugAdapterDescriptor> {
    const dap = lldbDap();
    if (!dap) {
      vscode.window.showErrorMessage(
        "Ignis: lldb-dap not found; install Debian's lldb-22 package or set 'ignis.lldbDapPath'.",
      );
      return undefined;
    }
    return new vscode.DebugAdapterExecutable(dap, []);
  }
}

export function registerDebugger(context: vscode.ExtensionContext): void {
  const storage = context.globalStorageUri ?? context.storageUri;
  context.subscriptions.push(
    vscode.debug.registerDebugConfigurationProvider(
      "ignis",
      new IgnisDebugConfigurations(vscode.Uri.joinPath(storage, "debug")),
    ),
    vscode.debug.registerDebugAdapterDescriptorFactory(
      "ignis",
      new LldbDapFactory(),
    ),
  );
}
