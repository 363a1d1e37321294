//===- AST.cpp - Names and spellings of AST kinds and operators -----------===//
#include "frontend/AST.h"

using namespace ignis;

llvm::StringRef ignis::getNodeKindName(NodeKind K) {
  switch (K) {
#define EXPR(Name)                                                             \
  case NodeKind::Name##Expr:                                                   \
    return #Name "Expr";
#include "frontend/ASTNodes.def"
#define STMT(Name)                                                             \
  case NodeKind::Name##Stmt:                                                   \
    return #Name "Stmt";
#include "frontend/ASTNodes.def"
#define DECL(Name)                                                             \
  case NodeKind::Name##Decl:                                                   \
    return #Name "Decl";
#include "frontend/ASTNodes.def"
  }
  return "<unknown>";
}

llvm::StringRef ignis::getSpelling(UnaryOp Op) {
  switch (Op) {
  case UnaryOp::Neg: return "-";
  case UnaryOp::Pos: return "+";
  case UnaryOp::Invert: return "~";
  case UnaryOp::Not: return "not";
  case UnaryOp::Await: return "await";
  }
  return "?";
}

llvm::StringRef ignis::getSpelling(BinaryOp Op) {
  switch (Op) {
  case BinaryOp::Add: return "+";
  case BinaryOp::Sub: return "-";
  case BinaryOp::Mul: return "*";
  case BinaryOp::Div: return "/";
  case BinaryOp::FloorDiv: return "//";
  case BinaryOp::Mod: return "%";
  case BinaryOp::Pow: return "**";
  case BinaryOp::MatMul: return "@";
  case BinaryOp::Shl: return "<<";
  case BinaryOp::Shr: return ">>";
  case BinaryOp::BitAnd: return "&";
  case BinaryOp::BitOr: return "|";
  case BinaryOp::BitXor: return "^";
  case BinaryOp::And: return "and";
  case BinaryOp::Or: return "or";
  }
  return "?";
}

llvm::StringRef ignis::getSpelling(CompareOp Op) {
  switch (Op) {
  case CompareOp::Eq: return "==";
  case CompareOp::Ne: return "!=";
  case CompareOp::Lt: return "<";
  case CompareOp::Le: return "<=";
  case CompareOp::Gt: return ">";
  case CompareOp::Ge: return ">=";
  case CompareOp::Is: return "is";
  case CompareOp::IsNot: return "is not";
  case CompareOp::In: return "in";
  case CompareOp::NotIn: return "not in";
  }
  return "?";
}

llvm::StringRef ignis::getSpelling(ArgConvention C) {
  switch (C) {
  case ArgConvention::Default: return "";
  case ArgConvention::Read: return "read";
  case ArgConvention::Imm: return "imm";
  case ArgConvention::Mut: return "mut";
  case ArgConvention::Var: return "var";
  case ArgConvention::Out: return "out";
  case ArgConvention::Ref: return "ref";
  case ArgConvention::Deinit: return "deinit";
  case ArgConvention::Owned: return "owned";
  case ArgConvention::Inout: return "inout";
  case ArgConvention::Borrowed: return "borrowed";
  }
  return "?";
}
