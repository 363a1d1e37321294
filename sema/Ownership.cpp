//===- Ownership.cpp - Initialisation, moves and ASAP destruction ---------===//
//
// Runs on each checked function (CIR), after its body is checked:
//   1. liveness (backward): which locals' current values are read later;
//   2. initialisation (forward): which locals hold a value at each point,
//      reporting use before initialisation, use after `^`, fields of
//      `out self` left unset; and inserting a Destroy statement right after
//      the statement where an owned value is used for the last time (at the
//      start of a block for values that block does not use, and before a
//      `break`/`continue` for values not needed where it jumps).
// Codegen keeps a drop flag per destroyable local, so a Destroy of a value
// that is initialised on some paths only is still exact, and error exits
// and returns destroy whatever is still alive.
//
//===----------------------------------------------------------------------===//
#include "sema/Ownership.h"
#include "sema/SemaImpl.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/SmallSet.h"
#include <map>

using namespace ignis;
using namespace ignis::sema;

namespace {

/// Whether evaluating E may raise: a call of a raising function, or a call
/// through a closure value (whose callee is not known here).
bool exprMayRaise(const cir::Expr *E) {
  if (!E)
    return false;
  if (E->Kind == cir::ExprKind::Call && E->Callee && E->Callee->Raises)
    return true;
  if (E->Kind == cir::ExprKind::Builtin &&
      E->Builtin == cir::BuiltinOp::CallClosure)
    return true;
  for (const cir::Expr *O : E->Ops)
    if (exprMayRaise(O))
      return true;
  return false;
}

bool listMayRaise(const cir::StmtList &L);

/// Whether running S may raise out of it (a raise caught inside S by a
/// handler of its own still counts: kept simple and safe).
bool stmtMayRaise(const cir::Stmt &S) {
  if (S.Kind == cir::StmtKind::Raise)
    return true;
  return exprMayRaise(S.Target) || exprMayRaise(S.Value) ||
         exprMayRaise(S.Cond) || listMayRaise(S.Body) ||
         listMayRaise(S.Else) || listMayRaise(S.Handler) ||
         listMayRaise(S.Finally) || listMayRaise(S.Prelude);
}

bool listMayRaise(const cir::StmtList &L) {
  for (const cir::Stmt *S : L)
    if (stmtMayRaise(*S))
      return true;
  return false;
}


using Bits = llvm::BitVector;

struct State {
  Bits Def;   // initialised on every path
  Bits Maybe; // initialised on some path
  bool Reachable = true;
};

struct LoopCtx {
  Bits BreakLive, ContinueLive;
  State BreakState;
  bool AnyBreak = false;
  State ContinueState;
  bool AnyContinue = false;
};

class OwnershipPass {
public:
  OwnershipPass(Sema &S, cir::Function &F) : S(S), F(F) {
    N = F.Locals.size();
    for (size_t I = 0; I < N; ++I)
      Index[F.Locals[I]] = I;
    // Field slots of `out self` (fields are initialised one by one).
    if (F.OutParam)
      if (StructInfo *SI = S.getStructInfo(F.OutParam->Ty)) {
        FieldBase = N;
        NumFields = SI->FieldTypes.size();
        FieldNames = SI->FieldNames;
      }
    Slots = N + NumFields;
    // One slot per field moved out of a local or a `mut` argument
    // (`var name = self.name^`): the field must be given a value again
    // before the whole is used, destroyed or handed back to the caller.
    PartialBase = Slots;
    collectFieldMoves(F.Body);
    Slots += PartialFields.size();
  }

  void run() {
    State St = entryState();
    LiveCtx LC;
    collectBorrows(F.Body);
    Bits Out(Slots);
    liveList(F.Body, Out, LC);
    emitList(F.Body, St, /*Emit=*/true);
    if (St.Reachable) {
      checkOutFields(St, F.Loc);
      checkPartialArgs(St, F.Loc);
    }
  }

private:
  //===--- Slots ----------------------------------------------------------===//
  int slotOf(const cir::Local *L) const {
    auto It = Index.find(L);
    return It == Index.end() ? -1 : static_cast<int>(It->second);
  }
  bool isTracked(const cir::Local *L) const {
    // Borrowed arguments always hold a value and cannot be moved from.
    return S.isOwnedLocal(L) || L == F.OutParam;
  }
  bool isDestroyable(const cir::Local *L) const {
    return S.isOwnedLocal(L) && L != F.OutParam && !L->NoDestroy &&
           S.getLifecycle(L->Ty).NeedsDestroy;
  }

  //===--- Fields moved out of a local or a `mut` argument ---------------===//
  static bool isFieldOfLocal(const cir::Expr *E) {
    return E && E->Kind == cir::ExprKind::FieldRef &&
           E->Ops[0]->Kind == cir::ExprKind::LocalRef;
  }
  bool tracksPartial(const cir::Local *L) const {
    return L != F.OutParam && L->Convention != ArgConvention::Deinit;
  }
  void collectFieldMovesIn(const cir::Expr *E) {
    if (!E)
      return;
    if (E->Kind == cir::ExprKind::Move && isFieldOfLocal(E->Ops[0]) &&
        tracksPartial(E->Ops[0]->Ops[0]->Var)) {
      auto Key = std::make_pair(E->Ops[0]->Ops[0]->Var, E->Ops[0]->Index);
      if (!PartialSlot.count(Key)) {
        PartialSlot[Key] = PartialBase + PartialFields.size();
        PartialFields.push_back(Key);
      }
    }
    for (const cir::Expr *Op : E->Ops)
      collectFieldMovesIn(Op);
  }
  void collectFieldMoves(const cir::StmtList &L) {
    for (const cir::Stmt *St : L) {
      collectFieldMovesIn(St->Value);
      collectFieldMovesIn(St->Target);
      collectFieldMovesIn(St->Cond);
      collectFieldMoves(St->Body);
      collectFieldMoves(St->Else);
      collectFieldMoves(St->Handler);
      collectFieldMoves(St->Finally);
      collectFieldMoves(St->Prelude);
    }
  }
  int partialSlotOf(const cir::Expr *FieldRef) const {
    if (!isFieldOfLocal(FieldRef))
      return -1;
    auto It = PartialSlot.find(
        std::make_pair(FieldRef->Ops[0]->Var, FieldRef->Index));
    return It == PartialSlot.end() ? -1 : static_cast<int>(It->second);
  }
  std::string partialName(unsigned K) const {
    const cir::Local *L = PartialFields[K].first;
    std::string Name = L->Name.str() + ".";
    if (StructInfo *SI = S.getStructInfo(L->Ty))
      if (PartialFields[K].second < SI->FieldNames.size())
        return Name + SI->FieldNames[PartialFields[K].second].str();
    return Name + std::to_string(PartialFields[K].second);
  }
  /// The first field of L moved out on some path, or -1.
  int firstMovedField(const cir::Local *L, const State &St) const {
    for (unsigned K = 0; K < PartialFields.size(); ++K)
      if (PartialFields[K].first == L && !St.Def.test(PartialBase + K))
        return static_cast<int>(K);
    return -1;
  }
  void reportPartial(bool Emit, SourceRange R, const cir::Local *L,
                     const State &St, llvm::StringRef What) {
    int K = firstMovedField(L, St);
    if (K < 0 || !Emit || Reported.count(L))
      return;
    Reported.insert(L);
    std::string Field = partialName(K);
    S.Diags.report(R, DiagID::err_partially_moved)
        << L->Name << Field << What;
    auto Moved = MovedAt.find(static_cast<int>(PartialBase + K));
    if (Moved != MovedAt.end())
      S.Diags.report(Moved->second, DiagID::note_moved_here) << Field;
  }
  /// `mut` arguments go back to the caller whole; at a `return` or `raise`
  /// owned variables are destroyed whole too.
  void checkPartialArgs(const State &St, SourceLoc Loc, bool Exit = false) {
    for (const auto &[L, Field] : PartialFields) {
      bool Owned = S.isOwnedLocal(L);
      if (Owned && (!Exit || !St.Maybe.test(Index.lookup(L))))
        continue;
      reportPartial(true, SourceRange(Loc, Loc), L, St,
                    Owned ? "leaving the function" : "returning to the caller");
    }
  }

  State entryState() {
    State St;
    St.Def.resize(Slots);
    St.Maybe.resize(Slots);
    for (size_t I = 0; I < N; ++I) {
      const cir::Local *L = F.Locals[I];
      if (L->IsParam || !isTracked(L)) {
        St.Def.set(I);
        St.Maybe.set(I);
      }
    }
    for (size_t K = 0; K < PartialFields.size(); ++K) {
      St.Def.set(PartialBase + K);
      St.Maybe.set(PartialBase + K);
    }
    return St;
  }

  static void join(State &A, const State &B) {
    if (!B.Reachable)
      return;
    if (!A.Reachable) {
      A = B;
      return;
    }
    A.Def &= B.Def;
    A.Maybe |= B.Maybe;
  }

  //===--- Liveness -------------------------------------------------------===//
  struct LiveCtx {
    Bits BreakLive, ContinueLive, RaiseLive;
    bool InTry = false;
  };

  /// Views keep what they view alive: a local whose type has an `origin`
  /// parameter (TileTensor, Span, UnsafePointer...) and is assigned from an
  /// expression reading other locals borrows them, so they are destroyed
  /// only after the view's last use. (Origins are not tracked; this is
  /// the lifetime half of what they give Mojo.)
  /// So are iterators and other structs that hold such a view and have no
  /// destructor of their own: `var it = iter(list)` keeps `list` alive.
  bool carriesOrigin(Type T, unsigned Depth = 0) const {
    if (llvm::isa_and_nonnull<PointerType>(T))
      return true; // `ref x = place`, references
    auto *ST = llvm::dyn_cast_or_null<StructType>(T);
    if (!ST)
      return false;
    for (const ParamDecl &P : ST->Decl->Params.Params)
      if (P.Name.Name == "origin")
        return true;
    if (Depth > 4 || S.Prog.getLifecycle(T).Del)
      return false; // an owner (List, String) frees what it points to
    auto It = S.Prog.Layouts.find(T);
    if (It == S.Prog.Layouts.end())
      return false;
    for (Type FT : It->second.Fields)
      if (carriesOrigin(FT, Depth + 1))
        return true;
    return false;
  }
  void collectBorrows(const cir::StmtList &L) {
    for (const cir::Stmt *St : L) {
      if (St->Kind == cir::StmtKind::Assign && St->Target &&
          St->Target->Kind == cir::ExprKind::LocalRef &&
          carriesOrigin(St->Target->Ty)) {
        int T = slotOf(St->Target->Var);
        if (T >= 0) {
          Bits Read(Slots);
          usesOfPlain(St->Value, Read);
          Read.reset(T);
          if (Read.any()) {
            auto &D = Borrows[T];
            if (D.empty())
              D.resize(Slots);
            D |= Read;
          }
        }
      }
      collectBorrows(St->Body);
      collectBorrows(St->Else);
      collectBorrows(St->Handler);
      collectBorrows(St->Finally);
      collectBorrows(St->Prelude);
    }
  }
  void usesOfPlain(const cir::Expr *E, Bits &Live) {
    if (!E)
      return;
    if (E->Kind == cir::ExprKind::LocalRef) {
      if (int I = slotOf(E->Var); I >= 0)
        Live.set(I);
      return;
    }
    for (const cir::Expr *Op : E->Ops)
      usesOfPlain(Op, Live);
  }
  void setLive(int I, Bits &Live) {
    if (Live.test(I))
      return;
    Live.set(I);
    auto It = Borrows.find(I);
    if (It == Borrows.end())
      return;
    for (int D : It->second.set_bits())
      setLive(D, Live);
  }

  void usesOf(const cir::Expr *E, Bits &Live) {
    if (!E)
      return;
    if (E->Kind == cir::ExprKind::LocalRef) {
      int I = slotOf(E->Var);
      if (I >= 0)
        setLive(I, Live);
      return;
    }
    for (const cir::Expr *Op : E->Ops)
      usesOf(Op, Live);
  }

  /// Live-in of L given live-out Out; records LiveAfter per statement.
  Bits liveList(cir::StmtList &L, Bits Out, const LiveCtx &C) {
    for (size_t I = L.size(); I-- > 0;) {
      if (C.InTry)
        Out |= C.RaiseLive;
      LiveAfter[L[I]] = Out;
      Out = liveStmt(*L[I], Out, C);
    }
    if (C.InTry)
      Out |= C.RaiseLive;
    LiveAtStart[&L] = Out;
    return Out;
  }

  Bits liveStmt(cir::Stmt &St, Bits Out, const LiveCtx &C) {
    switch (St.Kind) {
    case cir::StmtKind::Eval:
      usesOf(St.Value, Out);
      return Out;
    case cir::StmtKind::Assign:
      if (St.Target->Kind == cir::ExprKind::LocalRef) {
        int I = slotOf(St.Target->Var);
        if (I >= 0)
          Out.reset(I);
      } else {
        usesOf(St.Target, Out);
      }
      usesOf(St.Value, Out);
      return Out;
    case cir::StmtKind::If: {
      Bits A = liveList(St.Body, Out, C);
      A |= liveList(St.Else, Out, C);
      usesOf(St.Cond, A);
      return A;
    }
    case cir::StmtKind::Loop: {
      Bits ElseIn = liveList(St.Else, Out, C);
      Bits Head(Slots);
      for (unsigned Iter = 0; Iter < 64; ++Iter) {
        LiveCtx Inner = C;
        Inner.BreakLive = Out;
        Inner.ContinueLive = Head;
        Bits In = liveList(St.Body, Head, Inner);
        In |= ElseIn;
        usesOf(St.Cond, In);
        In = liveList(St.Prelude, In, C);
        if (In == Head)
          break;
        Head = In;
      }
      return Head;
    }
    case cir::StmtKind::Break:
      return C.BreakLive;
    case cir::StmtKind::Continue:
      return C.ContinueLive;
    case cir::StmtKind::Return: {
      Bits Live(Slots);
      usesOf(St.Value, Live);
      return Live;
    }
    case cir::StmtKind::Raise: {
      Bits Live = C.InTry ? C.RaiseLive : Bits(Slots);
      usesOf(St.Value, Live);
      return Live;
    }
    case cir::StmtKind::Try: {
      Bits FinallyIn = liveList(St.Finally, Out, C);
      Bits HandlerIn = liveList(St.Handler, FinallyIn, C);
      if (St.ErrorVar)
        if (int I = slotOf(St.ErrorVar); I >= 0)
          HandlerIn.reset(I);
      Bits ElseIn = liveList(St.Else, FinallyIn, C);
      LiveCtx Inner = C;
      // Any statement of the body may raise into the handler or through
      // the finally block: what they use stays alive throughout.
      Inner.InTry = St.HasHandler || !St.Finally.empty() || C.InTry;
      if (St.HasHandler)
        Inner.RaiseLive = HandlerIn;
      Inner.RaiseLive |= FinallyIn;
      return liveList(St.Body, ElseIn, Inner);
    }
    case cir::StmtKind::Block:
      return liveList(St.Body, Out, C);
    case cir::StmtKind::Destroy:
      return Out;
    }
    return Out;
  }

  //===--- Initialisation and destruction ---------------------------------===//
  void report(bool Emit, SourceRange R, const cir::Local *L, const State &St,
              int Slot) {
    if (!Emit || Reported.count(L))
      return;
    Reported.insert(L);
    auto Moved = MovedAt.find(Slot);
    if (St.Maybe.test(Slot))
      S.Diags.report(R, DiagID::err_use_maybe_uninit) << L->Name;
    else if (Moved != MovedAt.end())
      S.Diags.report(R, DiagID::err_use_after_move) << L->Name;
    else
      S.Diags.report(R, DiagID::err_use_uninit) << L->Name;
    if (Moved != MovedAt.end())
      S.Diags.report(Moved->second, DiagID::note_moved_here) << L->Name;
  }

  /// The first field of `out self` not initialised on every path, or -1.
  int firstUnsetField(const State &St) const {
    for (unsigned I = 0; I < NumFields; ++I)
      if (!St.Def.test(FieldBase + I))
        return static_cast<int>(I);
    return -1;
  }

  void checkOutFields(const State &St, SourceLoc Loc) {
    if (!F.OutParam || !NumFields)
      return;
    int Fld = firstUnsetField(St);
    if (Fld < 0 || ReportedFields)
      return;
    ReportedFields = true;
    S.Diags.report(Loc, DiagID::err_field_uninit)
        << ("self." + FieldNames[Fld]).str() << F.DisplayName;
  }

  /// A read (or borrow) of the place rooted at E.
  void usePlace(const cir::Expr *E, State &St, bool Emit) {
    if (E->Kind == cir::ExprKind::FieldRef &&
        E->Ops[0]->Kind == cir::ExprKind::LocalRef &&
        E->Ops[0]->Var == F.OutParam && NumFields) {
      unsigned Slot = FieldBase + E->Index;
      if (!St.Def.test(Slot) && Emit && !ReportedFields) {
        ReportedFields = true;
        S.Diags.report(E->Range, DiagID::err_use_uninit)
            << ("self." + FieldNames[E->Index]).str();
      }
      return;
    }
    if (E->Kind == cir::ExprKind::FieldRef) {
      if (isFieldOfLocal(E)) {
        // One field: the others may be moved out meanwhile.
        int P = partialSlotOf(E);
        if (P >= 0 && !St.Def.test(P) && Emit &&
            !Reported.count(E->Ops[0]->Var)) {
          Reported.insert(E->Ops[0]->Var);
          std::string Field = partialName(P - PartialBase);
          S.Diags.report(E->Range, DiagID::err_use_after_move) << Field;
          if (auto M = MovedAt.find(P); M != MovedAt.end())
            S.Diags.report(M->second, DiagID::note_moved_here) << Field;
        }
        useLocal(E->Ops[0], St, Emit);
        return;
      }
      usePlace(E->Ops[0], St, Emit);
      return;
    }
    if (E->Kind != cir::ExprKind::LocalRef) {
      useExpr(E, St, Emit);
      return;
    }
    reportPartial(Emit, E->Range, E->Var, St, "using it whole");
    useLocal(E, St, Emit);
  }

  /// A read of local E->Var itself (its fields' moves are checked apart).
  void useLocal(const cir::Expr *E, State &St, bool Emit) {
    const cir::Local *L = E->Var;
    int I = slotOf(L);
    if (I < 0)
      return;
    if (L == F.OutParam) {
      int Fld = firstUnsetField(St);
      if (Fld >= 0 && Emit && !ReportedFields) {
        ReportedFields = true;
        S.Diags.report(E->Range, DiagID::err_self_before_init)
            << ("self." + FieldNames[Fld]).str();
      }
      return;
    }
    if (!St.Def.test(I)) {
      report(Emit, E->Range, L, St, I);
      St.Def.set(I); // one report per value
      St.Maybe.set(I);
    }
  }

  void useExpr(const cir::Expr *E, State &St, bool Emit) {
    if (!E)
      return;
    switch (E->Kind) {
    case cir::ExprKind::LocalRef:
    case cir::ExprKind::FieldRef:
      usePlace(E, St, Emit);
      return;
    case cir::ExprKind::Move: {
      const cir::Expr *P = E->Ops[0];
      usePlace(P, St, Emit);
      if (P->Kind == cir::ExprKind::LocalRef) {
        int I = slotOf(P->Var);
        if (I >= 0) {
          St.Def.reset(I);
          St.Maybe.reset(I);
          MovedAt[I] = E->Range;
        }
      } else if (int PS = partialSlotOf(P); PS >= 0) {
        St.Def.reset(PS);
        St.Maybe.reset(PS);
        MovedAt[PS] = E->Range;
      } else if (P->Kind == cir::ExprKind::FieldRef &&
                 P->Ops[0]->Kind == cir::ExprKind::LocalRef) {
        MovedFields[P->Ops[0]->Var].insert(P->Index);
      }
      return;
    }
    case cir::ExprKind::And:
    case cir::ExprKind::Or:
    case cir::ExprKind::Conditional: {
      useExpr(E->Ops[0], St, Emit);
      State A = St;
      for (size_t I = 1; I < E->Ops.size(); ++I) {
        State B = St;
        useExpr(E->Ops[I], B, Emit);
        if (I == 1)
          A = B;
        else
          join(A, B);
      }
      if (E->Ops.size() == 2)
        join(A, St); // the short-circuit path skips Ops[1]
      St = A;
      return;
    }
    default:
      for (const cir::Expr *Op : E->Ops)
        useExpr(Op, St, Emit);
    }
  }

  cir::Stmt *makeDestroy(cir::Local *L, SourceRange R) {
    cir::Stmt *D = S.makeStmt(cir::StmtKind::Destroy, R);
    D->Target = S.makeExpr(cir::ExprKind::LocalRef, L->Ty, R);
    D->Target->Var = L;
    if (L->Convention == ArgConvention::Deinit) {
      D->FieldsOnly = true;
      if (StructInfo *SI = S.getStructInfo(L->Ty)) {
        auto It = MovedFields.find(L);
        for (unsigned I = 0; I < SI->FieldTypes.size(); ++I)
          D->SkipFields.push_back(It != MovedFields.end() && It->second.count(I));
      }
    }
    return D;
  }

  /// Destroys (into Out) every owned value not in Live.
  void destroyDead(State &St, const Bits &Live, cir::StmtList *Out,
                   SourceRange R) {
    if (!St.Reachable)
      return;
    for (size_t I = 0; I < N; ++I) {
      if (!St.Maybe.test(I) || Live.test(I))
        continue;
      cir::Local *L = F.Locals[I];
      if (!isDestroyable(L))
        continue;
      cir::Stmt *D = Out ? makeDestroy(L, R) : nullptr;
      if (firstMovedField(L, St) >= 0) {
        // Fields moved out on every path: the others are destroyed one by
        // one (a struct with its own __del__ cannot lose a field).
        StructInfo *SI = S.getStructInfo(L->Ty);
        bool AllPaths = true;
        for (unsigned K = 0; K < PartialFields.size(); ++K)
          if (PartialFields[K].first == L &&
              St.Maybe.test(PartialBase + K) && !St.Def.test(PartialBase + K))
            AllPaths = false;
        if (SI && AllPaths && !SI->Methods.count("__del__")) {
          if (D) {
            D->FieldsOnly = true;
            D->SkipFields.assign(SI->FieldTypes.size(), false);
            for (unsigned K = 0; K < PartialFields.size(); ++K)
              if (PartialFields[K].first == L &&
                  !St.Maybe.test(PartialBase + K))
                D->SkipFields[PartialFields[K].second] = true;
          }
        } else {
          reportPartial(Out != nullptr, R, L, St, "destroying it");
        }
      }
      if (Out)
        Out->push_back(D);
      St.Def.reset(I);
      St.Maybe.reset(I);
    }
  }

  void emitList(cir::StmtList &L, State &St, bool Emit) {
    cir::StmtList NewList;
    cir::StmtList *Out = Emit ? &NewList : nullptr;
    SourceRange Start = L.empty() ? SourceRange() : L.front()->Range;
    if (auto It = LiveAtStart.find(&L); It != LiveAtStart.end())
      destroyDead(St, It->second, Out, Start);
    for (cir::Stmt *Stm : L) {
      if (!St.Reachable) {
        if (Out)
          Out->push_back(Stm);
        continue;
      }
      // A statement that may raise reaches the handler with the state
      // before it or after it (what it did before raising); one that cannot
      // does not reach it at all.
      bool Raises = TryStates && stmtMayRaise(*Stm);
      if (Raises)
        join(*TryStates, St);
      emitStmt(*Stm, St, Emit, Out);
      if (Out)
        Out->push_back(Stm);
      if (Raises)
        join(*TryStates, St);
      if (Stm->Grouped)
        continue;
      if (auto It = LiveAfter.find(Stm); It != LiveAfter.end())
        destroyDead(St, It->second, Out, Stm->Range);
    }
    if (Emit)
      L.swap(NewList);
  }

  void assignTarget(cir::Stmt &Stm, State &St, bool Emit) {
    const cir::Expr *T = Stm.Target;
    if (int PS = partialSlotOf(T); PS >= 0) {
      // Giving a moved-out field a value again: nothing to destroy first.
      if (Emit)
        Stm.InitOnly = !St.Maybe.test(PS);
      useLocal(T->Ops[0], St, Emit);
      St.Def.set(PS);
      St.Maybe.set(PS);
      return;
    }
    if (T->Kind == cir::ExprKind::LocalRef) {
      reportPartial(Emit, T->Range, T->Var, St, "assigning to it");
      int I = slotOf(T->Var);
      if (I < 0)
        return;
      // Nothing to destroy first when no path left a value there.
      if (Emit)
        Stm.InitOnly = !St.Maybe.test(I);
      St.Def.set(I);
      St.Maybe.set(I);
      if (T->Var == F.OutParam)
        for (unsigned K = 0; K < NumFields; ++K) {
          St.Def.set(FieldBase + K);
          St.Maybe.set(FieldBase + K);
        }
      return;
    }
    if (T->Kind == cir::ExprKind::FieldRef &&
        T->Ops[0]->Kind == cir::ExprKind::LocalRef &&
        T->Ops[0]->Var == F.OutParam && NumFields) {
      unsigned Slot = FieldBase + T->Index;
      if (Emit)
        Stm.InitOnly = !St.Maybe.test(Slot);
      St.Def.set(Slot);
      St.Maybe.set(Slot);
      return;
    }
    usePlace(T, St, Emit);
  }

  void emitStmt(cir::Stmt &Stm, State &St, bool Emit, cir::StmtList *Out) {
    switch (Stm.Kind) {
    case cir::StmtKind::Eval:
      useExpr(Stm.Value, St, Emit);
      if (Stm.Value)
        S.getLifecycle(Stm.Value->Ty); // codegen destroys discarded values
      return;
    case cir::StmtKind::Assign:
      useExpr(Stm.Value, St, Emit);
      S.getLifecycle(Stm.Target->Ty); // codegen destroys overwritten values
      assignTarget(Stm, St, Emit);
      return;
    case cir::StmtKind::If: {
      useExpr(Stm.Cond, St, Emit);
      State A = St, B = St;
      emitList(Stm.Body, A, Emit);
      emitList(Stm.Else, B, Emit);
      join(A, B);
      St = A;
      return;
    }
    case cir::StmtKind::Loop:
      return emitLoop(Stm, St, Emit);
    case cir::StmtKind::Break:
    case cir::StmtKind::Continue: {
      LoopCtx *C = Loops.empty() ? nullptr : Loops.back();
      if (C) {
        bool IsBreak = Stm.Kind == cir::StmtKind::Break;
        destroyDead(St, IsBreak ? C->BreakLive : C->ContinueLive, Out, Stm.Range);
        join(IsBreak ? C->BreakState : C->ContinueState, St);
        (IsBreak ? C->AnyBreak : C->AnyContinue) = true;
      }
      St.Reachable = false;
      return;
    }
    case cir::StmtKind::Return:
      useExpr(Stm.Value, St, Emit);
      if (!Stm.Value)
        checkOutFields(St, Stm.Range.Begin);
      if (Emit)
        checkPartialArgs(St, Stm.Range.Begin, /*Exit=*/true);
      St.Reachable = false;
      return;
    case cir::StmtKind::Raise:
      useExpr(Stm.Value, St, Emit);
      if (Emit)
        checkPartialArgs(St, Stm.Range.Begin, /*Exit=*/true);
      if (TryStates)
        join(*TryStates, St);
      St.Reachable = false;
      return;
    case cir::StmtKind::Try:
      return emitTry(Stm, St, Emit);
    case cir::StmtKind::Block:
      emitList(Stm.Body, St, Emit);
      return;
    case cir::StmtKind::Destroy:
      return;
    }
  }

  void emitLoop(cir::Stmt &Stm, State &St, bool Emit) {
    // The state at the loop head: a fixpoint over the back edge (computed
    // without emitting), then one emitting pass from it.
    State Head = St;
    for (unsigned Iter = 0; Iter < 16; ++Iter) {
      State H = Head;
      LoopCtx C = makeLoopCtx(Stm);
      Loops.push_back(&C);
      emitList(Stm.Prelude, H, false);
      useExpr(Stm.Cond, H, false);
      State Body = H;
      emitList(Stm.Body, Body, false);
      Loops.pop_back();
      State Next = St;
      join(Next, Body);
      if (C.AnyContinue)
        join(Next, C.ContinueState);
      if (Next.Def == Head.Def && Next.Maybe == Head.Maybe)
        break;
      Head = Next;
    }
    LoopCtx C = makeLoopCtx(Stm);
    Loops.push_back(&C);
    State H = Head;
    emitList(Stm.Prelude, H, Emit);
    useExpr(Stm.Cond, H, Emit);
    State Body = H;
    emitList(Stm.Body, Body, Emit);
    Loops.pop_back();
    State Exit = H; // the condition was false
    emitList(Stm.Else, Exit, Emit);
    if (C.AnyBreak)
      join(Exit, C.BreakState);
    if (!Stm.Cond && !C.AnyBreak)
      Exit.Reachable = false; // `while True` without break
    St = Exit;
  }

  LoopCtx makeLoopCtx(cir::Stmt &Stm) {
    LoopCtx C;
    C.BreakState.Reachable = false;
    C.ContinueState.Reachable = false;
    C.BreakLive = LiveAfter.count(&Stm) ? LiveAfter[&Stm] : Bits(Slots);
    C.ContinueLive = LiveAtStart.count(&Stm.Prelude) ? LiveAtStart[&Stm.Prelude]
                                                      : Bits(Slots);
    return C;
  }

  void emitTry(cir::Stmt &Stm, State &St, bool Emit) {
    State Raised;
    Raised.Reachable = false;
    State *SavedTry = TryStates;
    if (Stm.HasHandler)
      TryStates = &Raised;
    emitList(Stm.Body, St, Emit);
    TryStates = SavedTry;
    emitList(Stm.Else, St, Emit);
    if (Stm.HasHandler && Raised.Reachable) {
      if (Stm.ErrorVar)
        if (int I = slotOf(Stm.ErrorVar); I >= 0) {
          Raised.Def.set(I);
          Raised.Maybe.set(I);
        }
      emitList(Stm.Handler, Raised, Emit);
      join(St, Raised);
    }
    emitList(Stm.Finally, St, Emit);
  }

  Sema &S;
  cir::Function &F;
  size_t N = 0, Slots = 0;
  unsigned FieldBase = 0, NumFields = 0;
  std::vector<llvm::StringRef> FieldNames;
  size_t PartialBase = 0;
  std::vector<std::pair<const cir::Local *, unsigned>> PartialFields;
  std::map<std::pair<const cir::Local *, unsigned>, size_t> PartialSlot;
  llvm::DenseMap<const cir::Local *, size_t> Index;
  llvm::DenseMap<int, Bits> Borrows; // view slot -> the slots it borrows
  llvm::DenseMap<const cir::Stmt *, Bits> LiveAfter;
  llvm::DenseMap<const cir::StmtList *, Bits> LiveAtStart;
  llvm::DenseMap<int, SourceRange> MovedAt;
  llvm::DenseMap<const cir::Local *, llvm::SmallSet<unsigned, 4>> MovedFields;
  llvm::SmallPtrSet<const cir::Local *, 4> Reported;
  bool ReportedFields = false;
  std::vector<LoopCtx *> Loops;
  State *TryStates = nullptr;
};

} // namespace

void ignis::sema::runOwnershipPass(Sema &S, cir::Function &F) {
  OwnershipPass(S, F).run();
}
