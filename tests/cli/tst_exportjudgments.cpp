// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/humanjudgmentstore.h"
#include "core/db/projectstore.h"
#include "testutils.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;
using TestUtils::runCli;

/// `tare-cli export judgments`: a run's judge and a person's labels out as TREC qrels and JSON
/// Lines, through the real program.
class TestExportJudgments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void annotatorAsQrels();
    void runJudgeAsJsonLines();
    void mistakesAreUsageErrors_data();
    void mistakesAreUsageErrors();

private:
    QStringList lines(const QString& path) const;

    QTemporaryDir m_dir;
    QString m_project;
    QList<QPair<QString, QString>> m_labelled; ///< query, document ext ids alice labelled, in order
};

QStringList TestExportJudgments::lines(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

void TestExportJudgments::initTestCase()
{
    m_project = m_dir.filePath(QStringLiteral("judged.tare"));
    const QString teaching = QStringLiteral(TARE_SAMPLE_DATA_DIR "/teaching");
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("beir"), teaching, QStringLiteral("--project"), m_project}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("embed"), m_project, QStringLiteral("--space"), QStringLiteral("lsa")}).exitCode, 0);
    const auto run = runCli({QStringLiteral("run"), m_project, QStringLiteral("--space"), QStringLiteral("lsa"), QStringLiteral("--judge"),
                             QStringLiteral("simulated:flip=0.3,seed=3"), QStringLiteral("--refiner"), QStringLiteral("kl-adam"),
                             QStringLiteral("--steps"), QStringLiteral("5")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Alice labels three documents of tq2 with digits.
    ProjectStore store(m_project);
    const qint64 set = store.datasets().all().first().id;
    HumanJudgmentStore alice(store, QStringLiteral("alice"));
    const qint64 query = *store.datasets().queryId(set, "tq2");
    int digit = 9;
    for (const char* document : {"t20", "t21", "t22"}) {
        alice.label(query, *store.datasets().documentId(set, document), digit / 9.0, QString::number(digit));
        m_labelled.append({QStringLiteral("tq2"), QString::fromLatin1(document)});
        digit -= 4;
    }
}

void TestExportJudgments::annotatorAsQrels()
{
    const QString out = m_dir.filePath(QStringLiteral("alice.qrels"));
    const auto result = runCli({QStringLiteral("export"), QStringLiteral("judgments"), m_project, QStringLiteral("--judge"),
                                QStringLiteral("alice"), QStringLiteral("--scale"), QStringLiteral("9"), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("Wrote 3 judgments of alice")));
    QCOMPARE(lines(out), (QStringList{QStringLiteral("tq2 0 t20 9"), QStringLiteral("tq2 0 t21 5"), QStringLiteral("tq2 0 t22 1")}));
    // The file is there now: written again only with --force, like every export.
    const QStringList again{QStringLiteral("export"), QStringLiteral("judgments"), m_project, QStringLiteral("--judge"),
                            QStringLiteral("human:alice"), QStringLiteral("--format"), QStringLiteral("qrels"), QStringLiteral("--out"), out};
    const auto refused = runCli(again);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(out), qPrintable(refused.err));
    QCOMPARE(lines(out), (QStringList{QStringLiteral("tq2 0 t20 9"), QStringLiteral("tq2 0 t21 5"), QStringLiteral("tq2 0 t22 1")}));
    // Binary: 5/9 and 9/9 are relevant, 1/9 is not.
    const auto binary = runCli(again + QStringList{QStringLiteral("--force")});
    QVERIFY2(binary.exitCode == 0, qPrintable(binary.err));
    QCOMPARE(lines(out), (QStringList{QStringLiteral("tq2 0 t20 1"), QStringLiteral("tq2 0 t21 1"), QStringLiteral("tq2 0 t22 0")}));
}

void TestExportJudgments::runJudgeAsJsonLines()
{
    ProjectStore store(m_project);
    const QList<JudgeInfo> simulated = store.judgments().judges(QStringLiteral("simulated"));
    QCOMPARE(simulated.size(), 1);
    const QString out = m_dir.filePath(QStringLiteral("judge.jsonl"));
    const auto result = runCli({QStringLiteral("export"), QStringLiteral("judgments"), m_project, QStringLiteral("--judge"),
                                QString::number(simulated.first().id), QStringLiteral("--format"), QStringLiteral("jsonl"),
                                QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList records = lines(out);
    const qint64 expected = store.judgments().judgmentCount(simulated.first().id, store.datasets().all().first().id);
    QCOMPARE(records.size(), expected); // one judgment per pair: nothing was judged twice
    QVERIFY(expected >= 3 * 20);
    for (const QString& line : records) {
        const QJsonObject record = QJsonDocument::fromJson(line.toUtf8()).object();
        QCOMPARE(record.value(QStringLiteral("judge")).toString(), simulated.first().identity);
        QVERIFY(record.value(QStringLiteral("query_id")).toString().startsWith(u't'));
        QVERIFY(record.value(QStringLiteral("score")).isDouble());
        QVERIFY(!record.value(QStringLiteral("created_at")).toString().isEmpty());
    }
}

void TestExportJudgments::mistakesAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("no judge") << QStringList{} << QStringLiteral("--judge");
    QTest::newRow("unknown judge") << QStringList{QStringLiteral("--judge"), QStringLiteral("bob")} << QStringLiteral("alice");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--judge"), QStringLiteral("alice"), QStringLiteral("--format"),
                                               QStringLiteral("csv")}
                                << QStringLiteral("qrels or jsonl");
    QTest::newRow("bad scale") << QStringList{QStringLiteral("--judge"), QStringLiteral("alice"), QStringLiteral("--scale"),
                                              QStringLiteral("-2")}
                               << QStringLiteral("--scale");
}

void TestExportJudgments::mistakesAreUsageErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const QString out = m_dir.filePath(QStringLiteral("never.qrels"));
    const auto result = runCli(QStringList{QStringLiteral("export"), QStringLiteral("judgments"), m_project, QStringLiteral("--out"), out} + extra);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestExportJudgments)
#include "tst_exportjudgments.moc"
