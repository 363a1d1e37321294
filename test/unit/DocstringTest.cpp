//===- DocstringTest.cpp - Google-style docstrings split into their parts -===//
#include "tools/doc/Docstring.h"

#include <gtest/gtest.h>

using namespace ignis::doc;

TEST(Docstring, SummaryDescriptionAndSections) {
  Docstring D = parseDocstring("Adds two numbers,\n"
                               "    saturating.\n"
                               "\n"
                               "    More detail here.\n"
                               "\n"
                               "    Example:\n"
                               "        add(1, 2)\n"
                               "\n"
                               "    Args:\n"
                               "        a: The first.\n"
                               "        *rest (Int): The others,\n"
                               "            all of them.\n"
                               "\n"
                               "    Returns:\n"
                               "        The sum.\n"
                               "\n"
                               "        Never negative.\n"
                               "\n"
                               "    Raises:\n"
                               "        On overflow.\n");
  EXPECT_EQ(D.Summary, "Adds two numbers, saturating.");
  // Unknown headings stay in the description, indentation relative.
  EXPECT_EQ(D.Description, "More detail here.\n\nExample:\n    add(1, 2)");
  ASSERT_EQ(D.Args.size(), 2u);
  EXPECT_EQ(D.Args[0].first, "a");
  EXPECT_EQ(D.Args[0].second, "The first.");
  EXPECT_EQ(D.Args[1].first, "rest");
  EXPECT_EQ(D.Args[1].second, "The others, all of them.");
  EXPECT_EQ(Docstring::lookup(D.Args, "*rest"), "The others, all of them.");
  EXPECT_EQ(Docstring::lookup(D.Args, "missing"), "");
  EXPECT_EQ(D.Returns, "The sum.\nNever negative.");
  EXPECT_EQ(D.Raises, "On overflow.");
  EXPECT_TRUE(D.Parameters.empty());
}

TEST(Docstring, EmptyAndSummaryOnly) {
  Docstring Empty = parseDocstring("");
  EXPECT_EQ(Empty.Summary, "");
  EXPECT_EQ(Empty.Description, "");
  Docstring D = parseDocstring("\n    Just a line.\n    ");
  EXPECT_EQ(D.Summary, "Just a line.");
  EXPECT_EQ(D.Description, "");
}

TEST(Docstring, ParametersAndConstraints) {
  Docstring D = parseDocstring("S.\n\nParameters:\n  T: A type.\n\n"
                               "Constraints:\n  T is Copyable.\n");
  ASSERT_EQ(D.Parameters.size(), 1u);
  EXPECT_EQ(D.Parameters[0].first, "T");
  EXPECT_EQ(D.Parameters[0].second, "A type.");
  EXPECT_EQ(D.Constraints, "T is Copyable.");
}
