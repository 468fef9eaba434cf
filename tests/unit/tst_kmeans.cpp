// k-means: planted blobs are found, results are reproducible for a seed, the sampled silhouette
// agrees with a direct computation, the planted k is chosen, cancellation is honoured, and
// profiles name the feature that was planted.

#include "analytics/kmeans.h"
#include "testutil.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace tierwise;
using namespace tierwise::analytics;

namespace {

struct Blobs
{
    Eigen::MatrixXd x;
    Eigen::MatrixXd centres; // planted, k × d
    std::vector<std::int32_t> truth;
};

// k Gaussian blobs in d dimensions with centres drawn in [−10, 10]^d at least `separation` apart.
Blobs blobs(int n, int d, int k, double sd, double separation, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0.0, sd);
    std::uniform_real_distribution<double> uniform(-10.0, 10.0);
    Blobs b;
    b.centres.resize(k, d);
    for (int j = 0; j < k;) {
        for (int f = 0; f < d; ++f)
            b.centres(j, f) = uniform(rng);
        bool apart = true;
        for (int o = 0; o < j; ++o)
            apart = apart && (b.centres.row(o) - b.centres.row(j)).norm() >= separation;
        j += apart ? 1 : 0;
    }
    b.x.resize(n, d);
    b.truth.resize(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        const int j = i % k;
        b.truth[std::size_t(i)] = j;
        for (int f = 0; f < d; ++f)
            b.x(i, f) = b.centres(j, f) + noise(rng);
    }
    return b;
}

// Rows sorted lexicographically, so that centres can be compared whatever their labels.
Eigen::MatrixXd sortedRows(const Eigen::MatrixXd &m)
{
    std::vector<int> order(std::size_t(m.rows()));
    for (int i = 0; i < int(order.size()); ++i)
        order[std::size_t(i)] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        for (int f = 0; f < m.cols(); ++f)
            if (m(a, f) != m(b, f))
                return m(a, f) < m(b, f);
        return false;
    });
    Eigen::MatrixXd out(m.rows(), m.cols());
    for (int i = 0; i < int(order.size()); ++i)
        out.row(i) = m.row(order[std::size_t(i)]);
    return out;
}

class CancelAfter final : public jobs::Progress
{
public:
    explicit CancelAfter(int calls) : m_left(calls) {}
    bool report(qint64, qint64, const QString &) override { return m_left-- > 0; }

private:
    int m_left;
};

} // namespace

class TestKMeans : public QObject
{
    Q_OBJECT

private slots:
    void findsPlantedCentres_data();
    void findsPlantedCentres();
    void sameSeedSameResult();
    void otherSeedSameOptimum();
    void inertiaMatchesLabels();
    void rejectsBadInput();
    void cancelled_data();
    void cancelled();
    void silhouetteSampleWholeSetIsExact();
    void silhouetteLargeSampleIsClose();
    void chooseKFindsPlantedK();
    void standardizerRoundTrip();
    void profileAndName();
    void unknownColumnWords();
};

void TestKMeans::findsPlantedCentres_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("d");
    QTest::addColumn<int>("threads");
    QTest::newRow("k=3 d=2 one thread") << 3 << 2 << 1;
    QTest::newRow("k=5 d=4 two threads") << 5 << 4 << 2;
    QTest::newRow("k=8 d=8 all cores") << 8 << 8 << 0;
}

void TestKMeans::findsPlantedCentres()
{
    QFETCH(int, k);
    QFETCH(int, d);
    QFETCH(int, threads);
    const Blobs b = blobs(20000, d, k, 0.3, 4.0, 7);
    jobs::NullProgress progress;
    KMeansOptions o;
    o.k = k;
    o.threads = threads;
    const Result<KMeansResult> r = kmeans(b.x, o, progress);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->centres.rows(), Eigen::Index(k));
    const Eigen::MatrixXd found = sortedRows(r->centres), planted = sortedRows(b.centres);
    const double worst = (found - planted).cwiseAbs().maxCoeff();
    QVERIFY2(worst < 0.05, qPrintable(QStringLiteral("largest centre error %1").arg(worst)));
    qint64 total = 0;
    for (qint64 s : r->sizes) {
        QVERIFY2(s == 20000 / k || s == 20000 / k + 1, qPrintable(QString::number(s))); // exactly the planted blobs
        total += s;
    }
    QCOMPARE(total, qint64(20000));
    QVERIFY(r->iterations >= 1);
}

void TestKMeans::sameSeedSameResult()
{
    const Blobs b = blobs(30000, 6, 6, 1.5, 2.0, 11); // overlapping: restarts matter
    jobs::NullProgress progress;
    KMeansOptions o;
    o.k = 6;
    o.seed = 42;
    o.threads = 2;
    const Result<KMeansResult> r1 = kmeans(b.x, o, progress);
    o.threads = 1; // and the thread count does not matter
    const Result<KMeansResult> r2 = kmeans(b.x, o, progress);
    QVERIFY(r1.ok() && r2.ok());
    QVERIFY(r1->labels == r2->labels);
    QVERIFY(r1->centres == r2->centres);
    QCOMPARE(r1->inertia, r2->inertia);
    QCOMPARE(r1->iterations, r2->iterations);
}

void TestKMeans::otherSeedSameOptimum()
{
    const Blobs b = blobs(20000, 4, 4, 0.5, 3.0, 3);
    jobs::NullProgress progress;
    KMeansOptions o;
    o.k = 4;
    o.restarts = 1;
    o.seed = 1;
    const Result<KMeansResult> r1 = kmeans(b.x, o, progress);
    o.seed = 2;
    const Result<KMeansResult> r2 = kmeans(b.x, o, progress);
    QVERIFY(r1.ok() && r2.ok());
    // Another seed starts elsewhere (labels are permuted or centres differ in the last digits) …
    QVERIFY(r1->labels != r2->labels || r1->centres != r2->centres);
    // … and ends at the same optimum on separated blobs.
    QVERIFY(test::fuzzyEqual(r1->inertia, r2->inertia, 1e-9));
}

void TestKMeans::inertiaMatchesLabels()
{
    const Blobs b = blobs(5000, 3, 4, 1.0, 1.5, 5);
    jobs::NullProgress progress;
    KMeansOptions o;
    o.k = 4;
    const Result<KMeansResult> r = kmeans(b.x, o, progress);
    QVERIFY(r.ok());
    double inertia = 0;
    for (int i = 0; i < b.x.rows(); ++i) {
        const int l = r->labels[std::size_t(i)];
        double best = std::numeric_limits<double>::infinity();
        for (int j = 0; j < 4; ++j)
            best = std::min(best, (b.x.row(i) - r->centres.row(j)).squaredNorm());
        // Every row sits at its nearest centre, and the centres are the means of their rows.
        QVERIFY(test::fuzzyEqual((b.x.row(i) - r->centres.row(l)).squaredNorm(), best, 1e-9, 1e-9));
        inertia += best;
    }
    QVERIFY(test::fuzzyEqual(r->inertia, inertia, 1e-9));
}

void TestKMeans::rejectsBadInput()
{
    jobs::NullProgress progress;
    Eigen::MatrixXd x = Eigen::MatrixXd::Random(10, 2);
    KMeansOptions o;
    o.k = 11;
    Result<KMeansResult> r = kmeans(x, o, progress);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::BadInput);
    o.k = 2;
    x(3, 1) = std::numeric_limits<double>::quiet_NaN();
    r = kmeans(x, o, progress);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::BadInput);
}

void TestKMeans::cancelled_data()
{
    QTest::addColumn<int>("calls");
    QTest::newRow("at once") << 0;
    QTest::newRow("while seeding") << 2;
    QTest::newRow("between iterations") << 12;
}

void TestKMeans::cancelled()
{
    QFETCH(int, calls);
    const Blobs b = blobs(5000, 3, 8, 1.0, 1.0, 9);
    CancelAfter progress(calls);
    KMeansOptions o;
    o.k = 8;
    const Result<KMeansResult> r = kmeans(b.x, o, progress);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Cancelled);

    jobs::CallbackProgress flagged;
    flagged.cancel();
    const Result<KChoice> c = chooseK(b.x, 2, 4, o, 100, flagged);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, Error::Kind::Cancelled);
}

void TestKMeans::silhouetteSampleWholeSetIsExact()
{
    const Blobs b = blobs(600, 3, 3, 1.0, 1.5, 13);
    const double exact = silhouetteExact(b.x, b.truth, 3);
    QVERIFY(exact > 0.1 && exact < 1.0);
    QVERIFY(test::fuzzyEqual(silhouetteSample(b.x, b.truth, 3, 600, 1, 2), exact, 1e-9, 1e-9));
    QVERIFY(test::fuzzyEqual(silhouetteSample(b.x, b.truth, 3, 100000, 7, 1), exact, 1e-9, 1e-9));

    // A hand-checked case: two pairs on a line, {0, 1} and {10, 11}.
    Eigen::MatrixXd line(4, 1);
    line << 0, 1, 10, 11;
    const std::vector<std::int32_t> labels{0, 0, 1, 1};
    // Row 0: a = 1, b = (10 + 11) / 2 = 10.5 → 9.5 / 10.5; row 1: a = 1, b = 9.5 → 8.5 / 9.5.
    const double expected = (2 * (9.5 / 10.5) + 2 * (8.5 / 9.5)) / 4;
    QVERIFY(test::fuzzyEqual(silhouetteExact(line, labels, 2), expected, 1e-12));
    QVERIFY(test::fuzzyEqual(silhouetteSample(line, labels, 2, 4), expected, 1e-12));
    // A singleton cluster scores 0.
    QCOMPARE(silhouetteExact(line, {0, 0, 0, 1}, 2) < expected, true);
}

void TestKMeans::silhouetteLargeSampleIsClose()
{
    const Blobs b = blobs(3000, 4, 4, 1.0, 1.2, 17);
    const double exact = silhouetteExact(b.x, b.truth, 4);
    const double sampled = silhouetteSample(b.x, b.truth, 4, 1500, 3);
    QVERIFY2(std::fabs(sampled - exact) < 0.02, qPrintable(QStringLiteral("%1 vs %2").arg(sampled).arg(exact)));
    // Reproducible for a seed.
    QCOMPARE(silhouetteSample(b.x, b.truth, 4, 1500, 3), sampled);
}

void TestKMeans::chooseKFindsPlantedK()
{
    const Blobs b = blobs(6000, 3, 4, 0.5, 8.0, 21);
    jobs::NullProgress progress;
    KMeansOptions o;
    o.restarts = 3;
    const Result<KChoice> c = chooseK(b.x, 2, 7, o, 500, progress);
    QVERIFY(c.ok());
    QCOMPARE(c->k.size(), std::size_t(6));
    QVERIFY2(c->suggestedK == 4, qPrintable(QStringLiteral("silhouettes %1 %2 %3 %4 %5 %6").arg(c->silhouette[0]).arg(c->silhouette[1]).arg(c->silhouette[2]).arg(c->silhouette[3]).arg(c->silhouette[4]).arg(c->silhouette[5])));
    QCOMPARE(c->k[c->suggestedIndex], 4);
    QCOMPARE(c->results[c->suggestedIndex].centres.rows(), Eigen::Index(4));
    for (std::size_t i = 1; i < c->inertia.size(); ++i)
        QVERIFY(c->inertia[i] <= c->inertia[i - 1] * 1.0001); // more clusters, less inertia
}

void TestKMeans::standardizerRoundTrip()
{
    Eigen::MatrixXd x(4, 3);
    x << 1, 100, 5,
         2, 1000, 5,
         3, -50, 5,
         std::nan(""), 0, 5;
    const Standardizer s = Standardizer::fit(x, {false, true, false});
    QVERIFY(test::fuzzyEqual(s.mean[0], 2.0));
    QVERIFY(test::fuzzyEqual(s.sd[0], std::sqrt(2.0 / 3.0)));
    QCOMPARE(s.sd[2], 1.0); // constant column
    const Eigen::MatrixXd z = s.transform(x);
    QCOMPARE(z(3, 0), 0.0); // missing → mean
    QVERIFY(std::fabs(z.col(1).mean()) < 1e-12);
    QVERIFY(test::fuzzyEqual(z.col(1).squaredNorm() / 4, 1.0));
    const Eigen::MatrixXd back = s.inverse(z);
    for (int i = 0; i < 3; ++i)
        for (int f = 0; f < 3; ++f)
            QVERIFY2(test::fuzzyEqual(back(i, f), x(i, f), 1e-9, 1e-9), qPrintable(QStringLiteral("%1,%2").arg(i).arg(f)));
}

void TestKMeans::profileAndName()
{
    // Three groups of customers: young online-first with little money, older rich offline, and
    // average; tenure is the same for all.
    const int n = 3000;
    const QStringList columns{QStringLiteral("age"), QStringLiteral("aum3m"), QStringLiteral("onlineShare"),
                              QStringLiteral("tenureMonths")};
    Eigen::MatrixXd x(n, 4);
    std::mt19937_64 rng(5);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::vector<std::int32_t> labels(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const int g = i % 3;
        labels[std::size_t(i)] = g;
        const double age = g == 0 ? 25 : g == 1 ? 68 : 45;
        const double aum = g == 0 ? 20000 : g == 1 ? 2000000 : 150000;
        const double online = g == 0 ? 0.8 : g == 1 ? 0.05 : 0.35;
        x(i, 0) = age + 3 * noise(rng);
        x(i, 1) = aum * (1 + 0.1 * noise(rng));
        x(i, 2) = std::clamp(online + 0.05 * noise(rng), 0.0, 1.0);
        x(i, 3) = 60 + 12 * noise(rng);
    }
    const std::vector<ClusterProfile> p = profile(x, labels, 3);
    QCOMPARE(p.size(), std::size_t(3));
    qint64 total = 0;
    for (const ClusterProfile &c : p)
        total += c.size;
    QCOMPARE(total, qint64(n));
    QCOMPARE(p[0].size, qint64(1000));
    QVERIFY(test::fuzzyEqual(p[0].share, 1.0 / 3, 1e-12));
    QVERIFY(std::fabs(p[1].centroid[0] - 68) < 0.5);
    QVERIFY(std::fabs(p[1].centroid[1] / 2000000 - 1) < 0.02);
    QCOMPARE(p[1].distinguishing.size(), std::size_t(4));

    const QString young = suggestName(p[0], columns);
    QVERIFY2(young.contains(QStringLiteral("young")), qPrintable(young));
    QVERIFY2(young.contains(QStringLiteral("online-first")), qPrintable(young));
    QVERIFY2(young.contains(QStringLiteral("low AUM")), qPrintable(young));
    QCOMPARE(young.count(QStringLiteral(", ")), 2);
    const QString old = suggestName(p[1], columns);
    QVERIFY2(old.contains(QStringLiteral("older")), qPrintable(old));
    QVERIFY2(old.contains(QStringLiteral("high AUM")), qPrintable(old));
    QVERIFY2(old.contains(QStringLiteral("rarely online")), qPrintable(old));
    QVERIFY2(!old.contains(QStringLiteral("tenure")) && !old.contains(QStringLiteral("long-standing")), qPrintable(old));
    // One feature only.
    QCOMPARE(suggestName(p[1], columns, 1), featureWords(columns.at(p[1].distinguishing.front())).high);
    // Nothing stands out.
    QCOMPARE(suggestName(p[2], columns, 3, 100.0), QStringLiteral("average customers"));
}

void TestKMeans::unknownColumnWords()
{
    const FeatureWords w = featureWords(QStringLiteral("loyaltyPoints"));
    QCOMPARE(w.high, QStringLiteral("high loyaltyPoints"));
    QCOMPARE(w.low, QStringLiteral("low loyaltyPoints"));
    QCOMPARE(featureWords(QStringLiteral("AGE")).low, QStringLiteral("young"));
}

QTEST_GUILESS_MAIN(TestKMeans)
#include "tst_kmeans.moc"
