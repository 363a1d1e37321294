//===- LanguageServer.cpp - `ignis lsp`: requests to features --------------===//
//
// One thread reads a message, answers it, and reads the next. A change
// re-checks the whole file at once and publishes its diagnostics; the
// previous version's state is freed (see CheckedDocument.h).
//
//===----------------------------------------------------------------------===//
#include "lsp/LanguageServer.h"
#include "lsp/CheckedDocument.h"
#include "lsp/Features.h"
#include "lsp/Formatting.h"
#include "lsp/IdleAwareInput.h"
#include "lsp/LineShift.h"
#include "lsp/PublishDiagnostics.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/LSP/Logging.h"
#include "llvm/Support/LSP/Transport.h"
#include <chrono>
#include <thread>

using namespace ignis;
using namespace ignis::lsp;
namespace L = llvm::lsp;
namespace json = llvm::json;

namespace ignis::lsp {
/// textDocument/rename's parameters (not in LLVM's Protocol.h).
struct RenameParams {
  L::TextDocumentPositionParams Where;
  std::string newName;
};
static bool fromJSON(const json::Value &V, RenameParams &R, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && L::fromJSON(V, R.Where, P) && O.map("newName", R.newName);
}
/// textDocument/formatting's parameters (the options are not read: the
/// style is `ignis format`'s, 4 spaces and 80 columns).
struct FormattingParams {
  L::TextDocumentIdentifier textDocument;
};
static bool fromJSON(const json::Value &V, FormattingParams &R, json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("textDocument", R.textDocument);
}
/// textDocument/rangeFormatting's parameters (options not read either).
struct RangeFormattingParams {
  L::TextDocumentIdentifier textDocument;
  L::Range range;
};
static bool fromJSON(const json::Value &V, RangeFormattingParams &R,
                     json::Path P) {
  json::ObjectMapper O(V, P);
  return O && O.map("textDocument", R.textDocument) && O.map("range", R.range);
}
} // namespace ignis::lsp

namespace {
struct OpenFile {
  L::URIForFile URI;
  std::string Text;
  int64_t Version = 0;
  /// Edited since the last check: checked when the client goes idle or a
  /// request needs it, whichever comes first.
  bool Dirty = false;
  /// The last check; while Dirty, of an older text (freed when the next
  /// check starts, so at most one version is held at a time).
  std::unique_ptr<CheckedDocument> Checked;
  /// What the next check may reuse: taken from Checked when a check
  /// starts (Checked is freed then), kept while checks are abandoned.
  std::unique_ptr<ReuseBase> Base;
};

class Server {
public:
  Server(const ServerOptions &Options, L::JSONTransport &Transport,
         llvm::raw_ostream &Out)
      : Options(Options), Out(Out), Handler(Transport) {
    StdlibDir = Options.Sema.StdlibPath.empty() ? getDefaultStdlibPath()
                                                : Options.Sema.StdlibPath;
    while (StdlibDir.size() > 1 &&
           llvm::sys::path::is_separator(StdlibDir.back()))
      StdlibDir.pop_back();
    Handler.method("initialize", this, &Server::onInitialize);
    Handler.method("shutdown", this, &Server::onShutdown);
    Handler.notification("textDocument/didOpen", this, &Server::onOpen);
    Handler.notification("textDocument/didChange", this, &Server::onChange);
    Handler.notification("textDocument/didClose", this, &Server::onClose);
    Handler.method("textDocument/hover", this, &Server::onHover);
    Handler.method("textDocument/definition", this, &Server::onDefinition);
    Handler.method("textDocument/documentSymbol", this,
                   &Server::onDocumentSymbol);
    Handler.method("textDocument/completion", this, &Server::onCompletion);
    Handler.method("textDocument/references", this, &Server::onReferences);
    Handler.method("textDocument/rename", this, &Server::onRename);
    Handler.method("textDocument/foldingRange", this, &Server::onFoldingRange);
    Handler.method("textDocument/signatureHelp", this,
                   &Server::onSignatureHelp);
    Handler.method("textDocument/inlayHint", this, &Server::onInlayHint);
    Handler.method("textDocument/semanticTokens/full", this,
                   &Server::onSemanticTokens);
    Handler.method("textDocument/formatting", this, &Server::onFormatting);
    Handler.method("textDocument/rangeFormatting", this,
                   &Server::onRangeFormatting);
  }
  L::MessageHandler &getHandler() { return Handler; }
  bool wasShutDown() const { return ShutDown; }

private:
  void onInitialize(const L::InitializeParams &, L::Callback<json::Value> Reply) {
    json::Object Caps{
        {"textDocumentSync",
         json::Object{{"openClose", true},
                      {"change", (int)L::TextDocumentSyncKind::Full},
                      {"save", false}}},
        {"hoverProvider", true},
        {"definitionProvider", true},
        {"documentSymbolProvider", true},
        {"referencesProvider", true},
        {"renameProvider", true},
        {"foldingRangeProvider", true},
        {"inlayHintProvider", true},
        {"documentFormattingProvider", true},
        {"documentRangeFormattingProvider", true},
        {"semanticTokensProvider",
         json::Object{{"legend", getSemanticTokensLegend()}, {"full", true}}},
        {"signatureHelpProvider",
         json::Object{{"triggerCharacters", json::Array{"(", ","}}}},
        {"completionProvider",
         json::Object{{"triggerCharacters", json::Array{"."}},
                      {"resolveProvider", false}}},
    };
    Reply(json::Object{
        {"capabilities", std::move(Caps)},
        {"serverInfo", json::Object{{"name", "ignis-lsp"},
                                    {"version", IGNIS_VERSION}}}});
  }

  void onShutdown(const L::NoParams &, L::Callback<std::nullptr_t> Reply) {
    ShutDown = true;
    Files.clear();
    Reply(nullptr);
  }

  void update(const L::URIForFile &URI, std::string Text, int64_t Version) {
    OpenFile &F = Files[URI.file()];
    F.URI = URI;
    F.Text = std::move(Text);
    F.Version = Version;
    F.Dirty = true;
    // The old version stays until the next check, for hover and completion
    // on the lines the edit kept (findForPosition).
  }

  /// Polls the unread input at most once a millisecond: whether a newer
  /// edit of F is waiting (a check started when the client went idle) or
  /// the request being answered was cancelled (ForRequest: its id).
  bool shouldAbandon(const OpenFile &F, const json::Value *ForRequest,
                     llvm::StringRef &Why) {
    using Clock = std::chrono::steady_clock;
    Clock::time_point Now = Clock::now();
    if (Now - LastPoll < std::chrono::milliseconds(1))
      return false;
    LastPoll = Now;
    if (!Input)
      return false;
    return Input->hasPending([&](const IdleAwareInput::PendingMessage &M) {
      if (ForRequest) {
        // (A request read without its id, too large to look into, cannot
        // be cancelled.)
        if (M.Method == "$/cancelRequest" && *ForRequest != nullptr &&
            M.CancelId == *ForRequest) {
          Why = "the request was cancelled";
          return true;
        }
        return false;
      }
      if (M.File == F.URI.file() &&
          (M.Method == "textDocument/didChange" ||
           M.Method == "textDocument/didClose" ||
           M.Method == "textDocument/didOpen")) {
        Why = "a newer edit is waiting";
        return true;
      }
      return false;
    });
  }

  /// Moves the standard library files Doc's check parsed into the cache,
  /// so that the next checks take them from there.
  void keepStdlibFiles(const CheckedDocument &Doc) {
    if (Doc.crashed())
      return;
    const SourceManager &SM = Doc.getSourceManager();
    for (unsigned Id = Doc.getBuffer() + 1; Id <= SM.getNumBuffers(); ++Id) {
      llvm::StringRef Name = SM.getBufferName(Id);
      if (Name.size() > StdlibDir.size() && Name.starts_with(StdlibDir) &&
          llvm::sys::path::is_separator(Name[StdlibDir.size()]))
        Stdlib.add(Name);
    }
  }

  /// Checks F and publishes its diagnostics. False when the check was
  /// abandoned (see shouldAbandon): F then stays dirty, with no checked
  /// version, and nothing is published.
  bool check(OpenFile &F, const json::Value *ForRequest = nullptr) {
    F.Dirty = false;
    if (F.Checked && !Options.DebugFullChecks)
      F.Base = F.Checked->makeReuseBase();
    F.Checked.reset(); // free the old version before building the new one
    CheckedDocument::CrashHook Crash = CheckedDocument::CrashHook::None;
    if (!Options.DebugCrashMarker.empty() &&
        llvm::StringRef(F.Text).contains(Options.DebugCrashMarker))
      Crash = Options.DebugCrashWithFatalError
                  ? CheckedDocument::CrashHook::FatalError
                  : CheckedDocument::CrashHook::NullWrite;
    bool Stall = !Options.DebugStallMarker.empty() &&
                 llvm::StringRef(F.Text).contains(Options.DebugStallMarker);
    llvm::StringRef Why;
    LastPoll = {}; // the first poll of a check looks at once
    auto ShouldStop = [&] {
      bool Stop = shouldAbandon(F, ForRequest, Why);
      for (unsigned Waited = 0; Stall && !Stop && Waited < 10000; ++Waited) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        LastPoll = {};
        Stop = shouldAbandon(F, ForRequest, Why);
      }
      Stall = false;
      return Stop;
    };
    SemaOptions Opts = Options.Sema;
    Opts.ShouldStop = ShouldStop;
    unsigned Reused = Stdlib.getNumFiles();
    auto Start = std::chrono::steady_clock::now();
    std::unique_ptr<CheckedDocument> Doc = CheckedDocument::check(
        F.URI.file(), F.Text, F.Version, Opts, &Stdlib, Crash, F.Base.get());
    auto Checked = std::chrono::steady_clock::now();
    if (!Why.empty()) {
      L::Logger::info("check of {0} (version {1}) abandoned: {2}",
                      F.URI.file(), F.Version, Why);
      F.Dirty = true;
      return false;
    }
    F.Checked = std::move(Doc);
    F.Base.reset();
    L::PublishDiagnosticsParams Params(F.URI, F.Version);
    Params.diagnostics = F.Checked->getDiagnostics();
    sendPublishDiagnostics(Out, Params);
    auto Ms = [](auto D) {
      return std::chrono::duration_cast<std::chrono::microseconds>(D).count() /
             1000.0;
    };
    L::Logger::info("checked {0} (version {1}) in {2} ms ({5} standard "
                    "library files parsed before; {6} top-level statements "
                    "checked, {7} reused), published {3} diagnostics in {4} "
                    "ms",
                    F.URI.file(), F.Version, Ms(Checked - Start),
                    Params.diagnostics.size(),
                    Ms(std::chrono::steady_clock::now() - Checked), Reused,
                    F.Checked->getNumChecked(), F.Checked->getNumReused());
    keepStdlibFiles(*F.Checked); // after publishing: the client waits not
    return true;
  }

public:
  /// Work for when the client is idle: files edited since their last
  /// check, then the bodies a check deferred (CheckedDocument.h).
  bool hasIdleWork() const {
    for (const auto &Entry : Files) {
      const OpenFile &F = Entry.getValue();
      if (F.Dirty || (F.Checked && F.Checked->hasDeferredBodies()))
        return true;
    }
    return false;
  }
  /// One step of it: the dirty files' checks, else one declaration's
  /// deferred bodies.
  void doIdleWork() {
    bool Checked = false;
    for (auto &Entry : Files)
      if (Entry.getValue().Dirty) {
        check(Entry.getValue());
        Checked = true;
      }
    if (Checked)
      return;
    for (auto &Entry : Files) {
      OpenFile &F = Entry.getValue();
      if (F.Checked && F.Checked->hasDeferredBodies()) {
        F.Checked->checkNextDeferred();
        return;
      }
    }
  }

private:
  void onOpen(const L::DidOpenTextDocumentParams &P) {
    update(P.textDocument.uri, P.textDocument.text, P.textDocument.version);
  }

  void onChange(const L::DidChangeTextDocumentParams &P) {
    auto It = Files.find(P.textDocument.uri.file());
    if (It == Files.end())
      return;
    std::string Text = It->second.Text;
    if (llvm::failed(
            L::TextDocumentContentChangeEvent::applyTo(P.contentChanges, Text)))
      return;
    update(P.textDocument.uri, std::move(Text), P.textDocument.version);
  }

  void onClose(const L::DidCloseTextDocumentParams &P) {
    Files.erase(P.textDocument.uri.file());
    // An empty list clears what the editor shows for the file.
    sendPublishDiagnostics(Out,
                           L::PublishDiagnosticsParams(P.textDocument.uri, 0));
  }

  /// The checked current version of URI for the request being answered
  /// (null when the file is not open), or the error to answer with when
  /// the client cancelled the request while it was being checked. The
  /// bodies the check deferred are checked first: those of the declaration
  /// at Pos, or all of them without Pos.
  llvm::Expected<const CheckedDocument *>
  find(const L::URIForFile &URI, const L::Position *Pos = nullptr) {
    auto It = Files.find(URI.file());
    if (It == Files.end())
      return nullptr;
    json::Value Id = Input ? Input->getCurrentId() : json::Value(nullptr);
    if (It->second.Dirty && !check(It->second, &Id))
      return llvm::make_error<L::LSPError>("the request was cancelled",
                                           L::ErrorCode::RequestCancelled);
    CheckedDocument *Doc = It->second.Checked.get();
    if (Doc && Pos)
      Doc->checkDeferredAt(*Pos);
    else if (Doc)
      Doc->checkAllDeferred();
    return Doc;
  }

  /// The document to answer a request at Pos from without waiting: after
  /// an edit not yet checked, the last checked version when Pos lies on a
  /// line the edit kept (Pos is then moved to that version's line and Shift
  /// set, to map answers back); otherwise the checked current version.
  llvm::Expected<const CheckedDocument *>
  findForPosition(const L::URIForFile &URI,
                  L::Position &Pos, std::optional<LineShift> &Shift) {
    auto It = Files.find(URI.file());
    if (It == Files.end())
      return nullptr;
    OpenFile &F = It->second;
    if (F.Dirty && F.Checked && !F.Checked->crashed()) {
      LineShift S(F.Checked->getText(), F.Text);
      if (std::optional<L::Position> Old = S.toOld(Pos)) {
        Pos = *Old;
        Shift = S;
        F.Checked->checkDeferredAt(Pos);
        return F.Checked.get();
      }
    }
    return find(URI, &Pos);
  }

  void onHover(const L::TextDocumentPositionParams &P,
               L::Callback<std::optional<L::Hover>> Reply) {
    L::Position Pos = P.position;
    std::optional<LineShift> Shift;
    llvm::Expected<const CheckedDocument *> Found = findForPosition(P.textDocument.uri, Pos, Shift);
    if (!Found)
      return Reply(Found.takeError());
    const CheckedDocument *Doc = *Found;
    std::optional<L::Hover> H;
    if (Doc)
      H = findHover(*Doc, Pos);
    if (H && Shift && H->range) {
      std::optional<L::Position> Begin = Shift->toNew(H->range->start),
                                 End = Shift->toNew(H->range->end);
      if (Begin && End)
        H->range = L::Range(*Begin, *End);
      else
        H->range.reset();
    }
    Reply(std::move(H));
  }

  void onDefinition(const L::TextDocumentPositionParams &P,
                    L::Callback<std::vector<L::Location>> Reply) {
    llvm::Expected<const CheckedDocument *> Found =
        find(P.textDocument.uri, &P.position);
    if (!Found)
      return Reply(Found.takeError());
    const CheckedDocument *Doc = *Found;
    Reply(Doc ? findDefinition(*Doc, P.position) : std::vector<L::Location>());
  }

  /// Answers from the syntax tree of the file's current text (no check):
  /// the checked version's when it is current, else a parse of the text
  /// (a few ms for 5,000 lines, against a whole check).
  template <typename Result, typename Fn>
  void replyFromTree(const L::URIForFile &URI, L::Callback<Result> Reply,
                     Result Empty, Fn Answer) {
    auto It = Files.find(URI.file());
    if (It == Files.end())
      return Reply(std::move(Empty));
    OpenFile &F = It->second;
    if (!F.Dirty && F.Checked && !F.Checked->crashed())
      return Reply(Answer(*F.Checked, F.Checked->getModule()));
    std::unique_ptr<ParsedDocument> Parsed =
        ParsedDocument::parse(F.URI.file(), F.Text, F.Version);
    Reply(Answer(*Parsed, Parsed->getModule()));
  }

  void onDocumentSymbol(const L::DocumentSymbolParams &P,
                        L::Callback<std::vector<L::DocumentSymbol>> Reply) {
    // Written straight to the output (PublishDiagnostics.h) when the
    // request's id is known, else through the transport.
    json::Value Id = Input ? Input->getCurrentId() : json::Value(nullptr);
    L::Callback<std::vector<L::DocumentSymbol>> Send =
        [&](llvm::Expected<std::vector<L::DocumentSymbol>> Symbols) {
          if (Id == nullptr || !Symbols)
            return Reply(std::move(Symbols));
          sendDocumentSymbols(Out, Id, *Symbols);
        };
    replyFromTree(P.textDocument.uri, std::move(Send),
                  std::vector<L::DocumentSymbol>(),
                  [](const DocumentText &Doc, const ModuleDecl *M) {
                    return findDocumentSymbols(Doc, M);
                  });
  }

  void onCompletion(const L::CompletionParams &P,
                    L::Callback<L::CompletionList> Reply) {
    // Completion items carry no ranges: nothing to map back.
    L::Position Pos = P.position;
    std::optional<LineShift> Shift;
    llvm::Expected<const CheckedDocument *> Found = findForPosition(P.textDocument.uri, Pos, Shift);
    if (!Found)
      return Reply(Found.takeError());
    const CheckedDocument *Doc = *Found;
    Reply(Doc ? findCompletions(*Doc, Pos) : L::CompletionList());
  }

  void onReferences(const L::ReferenceParams &P,
                    L::Callback<std::vector<L::Location>> Reply) {
    llvm::Expected<const CheckedDocument *> Found = find(P.textDocument.uri);
    if (!Found)
      return Reply(Found.takeError());
    const CheckedDocument *Doc = *Found;
    Reply(Doc ? findReferences(*Doc, P.position, P.context.includeDeclaration)
              : std::vector<L::Location>());
  }

  void onRename(const RenameParams &P, L::Callback<L::WorkspaceEdit> Reply) {
    llvm::Expected<const CheckedDocument *> Found = find(P.Where.textDocument.uri);
    if (!Found)
      return Reply(Found.takeError());
    const CheckedDocument *Doc = *Found;
    if (!Doc)
      return Reply(llvm::make_error<L::LSPError>(
          "the document is not open", L::ErrorCode::InvalidParams));
    Reply(renameSymbol(*Doc, P.Where.textDocument.uri, P.Where.position,
                       P.newName));
  }

  void onFoldingRange(const L::DocumentSymbolParams &P,
                      L::Callback<json::Value> Reply) {
    replyFromTree(P.textDocument.uri, std::move(Reply),
                  json::Value(json::Array()),
                  [](const DocumentText &Doc, const ModuleDecl *M) {
                    return findFoldingRanges(Doc, M);
                  });
  }

  void onSignatureHelp(const L::TextDocumentPositionParams &P,
                       L::Callback<std::optional<L::SignatureHelp>> Reply) {
    llvm::Expected<const CheckedDocument *> Found =
        find(P.textDocument.uri, &P.position);
    if (!Found)
      return Reply(Found.takeError());
    const CheckedDocument *Doc = *Found;
    Reply(Doc ? findSignatureHelp(*Doc, P.position) : std::nullopt);
  }

  void onInlayHint(const L::InlayHintsParams &P,
                   L::Callback<std::vector<L::InlayHint>> Reply) {
    llvm::Expected<const CheckedDocument *> Found = find(P.textDocument.uri);
    if (!Found)
      return Reply(Found.takeError());
    const CheckedDocument *Doc = *Found;
    Reply(Doc ? findInlayHints(*Doc, P.range) : std::vector<L::InlayHint>());
  }

  void onSemanticTokens(const L::DocumentSymbolParams &P,
                        L::Callback<json::Value> Reply) {
    llvm::Expected<const CheckedDocument *> Found = find(P.textDocument.uri);
    if (!Found)
      return Reply(Found.takeError());
    const CheckedDocument *Doc = *Found;
    // Written straight to the output when the request's id is known, as
    // documentSymbol is (PublishDiagnostics.h).
    json::Value Id = Input ? Input->getCurrentId() : json::Value(nullptr);
    if (Doc && Id != nullptr)
      return sendSemanticTokens(Out, Id, encodeSemanticTokens(*Doc));
    Reply(Doc ? findSemanticTokens(*Doc)
              : json::Value(json::Object{{"data", json::Array()}}));
  }

  /// Formatting works from the text alone (it does not wait for a check):
  /// Format's edits for the open document, or an error when it is not open.
  template <typename FormatFn>
  void replyFormatting(const L::URIForFile &URI,
                       L::Callback<std::vector<L::TextEdit>> Reply,
                       FormatFn Format) {
    auto It = Files.find(URI.file());
    if (It == Files.end())
      return Reply(llvm::make_error<L::LSPError>(
          "the document is not open", L::ErrorCode::InvalidParams));
    Reply(Format(It->second.URI.file(), It->second.Text));
  }

  void onFormatting(const FormattingParams &P,
                    L::Callback<std::vector<L::TextEdit>> Reply) {
    replyFormatting(P.textDocument.uri, std::move(Reply),
                    [](llvm::StringRef Path, llvm::StringRef Text) {
                      return formatDocument(Path, Text);
                    });
  }

  void onRangeFormatting(const RangeFormattingParams &P,
                         L::Callback<std::vector<L::TextEdit>> Reply) {
    replyFormatting(P.textDocument.uri, std::move(Reply),
                    [&](llvm::StringRef Path, llvm::StringRef Text) {
                      return formatRange(Path, Text, P.range);
                    });
  }

public:
  void setInput(IdleAwareInput *I) { Input = I; }

private:
  ServerOptions Options;
  /// The transport's output: diagnostics are written to it directly.
  llvm::raw_ostream &Out;
  IdleAwareInput *Input = nullptr;
  /// The standard library's files, parsed once (the folder sema reads it
  /// from: the option's, or the default).
  ParsedFileCache Stdlib;
  std::string StdlibDir;
  std::chrono::steady_clock::time_point LastPoll;
  L::MessageHandler Handler;
  llvm::StringMap<OpenFile> Files;
  bool ShutDown = false;
};
} // namespace

int lsp::runLanguageServer(const ServerOptions &Options, std::FILE *In,
                           llvm::raw_ostream &Out) {
  llvm::CrashRecoveryContext::Enable();
  Server *Srv = nullptr;
  auto Reader = std::make_unique<IdleAwareInput>(
      fileno(In), [&] { return Srv && Srv->hasIdleWork(); },
      [&] { Srv->doIdleWork(); }, Options.DebounceMs);
  IdleAwareInput *Input = Reader.get();
  L::JSONTransport Transport(std::move(Reader), Out);
  Server S(Options, Transport, Out);
  S.setInput(Input);
  Srv = &S;
  llvm::Error E = Transport.run(S.getHandler());
  if (E) {
    // The input ended without `exit`.
    llvm::consumeError(std::move(E));
    return 1;
  }
  // `exit` after `shutdown` is success; without it, status 1 (the spec).
  return S.wasShutDown() ? 0 : 1;
}
