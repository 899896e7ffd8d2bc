// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/io/beirimporter.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tare;

namespace {

const QByteArray s_corpus = "{\"_id\": \"d1\", \"title\": \"\", \"text\": \"red apples\"}\n"
                            "{\"_id\": \"d2\", \"text\": \"green pears\"}\n"
                            "{\"_id\": 3, \"title\": \"t\", \"text\": \"yellow bananas\"}\n";
const QByteArray s_queries = "{\"_id\": \"q1\", \"text\": \"fruit that is red\"}\n"
                             "{\"_id\": \"q2\", \"text\": \"pears\", \"instruction\": \"find fruit\"}\n";
const QByteArray s_qrels = "query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td2\t0\nq2\td2\t2\nq2\t3\t0\n";

QString makeBeir(const QDir& dir, const QByteArray& corpus, const QByteArray& queries, const QByteArray& qrels)
{
    TestUtils::writeFile(dir, QStringLiteral("set/corpus.jsonl"), corpus);
    TestUtils::writeFile(dir, QStringLiteral("set/queries.jsonl"), queries);
    TestUtils::writeFile(dir, QStringLiteral("set/qrels/test.tsv"), qrels);
    return dir.filePath(QStringLiteral("set"));
}

/// Everything a failed import must leave as it was.
QString fingerprint(ProjectStore& store)
{
    QString result;
    for (const auto& dataset : store.datasets().all())
        result += QStringLiteral("%1:%2/%3/%4;").arg(dataset.name).arg(dataset.documentCount).arg(dataset.queryCount).arg(dataset.labelCount);
    return result;
}

} // namespace

class TestBeirImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsSmallFolder();
    void badInput_data();
    void badInput();
    void skipBadReportsReasons();
    void cancelLeavesNothing();
    void realData_data();
    void realData();
};

void TestBeirImporter::importsSmallFolder()
{
    QTemporaryDir dir;
    const QString folder = makeBeir(QDir(dir.path()), s_corpus, s_queries, s_qrels);
    ProjectStore store(dir.filePath(QStringLiteral("p.tare")), ProjectStore::OpenMode::CreateIfMissing);
    ImportOptions options;
    options.pool = PoolRule::Judged;
    const ImportReport report = BeirImporter::run(store, folder, options);
    QCOMPARE(report.documents, 3);
    QCOMPARE(report.queries, 2);
    QCOMPARE(report.labels, 4);
    QCOMPARE(report.positiveLabels, 2);
    const auto dataset = store.datasets().byName(QStringLiteral("set"));
    QVERIFY(dataset);
    QCOMPARE(dataset->pool, PoolRule::Judged);
    QVERIFY(store.datasets().documentId(dataset->id, "3")); // numeric ids become strings
}

void TestBeirImporter::badInput_data()
{
    QTest::addColumn<QByteArray>("corpus");
    QTest::addColumn<QByteArray>("queries");
    QTest::addColumn<QByteArray>("qrels");
    QTest::addColumn<QString>("where");  // file and line in the message
    QTest::addColumn<QString>("reason"); // the reason in the message

    QTest::newRow("malformed JSON") << QByteArray("{\"_id\": \"d1\", \"text\": \"a\"}\n{\"_id\": \"d2\", \"text\": }\n")
                                    << s_queries << s_qrels << QStringLiteral("corpus.jsonl:2:") << QStringLiteral("malformed JSON");
    QTest::newRow("missing _id") << QByteArray("{\"text\": \"a\"}\n") << s_queries << s_qrels
                                 << QStringLiteral("corpus.jsonl:1") << QStringLiteral("missing field \"_id\"");
    QTest::newRow("missing text") << QByteArray("{\"_id\": \"d1\", \"title\": \"x\"}\n") << s_queries << s_qrels
                                  << QStringLiteral("corpus.jsonl:1") << QStringLiteral("missing field \"text\"");
    QTest::newRow("text not a string") << QByteArray("{\"_id\": \"d1\", \"text\": 5}\n") << s_queries << s_qrels
                                       << QStringLiteral("corpus.jsonl:1") << QStringLiteral("must be a string");
    QTest::newRow("duplicate document id") << s_corpus + "{\"_id\": \"d2\", \"text\": \"again\"}\n" << s_queries << s_qrels
                                           << QStringLiteral("corpus.jsonl:4") << QStringLiteral("duplicate document id 'd2'");
    QTest::newRow("duplicate query id") << s_corpus << s_queries + "{\"_id\": \"q1\", \"text\": \"again\"}\n" << s_qrels
                                        << QStringLiteral("queries.jsonl:3") << QStringLiteral("duplicate query id 'q1'");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"_id\": \"d1\", \"text\": \"caf\xc3\x28\"}\n") << s_queries << s_qrels
                                   << QStringLiteral("corpus.jsonl:1:") << QStringLiteral("invalid UTF-8 at byte 27");
    QTest::newRow("not an object") << QByteArray("[1, 2]\n") << s_queries << s_qrels
                                   << QStringLiteral("corpus.jsonl:1") << QStringLiteral("expected a JSON object");
    QTest::newRow("empty corpus") << QByteArray() << s_queries << s_qrels << QStringLiteral("corpus.jsonl")
                                  << QStringLiteral("the file is empty");
    QTest::newRow("qrels unknown document") << s_corpus << s_queries << s_qrels + "q1\td9\t1\n"
                                            << QStringLiteral("test.tsv:6") << QStringLiteral("unknown document id 'd9'");
    QTest::newRow("qrels unknown query") << s_corpus << s_queries << s_qrels + "q7\td1\t1\n"
                                         << QStringLiteral("test.tsv:6") << QStringLiteral("unknown query id 'q7'");
    QTest::newRow("qrels bad grade") << s_corpus << s_queries << s_qrels + "q1\td3\thigh\n"
                                     << QStringLiteral("test.tsv:6") << QStringLiteral("not an integer");
    QTest::newRow("qrels wrong field count") << s_corpus << s_queries << s_qrels + "q1 d3 1\n"
                                             << QStringLiteral("test.tsv:6") << QStringLiteral("expected 3 tab-separated fields");
    QTest::newRow("qrels duplicate pair") << s_corpus << s_queries << s_qrels + "q1\td1\t0\n"
                                          << QStringLiteral("test.tsv:6") << QStringLiteral("duplicate label");
}

void TestBeirImporter::badInput()
{
    QFETCH(QByteArray, corpus);
    QFETCH(QByteArray, queries);
    QFETCH(QByteArray, qrels);
    QFETCH(QString, where);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    // A project that already holds a dataset: a failed import must leave it exactly as it was.
    const QString good = makeBeir(QDir(dir.filePath(QStringLiteral("good"))), s_corpus, s_queries, s_qrels);
    const QString bad = makeBeir(QDir(dir.filePath(QStringLiteral("bad"))), corpus, queries, qrels);
    ProjectStore store(dir.filePath(QStringLiteral("p.tare")), ProjectStore::OpenMode::CreateIfMissing);
    ImportOptions first;
    first.datasetName = QStringLiteral("existing");
    BeirImporter::run(store, good, first);
    const QString before = fingerprint(store);

    ImportOptions options;
    options.datasetName = QStringLiteral("broken");
    try {
        BeirImporter::run(store, bad, options);
        QFAIL("the import must fail");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Input);
        QVERIFY2(error.message().contains(where), qPrintable(error.message()));
        QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
    }
    QCOMPARE(fingerprint(store), before);
    QVERIFY(!store.datasets().byName(QStringLiteral("broken")));
}

void TestBeirImporter::skipBadReportsReasons()
{
    QTemporaryDir dir;
    const QByteArray corpus = s_corpus + "{\"_id\": \"d4\"}\nnot json\n{\"_id\": \"d5\", \"text\": \"ok\"}\n";
    const QString folder = makeBeir(QDir(dir.path()), corpus, s_queries, s_qrels + "q1\tmissing\t1\n");
    ProjectStore store(dir.filePath(QStringLiteral("p.tare")), ProjectStore::OpenMode::CreateIfMissing);
    ImportOptions options;
    options.skipBad = true;
    const ImportReport report = BeirImporter::run(store, folder, options);
    QCOMPARE(report.documents, 4);
    QCOMPARE(report.skipped, 3);
    QCOMPARE(report.skippedReasons.size(), 3);
    QVERIFY(report.skippedReasons[0].contains(QStringLiteral("corpus.jsonl:4")));
    QVERIFY(report.skippedReasons[1].contains(QStringLiteral("corpus.jsonl:5")));
    QVERIFY(report.skippedReasons[2].contains(QStringLiteral("unknown document id 'missing'")));
}

void TestBeirImporter::cancelLeavesNothing()
{
    QTemporaryDir dir;
    QByteArray corpus;
    for (int i = 0; i < 20000; ++i)
        corpus += "{\"_id\": \"d" + QByteArray::number(i) + "\", \"text\": \"text number " + QByteArray::number(i) + "\"}\n";
    const QString folder = makeBeir(QDir(dir.path()), corpus, "{\"_id\": \"q\", \"text\": \"x\"}\n", "q\td1\t1\n");
    ProjectStore store(dir.filePath(QStringLiteral("p.tare")), ProjectStore::OpenMode::CreateIfMissing);
    ImportOptions options;
    int polls = 0;
    options.sink.cancelled = [&] { return ++polls >= 2; };
    try {
        BeirImporter::run(store, folder, options);
        QFAIL("the import must be cancelled");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Cancelled);
    }
    QVERIFY(store.datasets().all().isEmpty());
}

void TestBeirImporter::realData_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<qint64>("documents");
    QTest::addColumn<qint64>("queries");
    QTest::addColumn<qint64>("labels");
    QTest::addColumn<qint64>("positives");
    // The counts their READMEs in ../shared/data state.
    QTest::newRow("argkp21") << QStringLiteral("argkp21") << QStringLiteral("judged") << qint64(6515) << qint64(243)
                             << qint64(24093) << qint64(4998);
    QTest::newRow("banking77") << QStringLiteral("banking77") << QStringLiteral("corpus") << qint64(13083) << qint64(77)
                               << qint64(13083) << qint64(13083);
}

void TestBeirImporter::realData()
{
    QFETCH(QString, name);
    QFETCH(QString, pool);
    QFETCH(qint64, documents);
    QFETCH(qint64, queries);
    QFETCH(qint64, labels);
    QFETCH(qint64, positives);
    if (!TestUtils::sharedAvailable(QStringLiteral("data/") + name))
        QSKIP("../shared/data is not beside the checkout; the real-data import is not checked");
    QTemporaryDir dir;
    ProjectStore store(dir.filePath(QStringLiteral("p.tare")), ProjectStore::OpenMode::CreateIfMissing);
    ImportOptions options;
    options.pool = *poolRuleFromName(pool);
    BeirImporter::run(store, TestUtils::sharedPath(QStringLiteral("data/") + name), options);
    const auto dataset = store.datasets().byName(name);
    QVERIFY(dataset);
    QCOMPARE(dataset->documentCount, documents);
    QCOMPARE(dataset->queryCount, queries);
    QCOMPARE(dataset->labelCount, labels);
    QCOMPARE(dataset->positiveLabelCount, positives);
    QCOMPARE(poolRuleName(dataset->pool), pool);
}

QTEST_GUILESS_MAIN(TestBeirImporter)
#include "tst_beirimporter.moc"
