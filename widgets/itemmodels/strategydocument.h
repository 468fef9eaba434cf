#pragma once

// The workspace's strategies being edited: the saved newest version of each (segment, branch)
// and a draft of it. Edits go through undo commands on the workspace's QUndoStack, so Edit ▸
// Undo takes back a strategy edit like any other; saving writes a new version of every changed
// draft (nothing is overwritten).
//
// Guarantees:
// - setField changes one field of one or several drafts in one undoable step; consecutive edits
//   of the same field of the same drafts (typing) merge into one step.
// - changed(targets) is emitted after every change, undo and redo; saved() after a save.
// - A target without a saved version has an empty draft (only its segment key and branch) until
//   edited; isDirty says whether its draft differs from the saved version.
// - A language switch names the undo steps again in the new language (their text is a function,
//   not a string); the drafts and the undo history stay as they are.

#include "planning/strategy.h"
#include "result.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QVariant>

#include <functional>

class QUndoStack;
struct sqlite3;

namespace tierwise {

class StrategyDocument final : public QObject
{
    Q_OBJECT

public:
    using Target = QPair<QString, QString>; // segment key, branch ("" = bank-wide)
    using StepText = std::function<QString()>; // names an undo step in the language shown now

    StrategyDocument(QUndoStack *undo, QObject *parent = nullptr);

    // Reads the newest saved version of every strategy and drops the drafts; undo steps of
    // earlier edits then do nothing.
    Status load(sqlite3 *db);
    void clear();

    planning::Strategy draft(const Target &target) const;
    // The saved newest version, or an empty strategy (version 0) if none.
    planning::Strategy saved(const Target &target) const;
    bool isDirty(const Target &target) const;
    QList<Target> dirtyTargets() const;

    // One undoable step: for each target, the field's new value from its current value (for a
    // checked list item: add or remove it, keeping the rest). `text` names the step in Edit ▸ Undo.
    void setField(const QList<Target> &targets, planning::Field field,
                  const std::function<QVariant(const QVariant &current)> &change, StepText text);
    // Replaces whole drafts (a template applied), as one undoable step.
    void setDrafts(const QList<Target> &targets, const QList<planning::Strategy> &drafts, StepText text);

    // Saves every dirty draft among `targets` as a new version; stops at the first error.
    Status save(sqlite3 *db, const QList<Target> &targets);

    // Used by the undo commands.
    void applyValues(const QList<Target> &targets, planning::Field field, const QList<QVariant> &values);
    void applyDrafts(const QList<Target> &targets, const QList<planning::Strategy> &drafts);
    QUndoStack *undoStack() const { return m_undo; }
    int generation() const { return m_generation; }

signals:
    void changed(const QList<Target> &targets);
    void saved(const QList<Target> &targets);

private:
    // Names this document's undo steps again (after a language switch).
    void retranslateSteps();

    QUndoStack *m_undo = nullptr;
    QMap<Target, planning::Strategy> m_saved;
    QMap<Target, planning::Strategy> m_drafts;
    int m_generation = 0; // commands of an earlier load are ignored
};

} // namespace tierwise
