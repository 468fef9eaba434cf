#include "analytics/tiers.h"

#include "analytics/features.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <unordered_map>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::Tiers)
};

constexpr char kContext[] = "tierwise::analytics::Tiers";

// The default tiers' names, translated when shown (Tier::displayName).
constexpr const char *kDefaultNames[] = {
    QT_TRANSLATE_NOOP("tierwise::analytics::Tiers", "Potential"),
    QT_TRANSLATE_NOOP("tierwise::analytics::Tiers", "Mass"),
    QT_TRANSLATE_NOOP("tierwise::analytics::Tiers", "Affluent"),
    QT_TRANSLATE_NOOP("tierwise::analytics::Tiers", "High net worth"),
    QT_TRANSLATE_NOOP("tierwise::analytics::Tiers", "Private banking"),
};

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

// Checks one list of thresholds and patience against the tiers' keys; `where` prefixes messages.
tierwise::Status checkLadder(const QVector<tierwise::analytics::Tier> &tiers, const QVector<double> &thresholds,
                             const QVector<int> &patience, const QString &where)
{
    using tierwise::Error;
    for (int i = 0; i < thresholds.size(); ++i) {
        const QString &key = tiers.at(i).key;
        if (!std::isfinite(thresholds.at(i)))
            return Error::badInput(Tr::tr("%1tier '%2': the threshold must be a finite number.").arg(where, key));
        if (i > 0 && !(thresholds.at(i) > thresholds.at(i - 1)))
            return Error::badInput(Tr::tr("%1tier '%2': the threshold %3 must be greater than that of '%4' (%5); "
                                          "thresholds must increase.")
                                       .arg(where, key, number(thresholds.at(i)), tiers.at(i - 1).key,
                                            number(thresholds.at(i - 1))));
    }
    for (int i = 0; i < patience.size(); ++i)
        if (patience.at(i) < 1)
            return Error::badInput(Tr::tr("%1tier '%2': the downgrade patience must be at least one month.")
                                       .arg(where, tiers.at(i).key));
    return {};
}

} // namespace

namespace tierwise::analytics {

QString Tier::displayName() const
{
    return QCoreApplication::translate(kContext, name.toUtf8().constData());
}

TierRuleSet TierRuleSet::defaults()
{
    TierRuleSet set;
    const char *keys[] = {"potential", "mass", "affluent", "hnw", "private"};
    const double thresholds[] = {0, 50000, 500000, 6000000, 10000000};
    const int patience[] = {3, 3, 3, 3, 6};
    for (int i = 0; i < 5; ++i)
        set.m_tiers.append(Tier{QLatin1String(keys[i]), QLatin1String(kDefaultNames[i]), thresholds[i], patience[i]});
    return set;
}

int TierRuleSet::indexOf(const QString &key) const
{
    for (int i = 0; i < m_tiers.size(); ++i)
        if (m_tiers.at(i).key == key)
            return i;
    return -1;
}

QVector<double> TierRuleSet::thresholds(const QString &branch) const
{
    const auto it = m_branches.constFind(branch);
    if (!branch.isEmpty() && it != m_branches.cend() && it->thresholds.size() == m_tiers.size())
        return it->thresholds;
    QVector<double> out;
    out.reserve(m_tiers.size());
    for (const Tier &t : m_tiers)
        out.append(t.threshold);
    return out;
}

QVector<int> TierRuleSet::patience(const QString &branch) const
{
    const auto it = m_branches.constFind(branch);
    if (!branch.isEmpty() && it != m_branches.cend() && it->patience.size() == m_tiers.size())
        return it->patience;
    QVector<int> out;
    out.reserve(m_tiers.size());
    for (const Tier &t : m_tiers)
        out.append(t.patience);
    return out;
}

Status TierRuleSet::validate() const
{
    if (m_tiers.isEmpty())
        return Error::badInput(Tr::tr("A tier rule set needs at least one tier."));
    QSet<QString> keys;
    for (const Tier &t : m_tiers) {
        if (t.key.trimmed().isEmpty())
            return Error::badInput(Tr::tr("Every tier needs a key."));
        if (keys.contains(t.key))
            return Error::badInput(Tr::tr("tier '%1': the key is used twice.").arg(t.key));
        keys.insert(t.key);
    }
    if (Status s = checkLadder(m_tiers, thresholds(), patience(), QString()); !s)
        return s;
    for (auto it = m_branches.cbegin(); it != m_branches.cend(); ++it) {
        const QString where = Tr::tr("branch '%1': ").arg(it.key());
        if (it.key().isEmpty())
            return Error::badInput(Tr::tr("A branch override needs a branch id."));
        if (it->thresholds.size() != m_tiers.size())
            return Error::badInput(Tr::tr("%1the thresholds list has %2 entries; it needs one per tier (%3).")
                                       .arg(where)
                                       .arg(it->thresholds.size())
                                       .arg(m_tiers.size()));
        if (!it->patience.isEmpty() && it->patience.size() != m_tiers.size())
            return Error::badInput(Tr::tr("%1the patience list needs one value per tier (%2).").arg(where).arg(m_tiers.size()));
        if (Status s = checkLadder(m_tiers, it->thresholds, it->patience, where); !s)
            return s;
    }
    return {};
}

QJsonObject TierRuleSet::toJson() const
{
    QJsonArray tiers;
    for (const Tier &t : m_tiers)
        tiers.append(QJsonObject{{QStringLiteral("key"), t.key},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("threshold"), t.threshold},
                                 {QStringLiteral("patience"), t.patience}});
    QJsonObject root{{QStringLiteral("tiers"), tiers}};
    if (!m_branches.isEmpty()) {
        QJsonObject branches;
        for (auto it = m_branches.cbegin(); it != m_branches.cend(); ++it) {
            QJsonArray th, pa;
            for (double v : it->thresholds)
                th.append(v);
            for (int v : it->patience)
                pa.append(v);
            QJsonObject o{{QStringLiteral("thresholds"), th}};
            if (!pa.isEmpty())
                o.insert(QStringLiteral("patience"), pa);
            branches.insert(it.key(), o);
        }
        root.insert(QStringLiteral("branches"), branches);
    }
    return root;
}

QByteArray TierRuleSet::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<TierRuleSet> TierRuleSet::fromJson(const QJsonObject &root)
{
    TierRuleSet set;
    const QJsonValue tiersValue = root.value(QLatin1String("tiers"));
    if (!tiersValue.isArray())
        return Error::badInput(Tr::tr("\"tiers\" must be an array of tiers."));
    const QJsonArray tiers = tiersValue.toArray();
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        if (!tiers.at(i).isObject())
            return Error::badInput(Tr::tr("tiers[%1] must be an object with key, name, threshold and patience.").arg(i));
        const QJsonObject o = tiers.at(i).toObject();
        Tier t;
        t.key = o.value(QLatin1String("key")).toString();
        if (t.key.isEmpty())
            return Error::badInput(Tr::tr("tiers[%1]: \"key\" must be a non-empty string.").arg(i));
        t.name = o.value(QLatin1String("name")).toString(t.key);
        const QJsonValue th = o.value(QLatin1String("threshold"));
        if (!th.isDouble())
            return Error::badInput(Tr::tr("tier '%1': \"threshold\" must be a number.").arg(t.key));
        t.threshold = th.toDouble();
        const QJsonValue pa = o.value(QLatin1String("patience"));
        if (!pa.isUndefined()) {
            if (!pa.isDouble() || pa.toDouble() != std::floor(pa.toDouble()))
                return Error::badInput(Tr::tr("tier '%1': \"patience\" must be a whole number of months.").arg(t.key));
            t.patience = pa.toInt();
        }
        set.m_tiers.append(t);
    }
    const QJsonValue branchesValue = root.value(QLatin1String("branches"));
    if (!branchesValue.isUndefined() && !branchesValue.isNull()) {
        if (!branchesValue.isObject())
            return Error::badInput(Tr::tr("\"branches\" must be an object of branch id → override."));
        const QJsonObject branches = branchesValue.toObject();
        for (auto it = branches.constBegin(); it != branches.constEnd(); ++it) {
            const QJsonObject o = it.value().toObject();
            const QJsonValue th = o.value(QLatin1String("thresholds"));
            if (!it.value().isObject() || !th.isArray())
                return Error::badInput(Tr::tr("branch '%1': \"thresholds\" must be an array of numbers.").arg(it.key()));
            BranchTierOverride b;
            for (const QJsonValue v : th.toArray()) {
                if (!v.isDouble())
                    return Error::badInput(Tr::tr("branch '%1': \"thresholds\" must be an array of numbers.").arg(it.key()));
                b.thresholds.append(v.toDouble());
            }
            const QJsonValue pa = o.value(QLatin1String("patience"));
            if (!pa.isUndefined()) {
                if (!pa.isArray())
                    return Error::badInput(Tr::tr("branch '%1': \"patience\" must be an array of whole numbers.").arg(it.key()));
                for (const QJsonValue v : pa.toArray()) {
                    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()))
                        return Error::badInput(Tr::tr("branch '%1': \"patience\" must be an array of whole numbers.").arg(it.key()));
                    b.patience.append(v.toInt());
                }
            }
            set.m_branches.insert(it.key(), b);
        }
    }
    if (Status s = set.validate(); !s)
        return s.error();
    return set;
}

Result<TierRuleSet> TierRuleSet::fromJsonBytes(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::badInput(Tr::tr("The tier rules are not valid JSON: %1").arg(pe.errorString()));
    if (!doc.isObject())
        return Error::badInput(Tr::tr("The tier rules must be a JSON object."));
    return fromJson(doc.object());
}

int qualifyingTier(const QVector<double> &thresholds, double aum)
{
    int tier = 0;
    if (std::isnan(aum))
        return 0;
    for (int i = 1; i < thresholds.size(); ++i) {
        if (aum >= thresholds.at(i))
            tier = i;
        else
            break;
    }
    return tier;
}

TierAssignment assignTier(const double *history, int months, const QVector<double> &thresholds,
                          const QVector<int> &patience)
{
    int current = -1;
    int below = 0;
    for (int m = 0; m < months; ++m) {
        const double aum = history[m];
        if (std::isnan(aum))
            continue;
        const int q = qualifyingTier(thresholds, aum);
        if (current < 0 || q >= current) {
            current = q;
            below = 0;
        } else if (++below >= patience.at(current)) {
            current = q;
            below = 0;
        }
    }
    TierAssignment a;
    if (current < 0)
        current = qualifyingTier(thresholds, 0.0);
    a.tier = std::int16_t(current);
    a.monthsBelow = std::int16_t(std::min(below, 32767));
    a.watch = below > 0;
    return a;
}

std::vector<TierAssignment> assignTiers(const TierRuleSet &rules, const CustomerFeatures &features)
{
    struct Ladder
    {
        QVector<double> thresholds;
        QVector<int> patience;
    };
    const Ladder base{rules.thresholds(), rules.patience()};
    std::unordered_map<std::string, Ladder> byBranch;
    for (auto it = rules.branchOverrides().cbegin(); it != rules.branchOverrides().cend(); ++it)
        byBranch.emplace(it.key().toStdString(), Ladder{rules.thresholds(it.key()), rules.patience(it.key())});

    const std::size_t n = features.size();
    const int months = features.historyMonths;
    const bool haveHistory = months > 0 && features.aumHistory.size() >= n * std::size_t(months);
    std::vector<TierAssignment> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Ladder *ladder = &base;
        if (!byBranch.empty() && i < features.branchId.size()) {
            const auto it = byBranch.find(features.branchId[i]);
            if (it != byBranch.end())
                ladder = &it->second;
        }
        if (haveHistory)
            out[i] = assignTier(features.aumHistory.data() + i * std::size_t(months), months, ladder->thresholds,
                                ladder->patience);
        else if (i < features.aum1m.size())
            out[i] = assignTier(&features.aum1m[i], 1, ladder->thresholds, ladder->patience);
        else
            out[i] = assignTier(nullptr, 0, ladder->thresholds, ladder->patience);
    }
    return out;
}

std::int64_t TierMigration::upgrades() const
{
    std::int64_t s = 0;
    for (int f = 0; f < tierCount; ++f)
        for (int t = f + 1; t < tierCount; ++t)
            s += at(f, t);
    return s;
}

std::int64_t TierMigration::downgrades() const
{
    std::int64_t s = 0;
    for (int f = 0; f < tierCount; ++f)
        for (int t = 0; t < f; ++t)
            s += at(f, t);
    return s;
}

std::int64_t TierMigration::stayed() const
{
    std::int64_t s = 0;
    for (int f = 0; f < tierCount; ++f)
        s += at(f, f);
    return s;
}

TierMigration tierMigration(int tierCount, const std::vector<std::string> &idsBefore,
                            const std::vector<TierAssignment> &before, const std::vector<std::string> &idsAfter,
                            const std::vector<TierAssignment> &after)
{
    TierMigration m;
    m.tierCount = std::max(tierCount, 0);
    const std::size_t k = std::size_t(m.tierCount);
    m.counts.assign(k * k, 0);
    m.left.assign(k, 0);
    m.joined.assign(k, 0);
    auto valid = [&](int t) { return t >= 0 && t < m.tierCount; };
    const std::size_t nb = std::min(idsBefore.size(), before.size());
    const std::size_t na = std::min(idsAfter.size(), after.size());
    std::size_t i = 0, j = 0;
    while (i < nb || j < na) {
        if (j >= na || (i < nb && idsBefore[i] < idsAfter[j])) {
            if (valid(before[i].tier))
                ++m.left[std::size_t(before[i].tier)];
            ++i;
        } else if (i >= nb || idsAfter[j] < idsBefore[i]) {
            if (valid(after[j].tier))
                ++m.joined[std::size_t(after[j].tier)];
            ++j;
        } else {
            if (valid(before[i].tier) && valid(after[j].tier))
                ++m.counts[std::size_t(before[i].tier) * k + std::size_t(after[j].tier)];
            ++i;
            ++j;
        }
    }
    return m;
}

} // namespace tierwise::analytics
