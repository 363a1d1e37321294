// Tokenizes a file with the VS Code extension's TextMate grammar
// (tools/editors/vscode/syntaxes/mojo.tmLanguage.json) through vscode-textmate
// and vscode-oniguruma, the engine VS Code itself uses, and prints one line a
// token: `LINE:COL TEXT SCOPE` with the token's innermost scope; blanks and
// tokens with no scope beyond source.mojo are left out.
//   node vscode-grammar.js EXTENSION_DIR FILE
"use strict";
const fs = require("fs");
const path = require("path");

const extDir = path.resolve(process.argv[2]);
const file = process.argv[3];
const need = (m) => require(path.join(extDir, "node_modules", m));
const textmate = need("vscode-textmate");
const onig = need("vscode-oniguruma");

async function main() {
  const wasm = fs.readFileSync(
    path.join(extDir, "node_modules/vscode-oniguruma/release/onig.wasm"));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset,
                                        wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (p) => new onig.OnigScanner(p),
      createOnigString: (s) => new onig.OnigString(s),
    }),
    loadGrammar: async (scope) => {
      if (scope !== "source.mojo") return null;
      const grammarPath = path.join(extDir, "syntaxes/mojo.tmLanguage.json");
      return textmate.parseRawGrammar(fs.readFileSync(grammarPath, "utf8"),
                                      grammarPath);
    },
  });
  const grammar = await registry.loadGrammar("source.mojo");
  const lines = fs.readFileSync(file, "utf8").split("\n");
  let state = textmate.INITIAL;
  lines.forEach((line, i) => {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const text = line.slice(t.startIndex, t.endIndex);
      const scope = t.scopes[t.scopes.length - 1];
      if (text.trim() === "" || scope === "source.mojo") continue;
      console.log(`${i + 1}:${t.startIndex + 1} ${text} ${scope}`);
    }
    state = r.ruleStack;
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
