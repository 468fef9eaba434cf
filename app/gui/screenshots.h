#pragma once

// For the documentation and visual checks: once the book has loaded, show a valued customer in
// the profile, grab every view of the window (DIR/NN-view.png), then choose a segment in the
// navigator and grab the map and the table with that selection; then quit.

#include <QString>

namespace tierwise {

class MainWindow;

void takeScreenshots(MainWindow &window, const QString &dir);

} // namespace tierwise
