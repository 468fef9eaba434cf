#include "itemmodels/strategydocument.h"

#include "shell/language.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace tierwise {

namespace {

using Target = StrategyDocument::Target;

// A step of a strategy document, named in the language shown (retranslate() names it again).
class StrategyCommand : public QUndoCommand
{
public:
    StrategyCommand(const StrategyDocument *doc, StrategyDocument::StepText text)
        : QUndoCommand(text()), m_owner(doc), m_text(std::move(text))
    {
    }
    const StrategyDocument *owner() const { return m_owner; }
    void retranslate() { setText(m_text()); }

private:
    const StrategyDocument *m_owner;
    StrategyDocument::StepText m_text;
};

// One field of several drafts: the values before and after.
class SetFieldCommand final : public StrategyCommand
{
public:
    SetFieldCommand(StrategyDocument *doc, QList<Target> targets, planning::Field field, QList<QVariant> before,
                    QList<QVariant> after, StrategyDocument::StepText text)
        : StrategyCommand(doc, std::move(text)), m_doc(doc), m_generation(doc->generation()),
          m_targets(std::move(targets)), m_field(field), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    void undo() override
    {
        if (m_doc->generation() == m_generation)
            m_doc->applyValues(m_targets, m_field, m_before);
    }
    void redo() override
    {
        if (m_doc->generation() == m_generation)
            m_doc->applyValues(m_targets, m_field, m_after);
    }
    // Typing in one field of the same drafts is one step.
    int id() const override { return 0x57a7; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const SetFieldCommand *>(other);
        if (o->m_doc != m_doc || o->m_generation != m_generation || o->m_field != m_field || o->m_targets != m_targets)
            return false;
        // Free text typed in: one step; choices, ticks and numbers: every change is a step.
        using F = planning::Field;
        if (m_field != F::Objective && m_field != F::Notes && m_field != F::Events && m_field != F::FeeWaivers)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    StrategyDocument *m_doc;
    int m_generation;
    QList<Target> m_targets;
    planning::Field m_field;
    QList<QVariant> m_before, m_after;
};

class SetDraftsCommand final : public StrategyCommand
{
public:
    SetDraftsCommand(StrategyDocument *doc, QList<Target> targets, QList<planning::Strategy> before,
                     QList<planning::Strategy> after, StrategyDocument::StepText text)
        : StrategyCommand(doc, std::move(text)), m_doc(doc), m_generation(doc->generation()),
          m_targets(std::move(targets)), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override
    {
        if (m_doc->generation() == m_generation)
            m_doc->applyDrafts(m_targets, m_before);
    }
    void redo() override
    {
        if (m_doc->generation() == m_generation)
            m_doc->applyDrafts(m_targets, m_after);
    }

private:
    StrategyDocument *m_doc;
    int m_generation;
    QList<Target> m_targets;
    QList<planning::Strategy> m_before, m_after;
};

} // namespace

StrategyDocument::StrategyDocument(QUndoStack *undo, QObject *parent) : QObject(parent), m_undo(undo)
{
    // Synchronously on a switch, before the windows' LanguageChange events: the Edit menu then
    // reads the steps' new texts.
    bindTranslation(this, [this] { retranslateSteps(); });
}

void StrategyDocument::retranslateSteps()
{
    if (!m_undo || m_undo->count() == 0)
        return;
    for (int i = 0; i < m_undo->count(); ++i)
        // The stack holds them as const; they are this document's own, created non-const.
        if (auto *step = dynamic_cast<const StrategyCommand *>(m_undo->command(i)); step && step->owner() == this)
            const_cast<StrategyCommand *>(step)->retranslate();
    // The window's Edit ▸ Undo / Redo read undoText() when they retranslate, after this.
}

Status StrategyDocument::load(sqlite3 *db)
{
    Result<std::vector<planning::Strategy>> latest = planning::latestStrategies(db);
    if (!latest)
        return latest.error();
    clear();
    for (const planning::Strategy &s : *latest)
        m_saved.insert({s.segmentKey, s.branchId}, s);
    emit changed(m_saved.keys());
    return {};
}

void StrategyDocument::clear()
{
    ++m_generation;
    m_saved.clear();
    m_drafts.clear();
}

planning::Strategy StrategyDocument::draft(const Target &target) const
{
    if (const auto it = m_drafts.constFind(target); it != m_drafts.cend())
        return *it;
    return saved(target);
}

planning::Strategy StrategyDocument::saved(const Target &target) const
{
    if (const auto it = m_saved.constFind(target); it != m_saved.cend())
        return *it;
    planning::Strategy empty;
    empty.segmentKey = target.first;
    empty.branchId = target.second;
    return empty;
}

bool StrategyDocument::isDirty(const Target &target) const
{
    const auto it = m_drafts.constFind(target);
    return it != m_drafts.cend() && !planning::differences(*it, saved(target)).empty();
}

QList<Target> StrategyDocument::dirtyTargets() const
{
    QList<Target> out;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it)
        if (isDirty(it.key()))
            out << it.key();
    return out;
}

void StrategyDocument::setField(const QList<Target> &targets, planning::Field field,
                                const std::function<QVariant(const QVariant &)> &change, StepText text)
{
    QList<QVariant> before, after;
    bool any = false;
    for (const Target &t : targets) {
        const planning::Strategy d = draft(t);
        const QVariant old = d.value(field);
        planning::Strategy next = d;
        next.setValue(field, change(old));
        before << old;
        after << next.value(field);
        any = any || !next.sameValue(field, d);
    }
    if (!any)
        return;
    m_undo->push(new SetFieldCommand(this, targets, field, before, after, std::move(text)));
}

void StrategyDocument::setDrafts(const QList<Target> &targets, const QList<planning::Strategy> &drafts, StepText text)
{
    QList<planning::Strategy> before;
    for (const Target &t : targets)
        before << draft(t);
    m_undo->push(new SetDraftsCommand(this, targets, before, drafts, std::move(text)));
}

void StrategyDocument::applyValues(const QList<Target> &targets, planning::Field field, const QList<QVariant> &values)
{
    for (int i = 0; i < targets.size() && i < values.size(); ++i) {
        planning::Strategy d = draft(targets.at(i));
        d.setValue(field, values.at(i));
        m_drafts.insert(targets.at(i), d);
    }
    emit changed(targets);
}

void StrategyDocument::applyDrafts(const QList<Target> &targets, const QList<planning::Strategy> &drafts)
{
    for (int i = 0; i < targets.size() && i < drafts.size(); ++i) {
        planning::Strategy d = drafts.at(i);
        // Only the fields are replaced: the draft stays the one of its target and version.
        const planning::Strategy current = draft(targets.at(i));
        d.segmentKey = current.segmentKey;
        d.branchId = current.branchId;
        d.version = current.version;
        d.strategyId = current.strategyId;
        d.author = current.author;
        d.savedAt = current.savedAt;
        m_drafts.insert(targets.at(i), d);
    }
    emit changed(targets);
}

Status StrategyDocument::save(sqlite3 *db, const QList<Target> &targets)
{
    QList<Target> done;
    for (const Target &t : targets) {
        if (!isDirty(t))
            continue;
        planning::Strategy d = draft(t);
        if (Status s = planning::saveStrategy(db, d); !s) {
            if (!done.isEmpty())
                emit saved(done);
            return s;
        }
        m_saved.insert(t, d);
        m_drafts.insert(t, d);
        done << t;
    }
    if (!done.isEmpty()) {
        emit saved(done);
        emit changed(done);
    }
    return {};
}

} // namespace tierwise
