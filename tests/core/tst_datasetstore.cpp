// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/util/tareerror.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tare;

class TestDatasetStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void datasetsWithCounts();
    void documentsQueriesAndLabels();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

void TestDatasetStore::init()
{
    m_store = std::make_unique<ProjectStore>(m_dir.filePath(QStringLiteral("datasets.tare")), ProjectStore::OpenMode::CreateIfMissing);
}

void TestDatasetStore::cleanup()
{
    m_store.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("datasets.tare")));
}

void TestDatasetStore::datasetsWithCounts()
{
    DatasetStore& datasets = m_store->datasets();
    DatasetInfo info;
    info.name = QStringLiteral("first");
    info.pool = PoolRule::Judged;
    info.instruction = QStringLiteral("Find it.");
    const qint64 first = datasets.create(info);
    info.name = QStringLiteral("second");
    const qint64 second = datasets.create(info);
    QVERIFY_THROWS_EXCEPTION(TareError, datasets.create(info)); // the name exists
    QCOMPARE(datasets.all().size(), 2);
    QCOMPARE(datasets.all().first().id, first);
    QCOMPARE(datasets.byName(QStringLiteral("second"))->id, second);
    QVERIFY(!datasets.byName(QStringLiteral("third")));
    QVERIFY(!datasets.find(second + 1));

    const qint64 q = datasets.insertQuery(first, "q1", "a query", "");
    datasets.insertLabel(q, datasets.insertDocument(first, "d1", "", "relevant"), 2);
    datasets.insertLabel(q, datasets.insertDocument(first, "d2", "", "not"), 0);
    const DatasetInfo found = *datasets.find(first);
    QCOMPARE(found.pool, PoolRule::Judged);
    QCOMPARE(found.instruction, QStringLiteral("Find it."));
    QCOMPARE(found.documentCount, 2);
    QCOMPARE(found.queryCount, 1);
    QCOMPARE(found.labelCount, 2);
    QCOMPARE(found.positiveLabelCount, 1);
    QCOMPARE(datasets.find(second)->documentCount, 0);
}

void TestDatasetStore::documentsQueriesAndLabels()
{
    DatasetStore& datasets = m_store->datasets();
    DatasetInfo info;
    info.name = QStringLiteral("set");
    const qint64 dataset = datasets.create(info);
    const qint64 d1 = datasets.insertDocument(dataset, "d1", "Title", "text one");
    const qint64 d2 = datasets.insertDocument(dataset, "d2", "", "text two");
    QCOMPARE(datasets.insertDocument(dataset, "d1", "", "again"), 0); // the external id exists
    const qint64 q1 = datasets.insertQuery(dataset, "q1", "first", "");
    const qint64 q2 = datasets.insertQuery(dataset, "q2", "second", "Find the second.");
    QCOMPARE(datasets.insertQuery(dataset, "q2", "again", ""), 0);
    QCOMPARE(datasets.documentId(dataset, "d2"), std::optional<qint64>(d2));
    QCOMPARE(datasets.queryId(dataset, "q1"), std::optional<qint64>(q1));
    QVERIFY(!datasets.documentId(dataset, "d9"));

    QVERIFY(datasets.insertLabel(q1, d1, 2));
    QVERIFY(datasets.insertLabel(q2, d1, 0));
    QVERIFY(!datasets.insertLabel(q2, d1, 1)); // labelled already
    QCOMPARE(datasets.labelSummary(d1), QStringLiteral("q1: 2, q2: 0"));
    QCOMPARE(datasets.labelSummary(d2), QString());
    QCOMPARE(datasets.labelsByQuery(dataset).value(q2).first().grade, 0);

    const auto document = datasets.document(d1);
    QVERIFY(document);
    QCOMPARE(document->extId, QStringLiteral("d1"));
    QCOMPARE(document->fullText(), QStringLiteral("Title\ntext one"));
    QVERIFY(!datasets.document(d2 + 100));
    QCOMPARE(datasets.documents(dataset).size(), 2);
    const QHash<qint64, QString> extIds = datasets.documentExtIds(dataset);
    QCOMPARE(extIds.size(), 2);
    QCOMPARE(extIds.value(d1), QStringLiteral("d1"));
    QCOMPARE(extIds.value(d2), QStringLiteral("d2"));
    const QHash<QByteArray, qint64> byExtId = datasets.documentIdsByExtId(dataset);
    QCOMPARE(byExtId.size(), 2);
    QCOMPARE(byExtId.value("d2"), d2);
    QVERIFY(!byExtId.contains("d9"));
    QCOMPARE(datasets.queries(dataset).last().instruction, QStringLiteral("Find the second."));
    QStringList labels;
    datasets.forEachLabel(dataset, [&](const LabelRecord& label) {
        labels << QStringLiteral("%1 %2 %3").arg(label.queryExtId, label.documentExtId).arg(label.grade);
    });
    QCOMPARE(labels, QStringList({QStringLiteral("q1 d1 2"), QStringLiteral("q2 d1 0")}));
}

QTEST_GUILESS_MAIN(TestDatasetStore)
#include "tst_datasetstore.moc"
