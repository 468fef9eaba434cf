#include "editors/campaignaudienceeditor.h"

#include "analytics/bookview.h"
#include "analytics/warnings.h"
#include "charts/chartstyle.h"
#include "i18n/figures.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tierwise {

namespace {

constexpr int kKeyRole = Qt::UserRole;

// Fusion outlines a check box with the window colour darkened, which vanishes on a dark base: in a
// dark palette the item is painted with a lighter window colour, so unticked boxes show.
class CheckListDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (chartstyle::isDark(option->palette))
            option->palette.setColor(QPalette::Window, option->palette.color(QPalette::PlaceholderText));
    }
};

QTreeWidget *checkList(QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setItemDelegate(new CheckListDelegate(tree));
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAllColumnsShowFocus(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setColumnCount(3);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    return tree;
}

void setHeaders(QTreeWidget *tree, const QString &name, const QString &count, const QString &aum)
{
    tree->setHeaderLabels({name, count, aum});
    tree->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    tree->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    tree->setColumnHidden(2, aum.isEmpty());
}

// An unticked item for a key; labelled by setTexts().
void addItem(QTreeWidget *tree, const QString &key)
{
    auto *item = new QTreeWidgetItem(tree);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Unchecked);
    item->setData(0, kKeyRole, key);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
}

void setTexts(QTreeWidgetItem *item, const QString &name, const QString &customers, const QString &aum)
{
    item->setText(0, name);
    item->setText(1, customers);
    item->setText(2, aum);
}

// Tall enough for `rows` rows under the header, so that a short list leaves no empty area.
void fitRows(QTreeWidget *tree, int rows)
{
    const int row = tree->topLevelItemCount() > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height() + 6;
    tree->setFixedHeight(tree->header()->sizeHint().height() + rows * row + 2 * tree->frameWidth() + 2);
}

QStringList checkedKeys(const QTreeWidget *tree)
{
    QStringList keys;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (const QTreeWidgetItem *item = tree->topLevelItem(i); item->checkState(0) == Qt::Checked)
            keys << item->data(0, kKeyRole).toString();
    return keys;
}

void setCheckedKeys(QTreeWidget *tree, const QStringList &keys)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        item->setCheckState(0, keys.contains(item->data(0, kKeyRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

CampaignAudienceEditor::CampaignAudienceEditor(QWidget *parent) : QWidget(parent)
{
    m_segmentation = new QComboBox(this);
    m_segmentation->setObjectName(QStringLiteral("segmentationBox"));
    m_segmentation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_segmentation->setMinimumContentsLength(24);
    m_segments = checkList(this);
    m_segments->setObjectName(QStringLiteral("segmentList"));
    m_branches = checkList(this);
    m_branches->setObjectName(QStringLiteral("branchList"));
    m_stages = checkList(this);
    m_stages->setObjectName(QStringLiteral("stageList"));
    m_warnings = checkList(this);
    m_warnings->setObjectName(QStringLiteral("warningList"));
    m_nextBest = new QComboBox(this);
    m_nextBest->setObjectName(QStringLiteral("nextBestBox"));
    m_nextBest->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nextBest->setMinimumContentsLength(20);
    m_filters = new QTabWidget(this);
    m_filters->setDocumentMode(true);
    m_filters->addTab(m_branches, QString());
    m_filters->addTab(m_stages, QString());
    m_filters->addTab(m_warnings, QString());
    m_clvNote = new QLabel(this);
    m_clvNote->setWordWrap(true);
    m_clvNote->setObjectName(QStringLiteral("clvNote"));
    m_clvNote->setForegroundRole(QPalette::PlaceholderText);

    m_segmentationLabel = new QLabel(this);
    m_segmentationLabel->setBuddy(m_segmentation);
    m_segmentsLabel = new QLabel(this);
    m_segmentsLabel->setBuddy(m_segments);
    m_nextBestLabel = new QLabel(this);
    m_nextBestLabel->setBuddy(m_nextBest);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_segmentationLabel, 0, 0);
    grid->addWidget(m_segmentation, 0, 1);
    grid->addWidget(m_segmentsLabel, 1, 0, 1, 2);
    grid->addWidget(m_segments, 2, 0, 1, 2);
    grid->addWidget(m_filters, 3, 0, 1, 2);
    grid->addWidget(m_nextBestLabel, 4, 0);
    grid->addWidget(m_nextBest, 4, 1);
    grid->addWidget(m_clvNote, 5, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1); // the filters take the room there is: a book may have dozens of branches
    m_filters->setMinimumHeight(180);

    connect(m_segmentation, &QComboBox::currentIndexChanged, this, [this] {
        fillSegments();
        emit changed();
    });
    for (QTreeWidget *tree : {m_segments, m_branches, m_stages, m_warnings})
        connect(tree, &QTreeWidget::itemChanged, this, &CampaignAudienceEditor::onItemChanged);
    connect(m_nextBest, &QComboBox::currentIndexChanged, this, &CampaignAudienceEditor::changed);

    retranslate();
}

CampaignAudienceEditor::~CampaignAudienceEditor() = default;

void CampaignAudienceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CampaignAudienceEditor::retranslate()
{
    m_segments->setAccessibleName(tr("Segments"));
    m_branches->setAccessibleName(tr("Branches"));
    m_stages->setAccessibleName(tr("Lifecycle stages"));
    m_warnings->setAccessibleName(tr("Early warnings"));
    m_segmentationLabel->setText(tr("Segmentat&ion:"));
    m_segmentation->setToolTip(tr("The segmentation whose segments make the audience (the newest run of each)"));
    m_segmentsLabel->setText(tr("Se&gments (tick one or more; Space ticks the current one):"));
    m_segments->setToolTip(tr("The campaign reaches the customers of the ticked segments"));
    m_branches->setToolTip(tr("Only customers of the ticked branches; none ticked: every branch"));
    m_stages->setToolTip(tr("Only customers in the ticked lifecycle stages; none ticked: any stage"));
    m_warnings->setToolTip(tr("Only customers with any of the ticked early warnings; none ticked: no condition"));
    m_nextBestLabel->setText(tr("Ne&xt-best product:"));
    m_nextBest->setToolTip(tr("Only customers for whom this product is among the next-best offers"));
    m_filters->setToolTip(tr("Optional filters (Ctrl+Tab switches between them)"));
    setHeaders(m_segments, tr("Segment"), tr("Customers"), tr("AUM (¥)"));
    setHeaders(m_branches, tr("Branch"), tr("Customers"), tr("AUM (¥)"));
    setHeaders(m_stages, tr("Lifecycle stage"), tr("Customers"), QString());
    setHeaders(m_warnings, tr("Early warning"), tr("Customers"), QString());
    labelSegmentations();
    labelSegments();
    labelFilters();
    updateTabTitles();
    updateFilterState();
}

void CampaignAudienceEditor::setBook(std::shared_ptr<const analytics::BookView> book,
                                     const std::vector<planning::Product> &catalogue,
                                     const std::map<QString, QString> &branchNames)
{
    const planning::AudienceSpec kept = spec();
    m_book = std::move(book);
    m_catalogue = catalogue;
    m_branchNames = branchNames;
    m_facts = nullptr;
    {
        const QSignalBlocker block(m_segmentation);
        m_segmentation->clear();
        if (m_book)
            for (const analytics::BookSegmentation &seg : m_book->segmentations)
                m_segmentation->addItem(analytics::segmentationTitle(seg), seg.key);
        int index = m_segmentation->findData(kept.segmentation);
        if (index < 0)
            index = m_segmentation->findData(QStringLiteral("segment.tiers"));
        m_segmentation->setCurrentIndex(std::max(index, 0));
    }
    fillSegments();
    fillFilters();
    updateFilterState();
    setSpec(kept); // emits changed()
}

void CampaignAudienceEditor::fillSegments()
{
    const QSignalBlocker block(m_segments);
    m_segments->clear();
    const analytics::BookSegmentation *seg = m_book ? m_book->segmentation(m_segmentation->currentData().toString()) : nullptr;
    if (!seg)
        return;
    for (const QString &key : seg->keys)
        addItem(m_segments, key);
    labelSegments();
    fitRows(m_segments, std::clamp(m_segments->topLevelItemCount(), 3, 12));
}

void CampaignAudienceEditor::fillFilters()
{
    const QSignalBlocker b1(m_branches), b2(m_stages), b3(m_warnings), b4(m_nextBest);
    m_branches->clear();
    m_stages->clear();
    m_warnings->clear();
    m_nextBest->clear();
    m_nextBest->addItem(QString(), QString()); // any product
    const QStringList kinds = planning::alertKindKeys();
    m_warningCounts.assign(std::size_t(kinds.size()), 0);
    if (m_facts)
        for (const std::uint8_t bits : m_facts->warningBits)
            for (std::size_t k = 0; k < m_warningCounts.size(); ++k)
                m_warningCounts[k] += (bits >> k) & 1u;
    if (m_book) {
        for (const std::string &b : m_book->branches)
            addItem(m_branches, QString::fromStdString(b));
        if (const analytics::BookSegmentation *stages = m_book->segmentation(QStringLiteral("lifecycle")))
            for (const QString &key : stages->keys)
                addItem(m_stages, key);
        for (const QString &kind : kinds)
            addItem(m_warnings, kind);
        for (const planning::Product &p : m_catalogue)
            m_nextBest->addItem(QString(), p.code);
    }
    labelFilters();
}

void CampaignAudienceEditor::labelSegmentations()
{
    if (!m_book)
        return;
    for (int i = 0; i < m_segmentation->count(); ++i)
        if (const analytics::BookSegmentation *seg = m_book->segmentation(m_segmentation->itemData(i).toString()))
            m_segmentation->setItemText(i, analytics::segmentationTitle(*seg));
}

void CampaignAudienceEditor::labelSegments()
{
    const analytics::BookSegmentation *seg = m_book ? m_book->segmentation(m_segmentation->currentData().toString()) : nullptr;
    if (!seg)
        return;
    const QSignalBlocker block(m_segments);
    const QStringList names = analytics::segmentationNames(*seg);
    for (int i = 0; i < m_segments->topLevelItemCount() && i < seg->keys.size(); ++i)
        setTexts(m_segments->topLevelItem(i), names.value(i), figures::count(seg->count.at(std::size_t(i))),
                 figures::money(seg->aum.at(std::size_t(i))));
}

void CampaignAudienceEditor::labelFilters()
{
    const QSignalBlocker b1(m_branches), b2(m_stages), b3(m_warnings), b4(m_nextBest);
    if (m_nextBest->count() > 0)
        m_nextBest->setItemText(0, tr("Any product"));
    if (!m_book)
        return;
    for (int b = 0; b < m_branches->topLevelItemCount() && std::size_t(b) < m_book->branches.size(); ++b) {
        const QString id = QString::fromStdString(m_book->branches[std::size_t(b)]);
        const auto name = m_branchNames.find(id);
        const QString label = id.isEmpty() ? tr("(no branch)")
                              : name != m_branchNames.end() && !name->second.isEmpty() ? tr("%1 %2").arg(id, name->second)
                                                                                        : id;
        setTexts(m_branches->topLevelItem(b), label, figures::count(m_book->branchCount.at(std::size_t(b))),
                 figures::money(m_book->branchAum.at(std::size_t(b))));
    }
    if (const analytics::BookSegmentation *stages = m_book->segmentation(QStringLiteral("lifecycle"))) {
        const QStringList names = analytics::segmentationNames(*stages);
        for (int i = 0; i < m_stages->topLevelItemCount() && i < stages->keys.size(); ++i)
            setTexts(m_stages->topLevelItem(i), names.value(i), figures::count(stages->count.at(std::size_t(i))), QString());
    }
    for (int k = 0; k < m_warnings->topLevelItemCount(); ++k)
        setTexts(m_warnings->topLevelItem(k), analytics::alertKindName(analytics::AlertKind(k)),
                 m_facts ? figures::count(m_warningCounts.at(std::size_t(k))) : QString(), QString());
    for (int i = 1; i < m_nextBest->count() && std::size_t(i - 1) < m_catalogue.size(); ++i) {
        const planning::Product &p = m_catalogue[std::size_t(i - 1)];
        qint64 n = 0;
        if (m_facts)
            if (const auto it = m_facts->nextBestRows.find(p.code); it != m_facts->nextBestRows.end())
                n = qint64(it->second.size());
        const QString name = p.name.isEmpty() ? p.code : tr("%1 (%2)").arg(p.name, p.code);
        m_nextBest->setItemText(i, m_facts ? tr("%1 — %2 customers").arg(name, figures::count(n)) : name);
    }
}

void CampaignAudienceEditor::setFacts(const planning::CampaignFacts *facts)
{
    const planning::AudienceSpec kept = spec();
    m_facts = facts;
    fillFilters();
    updateFilterState();
    setSpec(kept); // emits changed()
}

void CampaignAudienceEditor::updateFilterState()
{
    const bool clv = m_book && m_book->clvRunId != 0;
    const bool ready = clv && m_facts && m_facts->clvRunId == m_book->clvRunId;
    m_filters->setTabEnabled(1, ready);
    m_filters->setTabEnabled(2, ready);
    m_nextBest->setEnabled(ready);
    m_nextBestLabel->setEnabled(ready);
    if (!m_book)
        m_clvNote->clear();
    else if (!clv)
        m_clvNote->setText(tr("Filtering by lifecycle stage, early warning or next-best product needs a lifetime-value "
                              "run: Analyze ▸ Lifetime Value… (Ctrl+5)."));
    else if (!ready)
        m_clvNote->setText(tr("Reading the lifetime-value run's warnings and next-best products…"));
    else
        m_clvNote->clear();
    m_clvNote->setVisible(!m_clvNote->text().isEmpty());
}

void CampaignAudienceEditor::updateTabTitles()
{
    const auto title = [](const QString &name, const QTreeWidget *tree) {
        const qsizetype n = checkedKeys(tree).size();
        return n > 0 ? tr("%1 (%2)").arg(name).arg(n) : name;
    };
    m_filters->setTabText(0, title(tr("&Branches"), m_branches));
    m_filters->setTabText(1, title(tr("&Lifecycle"), m_stages));
    m_filters->setTabText(2, title(tr("Wa&rnings"), m_warnings));
}

void CampaignAudienceEditor::onItemChanged()
{
    updateTabTitles();
    emit changed();
}

planning::AudienceSpec CampaignAudienceEditor::spec() const
{
    planning::AudienceSpec s;
    s.segmentation = m_segmentation->currentData().toString();
    s.segments = checkedKeys(m_segments);
    s.branches = checkedKeys(m_branches);
    s.stages = checkedKeys(m_stages);
    s.warningKinds = checkedKeys(m_warnings);
    s.nextBestProduct = m_nextBest->currentData().toString();
    return s;
}

bool CampaignAudienceEditor::setSpec(const planning::AudienceSpec &s)
{
    const int index = m_segmentation->findData(s.segmentation);
    if (index >= 0 && index != m_segmentation->currentIndex()) {
        const QSignalBlocker block(m_segmentation);
        m_segmentation->setCurrentIndex(index);
        fillSegments();
    }
    {
        const QSignalBlocker b1(m_segments), b2(m_branches), b3(m_stages), b4(m_warnings), b5(m_nextBest);
        setCheckedKeys(m_segments, s.segments);
        setCheckedKeys(m_branches, s.branches);
        setCheckedKeys(m_stages, s.stages);
        setCheckedKeys(m_warnings, s.warningKinds);
        m_nextBest->setCurrentIndex(std::max(m_nextBest->findData(s.nextBestProduct), 0));
    }
    updateTabTitles();
    emit changed();
    return index >= 0;
}

bool CampaignAudienceEditor::needsFacts() const
{
    const planning::AudienceSpec s = spec();
    return !s.stages.isEmpty() || !s.warningKinds.isEmpty() || !s.nextBestProduct.isEmpty();
}

QString CampaignAudienceEditor::segmentName(const QString &key) const
{
    const analytics::BookSegmentation *seg = m_book ? m_book->segmentation(m_segmentation->currentData().toString()) : nullptr;
    return seg ? analytics::segmentationNames(*seg).value(seg->keys.indexOf(key), key) : key;
}

QString CampaignAudienceEditor::segmentationTitle() const
{
    const analytics::BookSegmentation *seg = m_book ? m_book->segmentation(m_segmentation->currentData().toString()) : nullptr;
    return seg ? analytics::segmentationTitle(*seg) : QString();
}

} // namespace tierwise
