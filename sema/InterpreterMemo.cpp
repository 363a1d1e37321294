//===- InterpreterMemo.cpp - Keys of memoised compile-time calls ----------===//
//
// A pure call (no pointers among its arguments) is remembered by its
// function and argument values (Interpreter::call). The key is the values'
// raw bytes, each part tagged and sized so that no two values share one:
// built on the stack without formatting, hashed by the StringMap.
//
//===----------------------------------------------------------------------===//
#include "sema/Interpreter.h"

using namespace ignis;
using namespace ignis::sema;

bool Interpreter::memoKey(const IValue &V, llvm::SmallVectorImpl<char> &Key) {
  switch (V.K) {
  case IValue::Kind::Pointer:
  case IValue::Kind::Undef:
    return false;
  case IValue::Kind::Int:
    Key.push_back('i');
    appendRaw(Key, static_cast<uint32_t>(V.Ints.size()));
    for (const llvm::APInt &A : V.Ints) {
      appendRaw(Key, A.getBitWidth());
      const char *Words = reinterpret_cast<const char *>(A.getRawData());
      Key.append(Words, Words + A.getNumWords() * sizeof(uint64_t));
    }
    return true;
  case IValue::Kind::Float:
    Key.push_back('f');
    appendRaw(Key, static_cast<uint32_t>(V.Floats.size()));
    for (double D : V.Floats)
      appendRaw(Key, D);
    return true;
  case IValue::Kind::String:
    Key.push_back('s');
    appendRaw(Key, V.Str.size());
    Key.append(V.Str.begin(), V.Str.end());
    return true;
  case IValue::Kind::None:
    Key.push_back('n');
    return true;
  case IValue::Kind::Aggregate:
    Key.push_back('{');
    appendRaw(Key, static_cast<uint32_t>(V.Elems.size()));
    for (const IValue &E : V.Elems)
      if (!memoKey(E, Key))
        return false;
    return true;
  }
  return false;
}

bool Interpreter::memoizable(const IValue &V) {
  switch (V.K) {
  case IValue::Kind::Pointer:
  case IValue::Kind::Undef:
    return false;
  case IValue::Kind::Aggregate:
    for (const IValue &E : V.Elems)
      if (!memoizable(E))
        return false;
    return true;
  default:
    return true;
  }
}
