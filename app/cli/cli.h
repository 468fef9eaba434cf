#pragma once

// tierwise-cli: the engine without a window. Each command returns the process exit code:
// 0 success, 2 rejected input (reason on stderr), 1 internal error, 130 cancelled.

#include <QStringList>

namespace tierwise::cli {

enum ExitCode { Ok = 0, Internal = 1, BadInput = 2, Cancelled = 130 };

int run(const QStringList &arguments);

// Where the command stands in the arguments: after the program and any leading --lang LANG or
// --lang=LANG (the program's own option). arguments.size() when there is none.
int commandIndex(const QStringList &arguments);

int generate(const QStringList &arguments);
int import(const QStringList &arguments);
int info(const QStringList &arguments);
int segment(const QStringList &arguments);
int clv(const QStringList &arguments);
int brief(const QStringList &arguments);
int demo(const QStringList &arguments);

} // namespace tierwise::cli
