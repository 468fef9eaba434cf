#include "editors/strategyeditor.h"

#include "i18n/figures.h"
#include "i18n/language.h"

#include "analytics/bookview.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QThreadPool>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace tierwise {

using planning::Field;
using planning::Strategy;

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
constexpr double kNoTarget = -1000; // a target spin box at its minimum: "no target"

bool isText(Field f) { return f == Field::Objective || f == Field::Notes; }
bool isLines(Field f) { return f == Field::Events || f == Field::FeeWaivers; }
bool isChecklist(Field f) { return f == Field::Products || f == Field::Channels; }
bool isChoice(Field f) { return f == Field::Cadence || f == Field::ServiceLevel; }
bool isBp(Field f) { return f == Field::DepositPremiumBp || f == Field::LoanDiscountBp; }
bool isTarget(Field f)
{
    return f == Field::ReachTarget || f == Field::ParticipationTarget || f == Field::ConversionTarget
           || f == Field::AumGrowthTarget;
}

// A product as the products list shows it: code, name (the catalogue's, as stored) and risk level.
QString productLabel(const planning::Product &p)
{
    return p.riskLevel > 0 ? StrategyEditor::tr("%1  %2  (R%3)").arg(p.code, p.name).arg(p.riskLevel)
                           : StrategyEditor::tr("%1  %2").arg(p.code, p.name);
}

// The result of a campaign for the KPI view: "9.4 % converted (campaign "X"), lift +3.1 pp
// [0.8, 5.4]".
QString actualText(const planning::KpiActual &a)
{
    const QLocale locale;
    const auto pct = [&](double v) { return locale.toString(v * 100, 'f', 1); };
    QString text = StrategyEditor::tr("Actual: %1 % converted in \"%2\"").arg(pct(a.overall.treatedRate), a.campaignName);
    if (std::isfinite(a.overall.lift))
        text += StrategyEditor::tr(", lift %1 pp (95 % CI %2 to %3)")
                    .arg((a.overall.lift >= 0 ? QStringLiteral("+") : QString()) + pct(a.overall.lift),
                         pct(a.overall.liftLow), pct(a.overall.liftHigh));
    return text;
}

// The history of a strategy: names itself again on a language switch.
class HistoryDialog final : public QDialog
{
public:
    using QDialog::QDialog;
    void setRetranslate(std::function<void()> retranslate)
    {
        m_retranslate = std::move(retranslate);
        m_retranslate();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && m_retranslate)
            m_retranslate();
        QDialog::changeEvent(event);
    }

private:
    std::function<void()> m_retranslate;
};

// "Version 3 — wang, 2026-10-31 14:02" in the user's locale; none: the current draft.
QString versionText(const std::optional<Strategy> &s)
{
    if (!s)
        return StrategyEditor::tr("The current draft");
    const QDateTime saved = QDateTime::fromString(s->savedAt, Qt::ISODateWithMs).toLocalTime();
    return StrategyEditor::tr("Version %1 — %2, %3").arg(s->version).arg(s->author, figures::dateTime(saved));
}

} // namespace

StrategyEditor::StrategyEditor(QUndoStack *undo, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("StrategyEditor"));
    m_doc = new StrategyDocument(undo, this);
    m_limits = planning::PricingLimits::defaults();

    m_segmentation = new QComboBox;
    m_segmentation->setMinimumContentsLength(20);
    m_branch = new QComboBox;
    m_branch->setMinimumContentsLength(12);
    m_templates = new QToolButton;
    m_templates->setPopupMode(QToolButton::InstantPopup);
    m_templates->setMenu(new QMenu(m_templates));
    // Filled when opened: the templates, the chosen tiers' own marked.
    connect(m_templates->menu(), &QMenu::aboutToShow, this, &StrategyEditor::fillTemplateMenu);
    m_history = new QPushButton;
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), QString());
    auto *saveKey = new QShortcut(QKeySequence::Save, this, this, [this] { m_save->click(); },
                                  Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(saveKey)
    auto *bar = new QHBoxLayout;
    m_segmentationLabel = new QLabel;
    m_segmentationLabel->setBuddy(m_segmentation);
    m_branchLabel = new QLabel;
    m_branchLabel->setBuddy(m_branch);
    bar->addWidget(m_segmentationLabel);
    bar->addWidget(m_segmentation);
    bar->addWidget(m_branchLabel);
    bar->addWidget(m_branch);
    bar->addStretch(1);
    bar->addWidget(m_templates);
    bar->addWidget(m_history);
    bar->addWidget(m_save);

    m_segments = new QListWidget;
    m_segments->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_segments->setMinimumWidth(180);

    m_overrideNote = new QLabel;
    m_overrideNote->setWordWrap(true);
    m_overrideNote->hide();
    m_checks = new QListWidget;
    m_checks->setMaximumHeight(110);
    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = buildForm();
    scroll->setWidget(m_form);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_overrideNote);
    rightLayout->addWidget(scroll, 1);
    m_checksLabel = new QLabel;
    rightLayout->addWidget(m_checksLabel);
    rightLayout->addWidget(m_checks);
    auto *split = new QSplitter;
    split->addWidget(m_segments);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_empty, 1);
    layout->addWidget(split, 1);
    split->hide();
    connect(this, &StrategyEditor::contextReady, split, [split, this] { split->setVisible(m_segments->count() > 0); });

    connect(m_segmentation, &QComboBox::currentIndexChanged, this, [this, split] {
        fillSegments();
        split->setVisible(m_segments->count() > 0);
        m_empty->setVisible(m_segments->count() == 0);
        loadContext();
    });
    connect(m_branch, &QComboBox::currentIndexChanged, this, [this] {
        refreshSegmentMarks();
        refreshForm();
    });
    connect(m_segments, &QListWidget::itemSelectionChanged, this, &StrategyEditor::refreshForm);
    connect(m_doc, &StrategyDocument::changed, this, [this] {
        refreshSegmentMarks();
        refreshForm();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const int n = int(m_doc->dirtyTargets().size());
        if (Status s = saveAll(); !s) {
            if (m_showError)
                m_showError(tr("Save Strategies"), s.error().message);
            return;
        }
        emit statusMessage(n == 0 ? tr("No changes to save.") : tr("%n strategy version(s) saved.", nullptr, n));
    });
    connect(m_history, &QPushButton::clicked, this, &StrategyEditor::showHistory);
    retranslate();
    m_segments->setFocus();
}

StrategyEditor::~StrategyEditor() = default;

void StrategyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// The texts of the editor in the language shown; what the user typed, the choices and the undo
// history stay as they are.
void StrategyEditor::retranslate()
{
    m_templates->setText(tr("Start from &Template"));
    m_templates->setToolTip(tr("Replace the chosen strategies with a template for a tier or group (undoable)"));
    m_history->setText(tr("&History…"));
    m_history->setToolTip(tr("Every saved version with its author; compare two versions"));
    m_save->setText(tr("&Save Changes"));
    m_save->setToolTip(tr("Save every changed strategy as a new version (Ctrl+S)"));
    m_segmentationLabel->setText(tr("Se&gmentation:"));
    m_branchLabel->setText(tr("&Branch:"));
    m_segments->setToolTip(tr("Choose one segment, or several (Ctrl/Shift) to edit them together"));
    m_checks->setToolTip(tr("Suitability and pricing checks of the chosen strategies"));
    m_checksLabel->setText(tr("Checks:"));
    m_empty->setText(tr("Open a workspace and run the value tiers (Analyze ▸ Value Tiers) to plan a strategy per tier."));
    m_groups[0]->setTitle(tr("Offer"));
    m_groups[1]->setTitle(tr("Pricing"));
    m_groups[2]->setTitle(tr("Events, targets and budget"));
    m_groups[3]->setTitle(tr("Notes"));
    // The templates are read in the new language when the menu opens next.
    if (m_templates->menu()->isVisible())
        fillTemplateMenu();
    else
        m_templates->menu()->clear();
    retranslateFields();
    retranslateSegments();
    refreshSegmentMarks();
    refreshForm(); // field labels, checks, override note and KPI view
}

void StrategyEditor::fillTemplateMenu()
{
    QMenu *menu = m_templates->menu();
    menu->clear();
    const QList<Target> targets = currentTargets();
    for (const planning::StrategyTemplate &tmpl : templates()) {
        QAction *a = menu->addAction(tmpl.name, this, [this, id = tmpl.id] { applyTemplate(id); });
        for (const Target &t : targets)
            if (tmpl.appliesTo.contains(t.first.section(QLatin1Char('/'), 1)))
                a->setText(tr("%1 (for this tier)").arg(tmpl.name));
    }
}

QWidget *StrategyEditor::buildForm()
{
    auto *form = new QWidget;
    auto *column = new QVBoxLayout(form);
    std::size_t groups = 0;
    const auto group = [&](std::initializer_list<Field> fields) {
        auto *groupBox = new QGroupBox;
        m_groups[groups++] = groupBox;
        auto *grid = new QFormLayout(groupBox);
        grid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const Field f : fields) {
            QWidget *w = nullptr;
            if (isText(f) || isLines(f)) {
                auto *text = new QPlainTextEdit;
                text->setTabChangesFocus(true);
                text->setFixedHeight(isText(f) ? 64 : 56);
                connect(text, &QPlainTextEdit::textChanged, this, [this, f, text] {
                    if (m_updating)
                        return;
                    const QString value = text->toPlainText();
                    if (isLines(f))
                        edit(f, [value](const QVariant &) { return QVariant(value.split(QLatin1Char('\n'))); });
                    else
                        edit(f, [value](const QVariant &) { return QVariant(value); });
                });
                w = text;
            } else if (isChecklist(f)) {
                auto *list = new QListWidget;
                list->setFixedHeight(f == Field::Products ? 150 : 96);
                connect(list, &QListWidget::itemChanged, this, [this, f](QListWidgetItem *item) {
                    if (m_updating)
                        return;
                    const QString key = item->data(kKeyRole).toString();
                    const bool on = item->checkState() != Qt::Unchecked;
                    edit(f, [key, on](const QVariant &current) {
                        QStringList keys = current.toStringList();
                        keys.removeAll(key);
                        if (on)
                            keys << key;
                        return QVariant(keys);
                    });
                });
                w = list;
            } else if (isChoice(f)) {
                auto *box = new QComboBox;
                box->addItem(QString(), QString()); // not set
                const QStringList keys = f == Field::Cadence ? planning::cadenceKeys() : planning::serviceLevelKeys();
                for (const QString &k : keys)
                    box->addItem(QString(), k);
                connect(box, &QComboBox::currentIndexChanged, this, [this, f, box] {
                    if (m_updating || box->currentData(kKeyRole).toBool())
                        return; // the "(mixed)" entry chooses nothing
                    const QString key = box->currentData().toString();
                    edit(f, [key](const QVariant &) { return QVariant(key); });
                });
                w = box;
            } else if (isBp(f)) {
                auto *spin = new QSpinBox;
                spin->setRange(0, 1000);
                connect(spin, &QSpinBox::valueChanged, this, [this, f](int v) {
                    if (!m_updating)
                        edit(f, [v](const QVariant &) { return QVariant(v); });
                });
                w = spin;
            } else {
                auto *spin = new QDoubleSpinBox;
                if (isTarget(f)) {
                    spin->setRange(kNoTarget, f == Field::AumGrowthTarget ? 1000 : 100);
                    spin->setDecimals(1);
                } else {
                    spin->setRange(0, 1e7);
                    spin->setDecimals(2);
                    spin->setGroupSeparatorShown(true);
                }
                connect(spin, &QDoubleSpinBox::valueChanged, this, [this, f](double v) {
                    if (m_updating)
                        return;
                    const QVariant value = isTarget(f) ? (v <= kNoTarget ? QVariant() : QVariant(v / 100.0)) : QVariant(v);
                    edit(f, [value](const QVariant &) { return value; });
                });
                w = spin;
            }
            auto *label = new QLabel; // named by refreshForm()
            label->setBuddy(w);
            m_fields[std::size_t(f)] = FieldUi{label, w};
            grid->addRow(label, w);
            if (f == Field::AumGrowthTarget) {
                m_actual = new QLabel;
                m_actual->setWordWrap(true);
                m_actual->setForegroundRole(QPalette::PlaceholderText);
                grid->addRow(QString(), m_actual);
            }
        }
        column->addWidget(groupBox);
    };
    group({Field::Objective, Field::Products, Field::Channels, Field::Cadence, Field::ServiceLevel});
    group({Field::DepositPremiumBp, Field::FeeWaivers, Field::LoanDiscountBp});
    group({Field::Events, Field::ReachTarget, Field::ParticipationTarget, Field::ConversionTarget, Field::AumGrowthTarget,
           Field::BudgetPerCustomer});
    group({Field::Notes});
    column->addStretch(1);
    return form;
}

// The form's own texts: hints, units, the names of the choices, channels and products. The values
// are the drafts' (refreshForm() shows them).
void StrategyEditor::retranslateFields()
{
    const QScopedValueRollback<bool> quiet(m_updating, true);
    for (int fi = 0; fi < Strategy::kFields; ++fi) {
        const auto f = Field(fi);
        QWidget *w = m_fields[std::size_t(fi)].widget;
        if (auto *box = qobject_cast<QAbstractSpinBox *>(w))
            box->setLocale(QLocale()); // the numbers' separators of the language shown
        if (isLines(f)) {
            w->setToolTip(tr("One per line"));
        } else if (isChoice(f)) {
            auto *box = static_cast<QComboBox *>(w);
            for (int i = 0; i < box->count(); ++i) {
                const QString key = box->itemData(i).toString();
                box->setItemText(i, box->itemData(i, kKeyRole).toBool() ? tr("(mixed)")
                                    : key.isEmpty()                     ? tr("(not set)")
                                    : f == Field::Cadence               ? planning::cadenceLabel(key)
                                                                        : planning::serviceLevelLabel(key));
            }
        } else if (isBp(f)) {
            static_cast<QSpinBox *>(w)->setSuffix(tr(" bp"));
        } else if (isTarget(f)) {
            auto *spin = static_cast<QDoubleSpinBox *>(w);
            spin->setSuffix(tr(" %"));
            spin->setSpecialValueText(tr("no target"));
            spin->setToolTip(tr("Lowest value: no target"));
        }
    }
    auto *channels = static_cast<QListWidget *>(fieldWidget(Field::Channels));
    for (int i = 0; i < channels->count(); ++i)
        channels->item(i)->setText(planning::channelLabel(channels->item(i)->data(kKeyRole).toString()));
    auto *products = static_cast<QListWidget *>(fieldWidget(Field::Products));
    for (int i = 0; i < products->count() && std::size_t(i) < m_catalogue.size(); ++i)
        products->item(i)->setText(productLabel(m_catalogue[std::size_t(i)]));
}

// The segmentations' and segments' names and the branch list's "Bank-wide" in the language shown.
void StrategyEditor::retranslateSegments()
{
    if (m_branch->count() > 0)
        m_branch->setItemText(0, tr("Bank-wide"));
    if (m_book)
        for (int i = 0; i < m_segmentation->count(); ++i)
            if (const analytics::BookSegmentation *seg = m_book->segmentation(m_segmentation->itemData(i).toString()))
                m_segmentation->setItemText(i, analytics::segmentationTitle(*seg));
    // The list holds the current segmentation's segments in its order; refreshSegmentMarks() shows the names.
    const analytics::BookSegmentation *seg = m_book ? m_book->segmentation(m_segmentation->currentData().toString()) : nullptr;
    const QStringList names = seg ? analytics::segmentationNames(*seg) : QStringList();
    for (int i = 0; i < m_segments->count(); ++i)
        m_segments->item(i)->setData(kKeyRole + 2, names.value(i, m_segments->item(i)->data(kKeyRole + 1).toString()));
}

QString StrategyEditor::segmentName(const QString &segmentKey) const
{
    const qsizetype slash = segmentKey.indexOf(QLatin1Char('/'));
    const QString key = segmentKey.mid(slash + 1);
    const analytics::BookSegmentation *seg = m_book && slash > 0 ? m_book->segmentation(segmentKey.left(slash)) : nullptr;
    return seg ? analytics::segmentationNames(*seg).value(seg->keys.indexOf(key), key) : key;
}

void StrategyEditor::setWorkspace(const QString &path, sqlite3 *db)
{
    m_path = path;
    m_db = db;
    m_catalogue.clear();
    m_doc->clear();
    if (db) {
        if (Result<std::vector<planning::Product>> catalogue = planning::loadCatalogue(db); catalogue)
            m_catalogue = std::move(*catalogue);
        if (Status s = m_doc->load(db); !s && m_showError)
            m_showError(tr("Strategies"), s.error().message);
    }
    // The products list: code, name and risk level.
    auto *products = static_cast<QListWidget *>(fieldWidget(Field::Products));
    {
        const QScopedValueRollback<bool> quiet(m_updating, true);
        products->clear();
        for (const planning::Product &p : m_catalogue) {
            auto *item = new QListWidgetItem(productLabel(p));
            item->setData(kKeyRole, p.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            products->addItem(item);
        }
        auto *channels = static_cast<QListWidget *>(fieldWidget(Field::Channels));
        channels->clear();
        for (const QString &k : planning::channelKeys()) {
            auto *item = new QListWidgetItem(planning::channelLabel(k));
            item->setData(kKeyRole, k);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            channels->addItem(item);
        }
    }
    if (!db)
        setBook(nullptr);
}

void StrategyEditor::setPricingLimits(const planning::PricingLimits &limits)
{
    m_limits = limits;
    refreshChecks();
}

void StrategyEditor::setBook(std::shared_ptr<const analytics::BookView> book)
{
    m_book = std::move(book);
    {
        const QSignalBlocker block(m_branch);
        const QString kept = m_branch->currentData().toString();
        m_branch->clear();
        m_branch->addItem(tr("Bank-wide"), QString());
        if (m_book)
            for (const std::string &b : m_book->branches)
                if (!b.empty())
                    m_branch->addItem(QString::fromStdString(b), QString::fromStdString(b));
        m_branch->setCurrentIndex(std::max(0, m_branch->findData(kept)));
    }
    fillSegmentations();
}

void StrategyEditor::fillSegmentations()
{
    const QString kept = m_segmentation->currentData().toString();
    {
        const QSignalBlocker block(m_segmentation);
        m_segmentation->clear();
        if (m_book)
            for (const analytics::BookSegmentation &s : m_book->segmentations)
                m_segmentation->addItem(analytics::segmentationTitle(s), s.key);
        const int keep = m_segmentation->findData(kept);
        m_segmentation->setCurrentIndex(keep >= 0 ? keep : (m_segmentation->count() > 0 ? 0 : -1));
    }
    emit m_segmentation->currentIndexChanged(m_segmentation->currentIndex());
}

void StrategyEditor::fillSegments()
{
    const QStringList kept = [this] {
        QStringList keys;
        for (const QListWidgetItem *item : m_segments->selectedItems())
            keys << item->data(kKeyRole).toString();
        return keys;
    }();
    const QSignalBlocker block(m_segments);
    m_segments->clear();
    const analytics::BookSegmentation *seg = m_book ? m_book->segmentation(m_segmentation->currentData().toString()) : nullptr;
    const QStringList names = seg ? analytics::segmentationNames(*seg) : QStringList(); // in the language shown now
    if (seg)
        for (int g = 0; g < seg->keys.size(); ++g) {
            const QString name = names.value(g, seg->keys.at(g));
            auto *item = new QListWidgetItem(name);
            item->setData(kKeyRole, seg->key + QLatin1Char('/') + seg->keys.at(g));
            item->setData(kKeyRole + 1, seg->keys.at(g));
            item->setData(kKeyRole + 2, name);
            item->setData(kKeyRole + 3, std::size_t(g) < seg->count.size() ? seg->count[std::size_t(g)] : 0);
            m_segments->addItem(item);
            if (kept.contains(item->data(kKeyRole).toString()))
                item->setSelected(true);
        }
    if (m_segments->selectedItems().isEmpty() && m_segments->count() > 0)
        m_segments->item(0)->setSelected(true);
    refreshSegmentMarks();
    refreshForm();
}

QString StrategyEditor::segmentKeyOf(int row) const
{
    return m_segments->item(row)->data(kKeyRole).toString();
}

QList<StrategyEditor::Target> StrategyEditor::currentTargets() const
{
    QList<Target> out;
    const QString branch = m_branch->currentData().toString();
    for (int i = 0; i < m_segments->count(); ++i)
        if (m_segments->item(i)->isSelected())
            out << Target{segmentKeyOf(i), branch};
    return out;
}

void StrategyEditor::refreshSegmentMarks()
{
    const QString branch = m_branch->currentData().toString();
    for (int i = 0; i < m_segments->count(); ++i) {
        QListWidgetItem *item = m_segments->item(i);
        const Target t{segmentKeyOf(i), branch};
        const Strategy saved = m_doc->saved(t);
        QString text = item->data(kKeyRole + 2).toString();
        if (m_doc->isDirty(t))
            text += QStringLiteral(" •");
        item->setText(text);
        item->setToolTip(tr("%1 customers · %2").arg(figures::count(item->data(kKeyRole + 3).toLongLong()),
                                                      saved.version > 0 ? tr("version %1 saved by %2").arg(saved.version).arg(saved.author)
                                                                        : tr("no strategy saved yet")));
        QFont font = item->font();
        font.setBold(m_doc->isDirty(t));
        item->setFont(font);
    }
    m_save->setEnabled(!m_doc->dirtyTargets().isEmpty());
}

void StrategyEditor::refreshForm()
{
    const QList<Target> targets = currentTargets();
    m_form->setEnabled(!targets.isEmpty());
    m_templates->setEnabled(!targets.isEmpty());
    m_history->setEnabled(targets.size() == 1);
    QList<Strategy> drafts;
    for (const Target &t : targets)
        drafts << m_doc->draft(t);
    // Templates for the UI language, the tier's own first.
    const QScopedValueRollback<bool> quiet(m_updating, true);
    const Strategy bankWide = targets.size() == 1 && !targets.front().second.isEmpty()
                                  ? m_doc->draft(Target{targets.front().first, QString()})
                                  : Strategy();
    std::vector<Field> overridden;
    if (targets.size() == 1 && !targets.front().second.isEmpty())
        overridden = planning::differences(bankWide, drafts.front());
    for (int fi = 0; fi < Strategy::kFields; ++fi) {
        const auto f = Field(fi);
        FieldUi &ui = m_fields[std::size_t(fi)];
        bool mixed = false;
        for (const Strategy &d : drafts)
            mixed = mixed || !d.sameValue(f, drafts.front());
        const QVariant value = drafts.isEmpty() ? Strategy().value(f) : drafts.front().value(f);
        const bool changedFromBank = std::find(overridden.begin(), overridden.end(), f) != overridden.end();
        QString labelText = planning::fieldLabel(f);
        if (mixed)
            labelText = tr("%1 (mixed)").arg(labelText);
        //: a form label: the field's name and the colon of the language (full-width in Chinese)
        ui.label->setText(tr("%1:").arg(labelText));
        QFont font = ui.label->font();
        font.setItalic(mixed);
        font.setBold(changedFromBank);
        ui.label->setFont(font);
        ui.label->setToolTip(changedFromBank ? tr("Bank-wide: %1").arg(planning::displayValue(f, bankWide.value(f))) : QString());
        if (isText(f) || isLines(f)) {
            auto *text = static_cast<QPlainTextEdit *>(ui.widget);
            const QString wanted = mixed ? QString()
                                         : (isLines(f) ? value.toStringList().join(QLatin1Char('\n')) : value.toString());
            if (text->toPlainText() != wanted)
                text->setPlainText(wanted);
            text->setPlaceholderText(mixed ? tr("Mixed: typing here replaces the text of every chosen strategy") : QString());
        } else if (isChecklist(f)) {
            auto *list = static_cast<QListWidget *>(ui.widget);
            for (int i = 0; i < list->count(); ++i) {
                const QString key = list->item(i)->data(kKeyRole).toString();
                int in = 0;
                for (const Strategy &d : drafts)
                    in += d.value(f).toStringList().contains(key) ? 1 : 0;
                list->item(i)->setCheckState(in == 0 ? Qt::Unchecked
                                             : in == int(drafts.size()) ? Qt::Checked
                                                                        : Qt::PartiallyChecked);
            }
        } else if (isChoice(f)) {
            auto *box = static_cast<QComboBox *>(ui.widget);
            const int mixedIndex = box->findData(true, kKeyRole);
            if (mixedIndex >= 0)
                box->removeItem(mixedIndex);
            if (mixed) {
                box->insertItem(0, tr("(mixed)"));
                box->setItemData(0, true, kKeyRole);
                box->setCurrentIndex(0);
            } else {
                box->setCurrentIndex(std::max(0, box->findData(value.toString())));
            }
        } else if (isBp(f)) {
            static_cast<QSpinBox *>(ui.widget)->setValue(value.toInt());
        } else {
            auto *spin = static_cast<QDoubleSpinBox *>(ui.widget);
            const double v = value.toDouble();
            spin->setValue(isTarget(f) ? (std::isnan(v) ? kNoTarget : v * 100.0) : v);
        }
    }
    // The override note and the KPI actual.
    if (!overridden.empty()) {
        QStringList names;
        for (Field f : overridden)
            names << planning::fieldLabel(f);
        m_overrideNote->setText(tr("Branch override for %1: changes %2 from the bank-wide strategy.")
                                    .arg(targets.front().second, names.join(QStringLiteral(", "))));
        m_overrideNote->show();
    } else if (targets.size() == 1 && !targets.front().second.isEmpty()) {
        m_overrideNote->setText(tr("Branch override for %1: the same as the bank-wide strategy so far.").arg(targets.front().second));
        m_overrideNote->show();
    } else {
        m_overrideNote->hide();
    }
    QStringList actuals;
    for (const Target &t : targets)
        if (const auto it = m_actuals.find(t.first); it != m_actuals.end() && it->second.campaignId > 0)
            actuals << actualText(it->second);
    m_actual->setText(actuals.isEmpty() ? tr("Actual: no evaluated campaign yet.") : actuals.join(QLatin1Char('\n')));
    refreshChecks();
}

int StrategyEditor::toleranceOf(const Target &target) const
{
    const auto it = m_tolerance.find(target.first.section(QLatin1Char('/'), 1));
    return it == m_tolerance.end() ? 0 : it->second;
}

void StrategyEditor::refreshChecks()
{
    m_checks->clear();
    const QList<Target> targets = currentTargets();
    QSet<QString> flaggedProducts;
    QSet<int> flaggedFields;
    for (const Target &t : targets) {
        const int tolerance = toleranceOf(t);
        const QString name = targets.size() > 1 ? segmentName(t.first) + QStringLiteral(": ") : QString();
        for (const planning::StrategyIssue &issue : planning::checkStrategy(m_doc->draft(t), m_catalogue, tolerance, m_limits)) {
            m_checks->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), name + issue.message));
            flaggedFields.insert(int(issue.field));
            if (!issue.productCode.isEmpty())
                flaggedProducts.insert(issue.productCode);
        }
    }
    if (m_checks->count() == 0)
        m_checks->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                              targets.isEmpty() ? tr("Choose a segment.") : tr("No problems found.")));
    auto *products = static_cast<QListWidget *>(fieldWidget(Field::Products));
    for (int i = 0; i < products->count(); ++i) {
        QListWidgetItem *item = products->item(i);
        const bool flagged = flaggedProducts.contains(item->data(kKeyRole).toString());
        item->setIcon(flagged ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        item->setToolTip(flagged ? tr("Unsuitable for this segment's typical risk tolerance") : QString());
    }
    for (int fi = 0; fi < Strategy::kFields; ++fi) {
        QLabel *label = m_fields[std::size_t(fi)].label;
        label->setForegroundRole(flaggedFields.contains(fi) && Field(fi) != Field::Products ? QPalette::Link
                                                                                           : QPalette::WindowText);
    }
}

QStringList StrategyEditor::issueMessages() const
{
    QStringList out;
    for (const Target &t : currentTargets())
        for (const planning::StrategyIssue &issue : planning::checkStrategy(m_doc->draft(t), m_catalogue, toleranceOf(t), m_limits))
            out << issue.message;
    return out;
}

void StrategyEditor::edit(Field field, const std::function<QVariant(const QVariant &)> &change)
{
    const QList<Target> targets = currentTargets();
    if (targets.isEmpty())
        return;
    m_doc->setField(targets, field, change, [field] { return tr("Edit %1").arg(planning::fieldLabel(field)); });
}

QString StrategyEditor::language() const
{
    return i18n::current();
}

const std::vector<planning::StrategyTemplate> &StrategyEditor::templates()
{
    if (m_templateList.empty() || m_templateLanguage != language()) {
        m_templateList.clear();
        m_templateLanguage = language();
        if (Result<std::vector<planning::StrategyTemplate>> read = planning::strategyTemplates(m_templateLanguage); read)
            m_templateList = std::move(*read);
    }
    return m_templateList;
}

QString StrategyEditor::templateName(const QString &templateId)
{
    for (const planning::StrategyTemplate &t : templates())
        if (t.id == templateId)
            return t.name;
    return templateId;
}

void StrategyEditor::applyTemplate(const QString &templateId)
{
    const std::vector<planning::StrategyTemplate> &list = templates();
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const planning::StrategyTemplate &t) { return t.id == templateId; });
    if (it == list.end())
        return;
    const QList<Target> targets = currentTargets();
    QList<Strategy> drafts;
    for (const Target &t : targets)
        drafts << planning::applyTemplate(*it, t.first, m_catalogue, toleranceOf(t));
    m_doc->setDrafts(targets, drafts, [this, id = it->id] { return tr("Apply the template %1").arg(templateName(id)); });
}

void StrategyEditor::loadContext()
{
    m_contextReady = false;
    m_tolerance.clear();
    const analytics::BookSegmentation *seg = m_book ? m_book->segmentation(m_segmentation->currentData().toString()) : nullptr;
    if (!seg || m_path.isEmpty()) {
        m_contextReady = true;
        emit contextReady();
        return;
    }
    const quint64 generation = ++m_contextGeneration;
    QStringList keys;
    for (const QString &k : seg->keys)
        keys << seg->key + QLatin1Char('/') + k;
    // The typical risk tolerances (a join over the run's assignments) and the campaign actuals
    // are read on a worker with a connection of its own.
    QThreadPool::globalInstance()->start([path = m_path, runId = seg->runId, keys, generation,
                                          guard = QPointer<StrategyEditor>(this)] {
        std::map<QString, int> tolerance;
        std::map<QString, planning::KpiActual> actuals;
        if (Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::open(path); ws) {
            if (runId > 0)
                if (Result<std::map<QString, int>> t = planning::typicalRiskTolerance((*ws)->handle(), runId); t)
                    tolerance = std::move(*t);
            for (const QString &key : keys)
                if (Result<planning::KpiActual> a = planning::latestActual((*ws)->handle(), key); a && a->campaignId > 0)
                    actuals[key] = *a;
        }
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return;
        QMetaObject::invokeMethod(app, [guard, generation, tolerance = std::move(tolerance), actuals = std::move(actuals)]() mutable {
            StrategyEditor *self = guard.data();
            if (!self || generation != self->m_contextGeneration)
                return;
            self->m_tolerance = std::move(tolerance);
            self->m_actuals = std::move(actuals);
            self->m_contextReady = true;
            self->refreshForm();
            emit self->contextReady();
        }, Qt::QueuedConnection);
    });
}

Status StrategyEditor::saveAll()
{
    if (!m_db)
        return Error::badInput(tr("No workspace is open."));
    const Status s = m_doc->save(m_db, m_doc->dirtyTargets());
    refreshSegmentMarks();
    return s;
}

void StrategyEditor::showHistory()
{
    const QList<Target> targets = currentTargets();
    if (targets.size() != 1 || !m_db)
        return;
    Result<std::vector<Strategy>> history = planning::strategyHistory(m_db, targets.front().first, targets.front().second);
    if (!history) {
        if (m_showError)
            m_showError(tr("Strategy History"), history.error().message);
        return;
    }
    auto *dialog = new HistoryDialog(this);
    dialog->setObjectName(QStringLiteral("StrategyHistory"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *a = new QComboBox, *b = new QComboBox;
    for (QComboBox *box : {a, b}) {
        for (const Strategy &s : *history)
            box->addItem(QString(), s.version);
        box->addItem(QString(), 0); // the current draft
    }
    if (history->size() >= 2)
        a->setCurrentIndex(1);
    auto *table = new QTableWidget(Strategy::kFields, 2);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    auto versions = std::make_shared<std::vector<Strategy>>(std::move(*history));
    const Strategy draft = m_doc->draft(targets.front());
    const auto pick = [versions, draft](int version) {
        for (const Strategy &s : *versions)
            if (s.version == version)
                return s;
        return draft;
    };
    auto *summary = new QLabel;
    const auto compare = [a, b, table, summary, pick] {
        const Strategy left = pick(a->currentData().toInt()), right = pick(b->currentData().toInt());
        table->setHorizontalHeaderLabels({a->currentText(), b->currentText()});
        QStringList labels;
        int differing = 0;
        for (int fi = 0; fi < Strategy::kFields; ++fi) {
            const auto f = Field(fi);
            labels << planning::fieldLabel(f);
            const bool same = left.sameValue(f, right);
            differing += same ? 0 : 1;
            for (int c = 0; c < 2; ++c) {
                auto *item = new QTableWidgetItem(planning::displayValue(f, (c == 0 ? left : right).value(f)));
                QFont font = item->font();
                font.setBold(!same);
                item->setFont(font);
                if (!same)
                    item->setBackground(table->palette().color(QPalette::Highlight).lighter(170));
                table->setItem(fi, c, item);
            }
        }
        table->setVerticalHeaderLabels(labels);
        table->verticalHeader()->show();
        table->resizeRowsToContents();
        summary->setText(tr("%n field(s) differ.", nullptr, differing));
    };
    connect(a, &QComboBox::currentIndexChanged, dialog, compare);
    connect(b, &QComboBox::currentIndexChanged, dialog, compare);
    auto *restore = new QPushButton;
    connect(restore, &QPushButton::clicked, dialog, [this, a, pick, targets] {
        const int version = a->currentData().toInt();
        if (version == 0)
            return;
        m_doc->setDrafts(targets, {pick(version)}, [version] { return tr("Restore version %1").arg(version); });
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *compareLabel = new QLabel, *withLabel = new QLabel;
    compareLabel->setBuddy(a);
    withLabel->setBuddy(b);
    auto *form = new QFormLayout;
    form->addRow(compareLabel, a);
    form->addRow(withLabel, b);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    // The texts, again after a language switch: versions, the fields and their values.
    dialog->setRetranslate([this, dialog, a, b, restore, compareLabel, withLabel, compare, pick, key = targets.front().first] {
        dialog->setWindowTitle(tr("History of %1").arg(segmentName(key)));
        for (QComboBox *box : {a, b})
            for (int i = 0; i < box->count(); ++i)
                box->setItemText(i, versionText(box->itemData(i).toInt() == 0 ? std::nullopt
                                                                              : std::optional(pick(box->itemData(i).toInt()))));
        restore->setText(tr("&Restore the Left Version into the Draft"));
        restore->setToolTip(tr("Undoable; save to keep it as a new version"));
        compareLabel->setText(tr("&Compare:"));
        withLabel->setText(tr("&with:"));
        compare();
    });
    dialog->resize(760, 620);
    dialog->open();
}

} // namespace tierwise
