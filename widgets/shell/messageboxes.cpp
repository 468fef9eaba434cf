#include "shell/messageboxes.h"

#include <QAbstractButton>

namespace tierwise {

QMessageBox *messageBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                        QMessageBox::StandardButtons buttons)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    return box;
}

void showWarning(QWidget *parent, const QString &title, const QString &text)
{
    messageBox(parent, QMessageBox::Warning, title, text)->open();
}

void askYesNo(QWidget *parent, const QString &title, const QString &text, std::function<void(bool)> answer)
{
    QMessageBox *box = messageBox(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No);
    box->setDefaultButton(QMessageBox::No);
    QObject::connect(box, &QMessageBox::finished, box, [box, answer = std::move(answer)](int) {
        answer(box->clickedButton() == box->button(QMessageBox::Yes));
    });
    box->open();
}

} // namespace tierwise
