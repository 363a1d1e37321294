//===- PublishDiagnostics.cpp - Sends textDocument/publishDiagnostics fast ===//
#include "lsp/PublishDiagnostics.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/LSP/Logging.h"
#include "llvm/Support/raw_ostream.h"

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;
namespace json = llvm::json;

// Keys are written in sorted order, as json::Object prints them.

static void writePosition(json::OStream &J, const L::Position &P) {
  J.object([&] {
    J.attribute("character", P.character);
    J.attribute("line", P.line);
  });
}

static void writeRange(json::OStream &J, const L::Range &R) {
  J.object([&] {
    J.attributeBegin("end");
    writePosition(J, R.end);
    J.attributeEnd();
    J.attributeBegin("start");
    writePosition(J, R.start);
    J.attributeEnd();
  });
}

static void writeDiagnostic(json::OStream &J, const L::Diagnostic &D) {
  J.object([&] {
    if (D.category)
      J.attribute("category", *D.category);
    J.attribute("message", D.message);
    J.attributeBegin("range");
    writeRange(J, D.range);
    J.attributeEnd();
    if (D.relatedInformation) {
      J.attributeArray("relatedInformation", [&] {
        for (const L::DiagnosticRelatedInformation &R : *D.relatedInformation)
          J.object([&] {
            J.attributeObject("location", [&] {
              J.attributeBegin("range");
              writeRange(J, R.location.range);
              J.attributeEnd();
              J.attribute("uri", R.location.uri.uri());
            });
            J.attribute("message", R.message);
          });
      });
    }
    if (D.severity != L::DiagnosticSeverity::Undetermined)
      J.attribute("severity", int(D.severity));
    if (!D.source.empty())
      J.attribute("source", D.source);
    if (!D.tags.empty())
      J.attributeArray("tags", [&] {
        for (L::DiagnosticTag T : D.tags)
          J.value(int(T));
      });
  });
}

/// Writes one Content-Length framed message to Out, flushed: the JSON
/// object Members writes the members of (in sorted key order, as LLVM's
/// json::Object prints them), with Reserve bytes set aside.
static void sendMessage(llvm::raw_ostream &Out, size_t Reserve,
                        llvm::function_ref<void(json::OStream &)> Members) {
  llvm::SmallString<0> Body;
  Body.reserve(Reserve);
  {
    llvm::raw_svector_ostream OS(Body);
    json::OStream J(OS);
    J.object([&] { Members(J); });
  }
  Out << "Content-Length: " << Body.size() << "\r\n\r\n" << Body;
  Out.flush();
}

/// A reply to request Id whose result Result writes.
static void sendReply(llvm::raw_ostream &Out, llvm::StringRef Method,
                      const json::Value &Id, size_t Reserve,
                      llvm::function_ref<void(json::OStream &)> Result) {
  L::Logger::info("--> reply:{0}({1})", Method, Id);
  sendMessage(Out, Reserve, [&](json::OStream &J) {
    J.attribute("id", Id);
    J.attribute("jsonrpc", "2.0");
    J.attributeBegin("result");
    Result(J);
    J.attributeEnd();
  });
}

void lsp::sendPublishDiagnostics(llvm::raw_ostream &Out,
                                 const L::PublishDiagnosticsParams &Params) {
  L::Logger::info("--> {0}", "textDocument/publishDiagnostics");
  sendMessage(Out, 256 + Params.diagnostics.size() * 160,
              [&](json::OStream &J) {
                J.attribute("jsonrpc", "2.0");
                J.attribute("method", "textDocument/publishDiagnostics");
                J.attributeObject("params", [&] {
                  J.attributeArray("diagnostics", [&] {
                    for (const L::Diagnostic &D : Params.diagnostics)
                      writeDiagnostic(J, D);
                  });
                  J.attribute("uri", Params.uri.uri());
                  J.attribute("version", Params.version);
                });
              });
}

static void writeSymbol(json::OStream &J, const L::DocumentSymbol &S) {
  // (The keys in the order LLVM's json::Object prints them: sorted.)
  J.object([&] {
    if (!S.children.empty())
      J.attributeArray("children", [&] {
        for (const L::DocumentSymbol &C : S.children)
          writeSymbol(J, C);
      });
    if (!S.detail.empty())
      J.attribute("detail", S.detail);
    J.attribute("kind", int(S.kind));
    J.attribute("name", S.name);
    J.attributeBegin("range");
    writeRange(J, S.range);
    J.attributeEnd();
    J.attributeBegin("selectionRange");
    writeRange(J, S.selectionRange);
    J.attributeEnd();
  });
}

void lsp::sendDocumentSymbols(llvm::raw_ostream &Out, const json::Value &Id,
                              const std::vector<L::DocumentSymbol> &Symbols) {
  sendReply(Out, "textDocument/documentSymbol", Id,
            256 + Symbols.size() * 400, [&](json::OStream &J) {
              J.array([&] {
                for (const L::DocumentSymbol &S : Symbols)
                  writeSymbol(J, S);
              });
            });
}

void lsp::sendSemanticTokens(llvm::raw_ostream &Out, const json::Value &Id,
                             llvm::ArrayRef<int> Data) {
  sendReply(Out, "textDocument/semanticTokens/full", Id,
            128 + Data.size() * 4, [&](json::OStream &J) {
              J.object([&] {
                J.attributeArray("data", [&] {
                  for (int V : Data)
                    J.value(V);
                });
              });
            });
}
