// Runs the configured `ignis` executable (setting `ignis.path`).
import { spawn } from "child_process";
import * as vscode from "vscode";

export function ignisPath(): string {
  return (
    vscode.workspace.getConfiguration("ignis").get<string>("path") || "ignis"
  );
}

export interface IgnisResult {
  code: number;
  stdout: string;
  stderr: string;
}

/// Runs `ignis ARGS...` with Input on stdin and collects its output; a
/// failure to start is reported as exit status 127 with the reason.
export function runIgnis(
  args: string[],
  input: string,
  cwd?: string,
): Promise<IgnisResult> {
  return new Promise((resolve) => {
    const child = spawn(ignisPath(), args, { cwd });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", (err) =>
      resolve({ code: 127, stdout, stderr: `${ignisPath()}: ${err.message}` }),
    );
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

/// The first line of a failed run's diagnostics, for a notification.
export function firstError(result: IgnisResult): string {
  const line = result.stderr.trim().split("\n")[0];
  return line || `exit status ${result.code}`;
}
