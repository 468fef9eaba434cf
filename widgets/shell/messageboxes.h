#pragma once

// Window-modal message boxes that never block the caller (open(), not exec()): the default
// error and question handlers of the windows, which tests replace with their own.

#include <QMessageBox>

#include <functional>

namespace tierwise {

// A window-modal box that deletes itself when closed; the caller opens it.
QMessageBox *messageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                        QMessageBox::StandardButtons buttons = QMessageBox::Ok);
// A warning with an OK button.
void showWarning(QWidget *parent, const QString &title, const QString &text);
// A Yes/No question (No is the default button); `answer` is called once with the choice.
void askYesNo(QWidget *parent, const QString &title, const QString &text, std::function<void(bool yes)> answer);

} // namespace tierwise
