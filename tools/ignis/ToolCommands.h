//===- ToolCommands.h - Subcommands for source tools (format, doc) --------===//
#ifndef IGNIS_TOOLS_IGNIS_TOOLCOMMANDS_H
#define IGNIS_TOOLS_IGNIS_TOOLCOMMANDS_H

namespace ignis {

/// `ignis format`: FormatCommand.cpp. Returns the exit status.
bool isFormatCommandSelected();
int runFormatCommand();
/// `ignis doc`: DocCommand.cpp.
bool isDocCommandSelected();
int runDocCommand();

} // namespace ignis

#endif
