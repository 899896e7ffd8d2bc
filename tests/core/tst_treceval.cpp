// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/metrics/treceval.h"
#include "core/util/tareerror.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tare;
using TestUtils::readAll;

namespace {

QString referenceDir()
{
    return QString::fromUtf8(TARE_SHARED_DIR) + QStringLiteral("/reference/trec");
}

// The five measures in trec_eval's printing order, as named in expected.json.
const QLatin1String measureNames[] = {QLatin1String("map"), QLatin1String("recip_rank"), QLatin1String("P_10"),
                                      QLatin1String("recall_100"), QLatin1String("ndcg_cut_10")};

double measureValue(const QueryMetrics& m, QLatin1String name)
{
    if (name == QLatin1String("map"))
        return m.ap;
    if (name == QLatin1String("recip_rank"))
        return m.rr;
    if (name == QLatin1String("P_10"))
        return m.p10;
    if (name == QLatin1String("recall_100"))
        return m.recall100;
    if (name == QLatin1String("ndcg_cut_10"))
        return m.ndcg10;
    return std::nan("");
}

} // namespace

/// Checks TrecEval against trec_eval 10.0's own output on the shared reference sets, and its
/// handling of malformed input.
class TestTrecEval : public QObject
{
    Q_OBJECT

private:
    // One row per run of expected.json: folder, files, -c flag and the run's expected object.
    void addReferenceRows()
    {
        const QString dir = referenceDir();
        if (!QDir(dir).exists())
            QSKIP(qPrintable(QStringLiteral("reference folder %1 not found").arg(dir)));

        QTest::addColumn<QString>("qrelsPath");
        QTest::addColumn<QString>("runPath");
        QTest::addColumn<QString>("outputPath");
        QTest::addColumn<bool>("countMissing");
        QTest::addColumn<QJsonObject>("expected");

        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/expected.json")), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray sets = doc.object().value(QLatin1String("sets")).toArray();
        QVERIFY(!sets.isEmpty());
        for (const QJsonValue& setValue : sets) {
            const QJsonObject set = setValue.toObject();
            const QString setName = set.value(QLatin1String("name")).toString();
            const QString setDir = dir + QLatin1Char('/') + setName + QLatin1Char('/');
            for (const QJsonValue& runValue : set.value(QLatin1String("runs")).toArray()) {
                const QJsonObject run = runValue.toObject();
                const QString runName = run.value(QLatin1String("run")).toString();
                const QJsonArray flags = run.value(QLatin1String("flags")).toArray();
                const bool countMissing = flags.contains(QJsonValue(QStringLiteral("-c")));
                QTest::addRow("%s/%s", qPrintable(setName), qPrintable(runName))
                    << setDir + set.value(QLatin1String("qrels")).toString() << setDir + runName
                    << setDir + run.value(QLatin1String("expected_output")).toString() << countMissing << run;
            }
        }
    }

    /// Evaluates the current reference row's run against its qrels, with -c when the row has it.
    static TrecEval::Result evaluateRow()
    {
        QFETCH(QString, qrelsPath);
        QFETCH(QString, runPath);
        QFETCH(bool, countMissing);
        TrecEval::Options options;
        options.missing = countMissing ? TrecEval::MissingQueries::CountAsZero : TrecEval::MissingQueries::Error;
        return TrecEval::evaluate(TrecEval::readQrels(qrelsPath), TrecEval::readRun(runPath), options);
    }

private Q_SLOTS:
    void matchesTrecEvalOutput_data() { addReferenceRows(); }
    void matchesTrecEvalOutput()
    {
        QFETCH(QString, outputPath);

        const QByteArray expected = readAll(outputPath);
        QVERIFY2(!expected.isEmpty(), qPrintable(outputPath));
        const QByteArray actual = TrecEval::format(evaluateRow());
        const QList<QByteArray> expectedLines = expected.split('\n');
        const QList<QByteArray> actualLines = actual.split('\n');
        for (qsizetype i = 0; i < std::min(expectedLines.size(), actualLines.size()); ++i)
            QVERIFY2(actualLines[i] == expectedLines[i],
                     qPrintable(QStringLiteral("line %1: got '%2', trec_eval printed '%3'")
                                    .arg(i + 1)
                                    .arg(QString::fromUtf8(actualLines[i]), QString::fromUtf8(expectedLines[i]))));
        QCOMPARE(actualLines.size(), expectedLines.size());
    }

    void matchesExactValues_data() { addReferenceRows(); }
    void matchesExactValues()
    {
        QFETCH(QJsonObject, expected);

        const TrecEval::Result result = evaluateRow();
        const QJsonObject perQuery = expected.value(QLatin1String("per_query")).toObject();
        const QJsonObject counts = expected.value(QLatin1String("counts")).toObject();
        QCOMPARE(qsizetype(result.queries.size()), perQuery.size());
        QCOMPARE(qint64(result.queries.size()), expected.value(QLatin1String("num_queries_averaged")).toInteger());

        const auto check = [](const QueryMetrics& m, const QJsonObject& values, const QString& qid) {
            for (QLatin1String name : measureNames) {
                const QJsonObject value = values.value(name).toObject();
                QVERIFY2(!value.isEmpty(), qPrintable(qid + QLatin1Char(' ') + name));
                const double exact = value.value(QLatin1String("exact")).toDouble();
                const double actual = measureValue(m, name);
                QVERIFY2(std::abs(actual - exact) <= 1e-12,
                         qPrintable(QStringLiteral("%1 %2: %3 vs exact %4")
                                        .arg(qid, name)
                                        .arg(actual, 0, 'g', 17)
                                        .arg(exact, 0, 'g', 17)));
                const QByteArray line = TrecEval::formatLine(name.latin1(), qid.toUtf8(), actual);
                const QByteArray printed = line.mid(line.lastIndexOf('\t') + 1).trimmed();
                QCOMPARE(QString::fromUtf8(printed), value.value(QLatin1String("printed")).toString());
            }
        };

        for (const TrecEval::QueryResult& q : result.queries) {
            const QString qid = QString::fromUtf8(q.qid);
            QVERIFY2(perQuery.contains(qid), qPrintable(qid));
            check(q.metrics, perQuery.value(qid).toObject(), qid);
            if (QTest::currentTestFailed())
                return;
            const QJsonObject c = counts.value(qid).toObject();
            QCOMPARE(q.metrics.numRetrieved, c.value(QLatin1String("num_ret")).toInteger());
            QCOMPARE(q.metrics.numRelevant, c.value(QLatin1String("num_rel")).toInteger());
            QCOMPARE(q.metrics.numRelevantRetrieved, c.value(QLatin1String("num_rel_ret")).toInteger());
            QCOMPARE(q.missingFromRun, q.metrics.numRetrieved == 0);
        }
        check(result.mean, expected.value(QLatin1String("all")).toObject(), QStringLiteral("all"));
    }

    void matchesTrecEvalRanking_data() { addReferenceRows(); }
    void matchesTrecEvalRanking()
    {
        QFETCH(QJsonObject, expected);

        const TrecEval::Result result = evaluateRow();
        const QJsonObject rankings = expected.value(QLatin1String("trec_eval_ranking")).toObject();
        QCOMPARE(qsizetype(result.queries.size()), rankings.size());
        for (const TrecEval::QueryResult& q : result.queries) {
            const QString qid = QString::fromUtf8(q.qid);
            const QJsonArray expectedRanking = rankings.value(qid).toArray();
            QStringList actual;
            for (const QByteArray& docno : q.ranking)
                actual.append(QString::fromUtf8(docno));
            QStringList wanted;
            for (const QJsonValue& v : expectedRanking)
                wanted.append(v.toString());
            QCOMPARE(actual, wanted);
        }
    }

    void missingQueryWithoutCountAsZeroFails()
    {
        const QString dir = referenceDir() + QStringLiteral("/missing_query/");
        if (!QDir(dir).exists())
            QSKIP(qPrintable(QStringLiteral("reference folder %1 not found").arg(dir)));
        const auto qrels = TrecEval::readQrels(dir + QStringLiteral("qrels"));
        const auto run = TrecEval::readRun(dir + QStringLiteral("run_missing"));
        try {
            TrecEval::evaluate(qrels, run);
            QFAIL("a qrels query missing from the run must stop the evaluation without -c");
        } catch (const TareError& e) {
            QCOMPARE(e.kind(), TareError::Kind::Input);
            QVERIFY2(e.message().contains(QLatin1String("'m3'")), qPrintable(e.message()));
        }
    }

    void runOnlyQueriesAreIgnored()
    {
        const auto qrels = TrecEval::parseQrels("q1 0 a 1\nq1 0 b 0\n", QStringLiteral("qrels"));
        const auto run =
            TrecEval::parseRun("q1 Q0 a 1 1.0 t\nq1 Q0 b 2 0.5 t\nzz Q0 a 1 1.0 t\n", QStringLiteral("run"));
        const auto result = TrecEval::evaluate(qrels, run);
        QCOMPARE(result.queries.size(), std::size_t(1));
        QCOMPARE(result.queries[0].qid, QByteArray("q1"));
        QCOMPARE(result.mean.ap, 1.0);
        QCOMPARE(run.tag, QByteArray("t"));
    }

    void scoreParsing_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<double>("value");
        QTest::newRow("decimal") << QByteArray("0.5") << 0.5;
        QTest::newRow("exponent") << QByteArray("1e-1") << 0.1;
        QTest::newRow("upper exponent") << QByteArray("-2.5E-3") << -0.0025;
        QTest::newRow("17 digits equal to 0.1") << QByteArray("0.10000000000000001") << 0.1;
        QTest::newRow("plus sign") << QByteArray("+3") << 3.0;
        QTest::newRow("hex float") << QByteArray("0x1p-3") << 0.125;
        QTest::newRow("integer") << QByteArray("42") << 42.0;
        QTest::newRow("infinity") << QByteArray("inf") << std::numeric_limits<double>::infinity();
    }
    void scoreParsing()
    {
        QFETCH(QByteArray, token);
        QFETCH(double, value);
        const QByteArray text = "q1 Q0 d1 1 " + token + " tag\n";
        const auto run = TrecEval::parseRun(text, QStringLiteral("run"));
        QCOMPARE(run.queries.size(), std::size_t(1));
        QCOMPARE(run.queries.begin()->second.at(0).score, value);
    }

    void formatLine_data()
    {
        QTest::addColumn<QByteArray>("measure");
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("line");
        // printf("%-22s\t%s\t%6.4f"): exact binary halves round to even, width 6 pads on the left.
        QTest::newRow("two thirds") << QByteArray("map") << 2.0 / 3.0
                                    << QByteArray("map                   \tq\t0.6667");
        QTest::newRow("exact half rounds to even down") << QByteArray("P_10") << 0.03125
                                                        << QByteArray("P_10                  \tq\t0.0312");
        QTest::newRow("exact half rounds to even up") << QByteArray("P_10") << 0.09375
                                                      << QByteArray("P_10                  \tq\t0.0938");
        QTest::newRow("wider than 6") << QByteArray("ndcg_cut_10") << 12.5
                                      << QByteArray("ndcg_cut_10           \tq\t12.5000");
        QTest::newRow("negative") << QByteArray("map") << -0.5 << QByteArray("map                   \tq\t-0.5000");
        QTest::newRow("long measure name") << QByteArray("a_measure_name_longer_than_22") << 1.0
                                           << QByteArray("a_measure_name_longer_than_22\tq\t1.0000");
    }
    void formatLine()
    {
        QFETCH(QByteArray, measure);
        QFETCH(double, value);
        QFETCH(QByteArray, line);
        QCOMPARE(TrecEval::formatLine(measure, "q", value), line);
    }

    void badInput_data()
    {
        QTest::addColumn<bool>("isRun");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");

        QTest::newRow("qrels: 3 fields") << false << QByteArray("q1 0 d1 1\nq1 0 d2\n") << 2
                                         << QStringLiteral("found 3");
        QTest::newRow("qrels: 5 fields") << false << QByteArray("q1 0 d1 1 x\n") << 1 << QStringLiteral("found 5");
        QTest::newRow("qrels: word grade") << false << QByteArray("q1 0 d1 1\nq1 0 d2 high\n") << 2
                                           << QStringLiteral("'high'");
        QTest::newRow("qrels: fractional grade") << false << QByteArray("q1 0 d1 1.5\n") << 1
                                                 << QStringLiteral("'1.5'");
        QTest::newRow("qrels: grade with junk") << false << QByteArray("q1 0 d1 2x\n") << 1 << QStringLiteral("'2x'");
        QTest::newRow("qrels: duplicate judgment") << false << QByteArray("q1 0 d1 1\nq2 0 d1 1\nq1 0 d1 0\n") << 3
                                                   << QStringLiteral("'d1'");
        QTest::newRow("qrels: comments and blanks count as lines")
            << false << QByteArray("# header\n\n  # indented comment\nq1 0 d1 x\n") << 4 << QStringLiteral("'x'");
        QTest::newRow("run: 5 fields") << true << QByteArray("q1 Q0 d1 1 0.5 t\nq1 Q0 d2 2 0.4\n") << 2
                                       << QStringLiteral("found 5");
        QTest::newRow("run: word score") << true << QByteArray("q1 Q0 d1 1 high t\n") << 1 << QStringLiteral("'high'");
        QTest::newRow("run: score with junk") << true << QByteArray("q1 Q0 d1 1 0.5x t\n") << 1
                                              << QStringLiteral("'0.5x'");
        QTest::newRow("run: NaN score") << true << QByteArray("q1 Q0 d1 1 nan t\n") << 1 << QStringLiteral("'nan'");
        QTest::newRow("run: decimal comma") << true << QByteArray("q1 Q0 d1 1 0,5 t\n") << 1 << QStringLiteral("'0,5'");
        QTest::newRow("run: duplicate document") << true << QByteArray("q1 Q0 d1 1 0.5 t\nq1 Q0 d1 2 0.4 t\n") << 2
                                                 << QStringLiteral("'d1'");
    }
    void badInput()
    {
        QFETCH(bool, isRun);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, reason);

        const QString fileName = isRun ? QStringLiteral("some/run.txt") : QStringLiteral("some/qrels.txt");
        try {
            if (isRun)
                TrecEval::parseRun(text, fileName);
            else
                TrecEval::parseQrels(text, fileName);
            QFAIL("malformed input was accepted");
        } catch (const TareError& e) {
            QCOMPARE(e.kind(), TareError::Kind::Input);
            const QString prefix = fileName + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ");
            QVERIFY2(e.message().startsWith(prefix), qPrintable(e.message()));
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        }
    }

    void fileErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("does-not-exist"));
        try {
            TrecEval::readRun(missing);
            QFAIL("a missing file was read");
        } catch (const TareError& e) {
            QCOMPARE(e.kind(), TareError::Kind::Io);
            QVERIFY2(e.message().contains(missing), qPrintable(e.message()));
        }

        const QString bad = dir.filePath(QStringLiteral("bad qrels"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("q1 0 d1 1\r\nq1 0 d2 0\r\nq1 0 d3 -\r\n");
        file.close();
        try {
            TrecEval::readQrels(bad);
            QFAIL("a malformed qrels file was read");
        } catch (const TareError& e) {
            QCOMPARE(e.kind(), TareError::Kind::Input);
            QVERIFY2(e.message().startsWith(bad + QStringLiteral(":3: ")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTrecEval)
#include "tst_treceval.moc"
