#pragma once

// Settings ▸ Rules: the editable rule sets the analyses use — value tiers (with branch
// overrides), margin rates, lifecycle stages, early-warning thresholds and next-best product
// rules — as JSON with the engine's own checks. Saved rules live in the user's data folder and
// are used by every analysis started from the window; "Restore Defaults" goes back to the
// shipped ones.

#include "result.h"

#include <QDialog>

#include <functional>
#include <vector>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tierwise {

class RulesDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class RuleSet { Tiers, MarginRates, Lifecycle, Warnings, Products, Pricing, Count_ };

    explicit RulesDialog(QWidget *parent = nullptr);

    // The file the analyses should read for a rule set: the saved one, or "" for the defaults.
    static QString rulesFile(RuleSet set);
    // The rule set's JSON as shown (saved or default).
    static QByteArray currentJson(RuleSet set);
    // Checks and saves the JSON for the set; the error names the key.
    static Status save(RuleSet set, const QByteArray &json);
    static void restoreDefaults(RuleSet set);

    // For tests: the editor and the chosen set.
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *saveButton() const { return m_save; }
    void choose(RuleSet set);
    QString message() const;
    bool apply(); // checks and saves the shown set; false (with the message) if it is invalid

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the message under the editor says; shown again in another language from this.
    enum class Message { None, Shipped, Saved, Restored, Invalid, Valid, SavedNow, NotSaved };

    void retranslate();
    void showSet(int index);
    void check();
    void setMessage(Message message, const QString &detail = QString());
    void showMessage();

    QListWidget *m_sets = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_defaults = nullptr;
    Message m_shown = Message::None;
    QString m_detail; // the engine's reason for Invalid and NotSaved
    int m_current = -1;
    bool m_invalid = false;
};

} // namespace tierwise
