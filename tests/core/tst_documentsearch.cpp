// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/io/sampleproject.h"
#include "core/models/corpusmodel.h"
#include "core/db/documentsearch.h"
#include "projectbuilder.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tare;

/// The full-text index and the lazily paged corpus table over the sample's nuance set (400 documents).
class TestDocumentSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void indexIsBuiltOnceAndAfterChanges();
    void matchExpression_data();
    void matchExpression();
    void pagesAndFilters();
    void modelFetchesPageByPage();
    void modelReportsAFailedPage();

private:
    TestUtils::TempProject m_project{QStringLiteral("s.tare")};
    qint64 m_dataset = 0;
};

void TestDocumentSearch::initTestCase()
{
    SampleProject::ensureImported(*m_project, QStringLiteral(TARE_SAMPLE_DATA_DIR));
    m_dataset = m_project->datasets().byName(QStringLiteral("nuance"))->id;
}

void TestDocumentSearch::indexIsBuiltOnceAndAfterChanges()
{
    DocumentSearch& search = m_project->documentSearch();
    QCOMPARE(search.count(m_dataset, QStringLiteral("arches")), 0); // nothing indexed yet
    QVERIFY(search.ensureIndex());
    QVERIFY(!search.ensureIndex());
    QVERIFY(search.count(m_dataset, QStringLiteral("arches")) >= 1);
    // A new document changes the state: the next call rebuilds and finds it.
    const qint64 id = m_project->datasets().insertDocument(m_dataset, "zz-new", "", "an xylophonist's unusual tale");
    QVERIFY(id > 0);
    QVERIFY(search.ensureIndex());
    QCOMPARE(search.count(m_dataset, QStringLiteral("xylophon")), 1);
    auto& remove = m_project->connection().prepare("DELETE FROM documents WHERE id = ?1");
    remove.bind(1, id).run();
    QVERIFY(search.ensureIndex());
    QCOMPARE(search.count(m_dataset, QStringLiteral("xylophon")), 0);
}

void TestDocumentSearch::matchExpression_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << QStringLiteral("fallen arch") << QStringLiteral("\"fallen\"* \"arch\"*");
    QTest::newRow("fts syntax is literal") << QStringLiteral("\"a\" OR NEAR(") << QStringLiteral("\"a\"* \"OR\"* \"NEAR\"*");
    QTest::newRow("empty") << QStringLiteral("  -- ") << QString();
    QTest::newRow("unicode") << QStringLiteral("Müsli café") << QStringLiteral("\"Müsli\"* \"café\"*");
}

void TestDocumentSearch::matchExpression()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DocumentSearch::matchExpression(input), expected);
}

void TestDocumentSearch::pagesAndFilters()
{
    DocumentSearch& search = m_project->documentSearch();
    search.ensureIndex();
    QCOMPARE(search.count(m_dataset, {}), 400);
    const QList<DocumentRow> first = search.page(m_dataset, {}, 0, 150);
    QCOMPARE(first.size(), 150);
    const QList<DocumentRow> second = search.page(m_dataset, {}, first.last().id, 150);
    QCOMPARE(second.size(), 150);
    QVERIFY(second.first().id > first.last().id);
    const QList<DocumentRow> arches = search.page(m_dataset, QStringLiteral("FALLEN arch"), 0, 50);
    QStringList ids;
    for (const DocumentRow& row : arches)
        ids.append(row.extId);
    QVERIFY2(ids.contains(QStringLiteral("d0025")), qPrintable(ids.join(u' ')));
    const DocumentRow d25 = arches.at(ids.indexOf(QStringLiteral("d0025")));
    QVERIFY(d25.preview.startsWith(QStringLiteral("Stability trainers")));
    QVERIFY2(d25.labels.contains(QStringLiteral(": ")), qPrintable(d25.labels)); // "q..: grade"
    QVERIFY(search.fullText(d25.id).contains(QStringLiteral("rolling inward")));
}

void TestDocumentSearch::modelFetchesPageByPage()
{
    DocumentSearch& search = m_project->documentSearch();
    search.ensureIndex();
    CorpusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(64);
    // The first page comes with the listing; the next is read ahead on a worker.
    model.setDocuments(m_project.path(), m_dataset, {}, search.page(m_dataset, {}, 0, model.pageSize()));
    QCOMPARE(model.rowCount(), 64);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 128);
    while (model.canFetchMore({})) {
        const int rows = model.rowCount();
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() > rows || !model.canFetchMore({}));
    }
    QCOMPARE(model.rowCount(), 400);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.document(row).id);
    QVERIFY(std::is_sorted(ids.begin(), ids.end()));
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 400); // no page twice
    const QString filter = QStringLiteral("arches");
    model.setDocuments(m_project.path(), m_dataset, filter, search.page(m_dataset, filter, 0, model.pageSize()));
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(model.rowCount() < 64);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.rowOfDocument(model.document(0).id) == 0);
    QVERIFY(model.index(0, CorpusModel::RankBeforeColumn).data().isNull()); // no query selected

    // A ranking fills the per-query columns.
    QueryRanking ranking;
    ranking.candidates.insert(model.document(0).id, {3, 1, 0.25, 0.5});
    ranking.judgments.insert(model.document(0).id, 0.75);
    ranking.humanLabels.insert(model.document(0).id, 1.0);
    model.setRanking(ranking);
    QCOMPARE(model.index(0, CorpusModel::RankBeforeColumn).data().toInt(), 3);
    QCOMPARE(model.index(0, CorpusModel::ScoreAfterColumn).data().toString(), QStringLiteral("0.500"));
    QCOMPARE(model.index(0, CorpusModel::JudgmentColumn).data().toString(), QStringLiteral("0.75 · you: 1.00"));
}

void TestDocumentSearch::modelReportsAFailedPage()
{
    DocumentSearch& search = m_project->documentSearch();
    search.ensureIndex();
    CorpusModel model;
    QSignalSpy failed(&model, &CorpusModel::pageFailed);
    model.setPageSize(64);
    // The first page listed, the file gone before the next is read: the listing ends there.
    const QString gone = m_project.filePath(QStringLiteral("gone.tare"));
    model.setDocuments(gone, m_dataset, {}, search.page(m_dataset, {}, 0, model.pageSize()));
    QVERIFY(failed.wait(30000));
    QVERIFY2(failed.first().first().toString().contains(gone), qPrintable(failed.first().first().toString()));
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 64);
}

QTEST_GUILESS_MAIN(TestDocumentSearch)
#include "tst_documentsearch.moc"
