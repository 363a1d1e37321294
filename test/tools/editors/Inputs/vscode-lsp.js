// Drives `ignis lsp` through the protocol layer of the VS Code extension's
// language client (vscode-languageserver-protocol, what vscode-languageclient
// sends and receives with): initialize, open FILE, wait for its diagnostics,
// then hover and definition at the positions given, and shut down. Prints
// what the client received, one fact a line.
//   node vscode-lsp.js EXTENSION_DIR IGNIS FILE HOVER_LINE:COL DEF_LINE:COL
// (positions 1-based).
"use strict";
const cp = require("child_process");
const fs = require("fs");
const path = require("path");
const url = require("url");

const extDir = path.resolve(process.argv[2]);
const [ignis, file, hoverAt, defAt] = process.argv.slice(3);
const lsp = require(path.join(extDir, "node_modules",
                              "vscode-languageserver-protocol/node"));

function position(spec) {
  const [line, col] = spec.split(":").map(Number);
  return { line: line - 1, character: col - 1 };
}

async function main() {
  // A server that stops answering fails the test instead of hanging it.
  setTimeout(() => {
    console.log("timed out");
    process.exit(1);
  }, 120000).unref();
  const server = cp.spawn(ignis, ["lsp"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = lsp.createProtocolConnection(
    new lsp.StreamMessageReader(server.stdout),
    new lsp.StreamMessageWriter(server.stdin));
  const uri = url.pathToFileURL(path.resolve(file)).toString();
  const diagnostics = new Promise((resolve) => {
    connection.onNotification(lsp.PublishDiagnosticsNotification.type,
                              (p) => { if (p.uri === uri) resolve(p); });
  });
  connection.listen();

  const init = await connection.sendRequest(lsp.InitializeRequest.type, {
    processId: process.pid, rootUri: null, capabilities: {},
  });
  console.log("hover provider: " + Boolean(init.capabilities.hoverProvider));
  console.log("definition provider: " + Boolean(init.capabilities.definitionProvider));
  await connection.sendNotification(lsp.InitializedNotification.type, {});
  await connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "mojo", version: 1,
                    text: fs.readFileSync(file, "utf8") },
  });

  const published = await diagnostics;
  for (const d of published.diagnostics) {
    const s = d.range.start, e = d.range.end;
    console.log(`diagnostic ${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}` +
                ` severity ${d.severity}: ${d.message}`);
  }

  const doc = { uri };
  const hover = await connection.sendRequest(lsp.HoverRequest.type,
      { textDocument: doc, position: position(hoverAt) });
  const contents = hover ? hover.contents : { kind: "none", value: "" };
  console.log(`hover (${contents.kind}): ` + contents.value.replace(/\n/g, " | "));

  const def = await connection.sendRequest(lsp.DefinitionRequest.type,
      { textDocument: doc, position: position(defAt) });
  for (const loc of Array.isArray(def) ? def : def ? [def] : []) {
    const target = loc.targetUri || loc.uri;
    const r = loc.targetSelectionRange || loc.range;
    console.log(`definition: ${path.basename(url.fileURLToPath(target))}` +
                `:${r.start.line + 1}:${r.start.character + 1}` +
                `-${r.end.line + 1}:${r.end.character + 1}`);
  }

  await connection.sendRequest(lsp.ShutdownRequest.type);
  await connection.sendNotification(lsp.ExitNotification.type);
  const code = await new Promise((resolve) => server.on("exit", resolve));
  console.log(`server exit status: ${code}`);
  connection.dispose();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
