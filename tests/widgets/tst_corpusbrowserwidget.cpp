// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/sqliteconnection.h"
#include "core/models/corpusmodel.h"
#include "widgets/corpusbrowserwidget.h"
#include "widgets/journey.h"
#include "widgets/tsvtableview.h"
#include "viewfixture.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace tare;

namespace {

/// Asks for pages until the model has listed everything (each arrives from a worker).
void fetchAll(CorpusModel& model)
{
    while (model.canFetchMore({})) {
        const int rows = model.rowCount();
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() > rows || !model.canFetchMore({}));
    }
}

} // namespace

class TestCorpusBrowserWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsLazilyAndFilters();
    void showsRanksForASelectedQuery();
    void pagingStaysOffTheGuiThread();

private:
    void open(CorpusBrowserWidget& widget);

    QTemporaryDir m_dir;
    ViewFixture::SampleProjectRuns m_project;
};

void TestCorpusBrowserWidget::initTestCase()
{
    m_project = ViewFixture::build(m_dir.filePath(QStringLiteral("sample.tare")));
}

void TestCorpusBrowserWidget::open(CorpusBrowserWidget& widget)
{
    QSignalSpy shown(&widget, &CorpusBrowserWidget::projectShown);
    widget.setProject(m_project.path, m_project.datasetId, m_project.noisyRun);
    QVERIFY(shown.wait(30000));
}

void TestCorpusBrowserWidget::listsLazilyAndFilters()
{
    CorpusBrowserWidget widget;
    QVERIFY(Journey::showExposed(&widget, {1300, 800}));
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    open(widget);
    QCOMPARE(widget.queryList()->count(), 23);
    QVERIFY2(widget.statusText().startsWith(QStringLiteral("400 document")), qPrintable(widget.statusText()));
    // One page at first; scrolling to the end asks for the next.
    QCOMPARE(widget.model()->rowCount(), CorpusModel::defaultPageSize);
    QVERIFY(widget.model()->canFetchMore({}));
    widget.tableView()->scrollToBottom();
    QTRY_COMPARE(widget.model()->rowCount(), 400);
    // 400 is two full pages: one more (empty) read, ahead of the view, tells the model it has everything.
    QTRY_VERIFY(!widget.model()->canFetchMore({}));
    QCOMPARE(widget.model()->rowCount(), 400);

    // A word's prefix finds the document about fallen arches.
    QSignalSpy counted(&widget, &CorpusBrowserWidget::filterCounted);
    widget.setFilter(QStringLiteral("fallen arch"));
    QVERIFY(counted.wait(30000));
    QCOMPARE(counted.last().first().toLongLong(), widget.model()->rowCount());
    QVERIFY(widget.model()->rowCount() >= 1);
    QStringList ids;
    for (int row = 0; row < widget.model()->rowCount(); ++row)
        ids.append(widget.model()->document(row).extId);
    QVERIFY2(ids.contains(QStringLiteral("d0025")), qPrintable(ids.join(u' ')));
    // Selected, the document shows its whole text (read by a worker).
    QSignalSpy document(&widget, &CorpusBrowserWidget::documentShown);
    widget.tableView()->selectRow(int(ids.indexOf(QStringLiteral("d0025"))));
    QVERIFY(document.wait(30000));
    QVERIFY(widget.documentText().contains(QStringLiteral("medial post")));
    // FTS5 syntax in the filter is taken literally, not as an error.
    widget.setFilter(QStringLiteral("\"fallen\" OR NEAR("));
    QVERIFY(counted.wait(30000));
    QVERIFY(counted.last().first().toLongLong() >= 0);
    widget.setFilter(QString());
    QVERIFY(counted.wait(30000));
    QCOMPARE(counted.last().first().toLongLong(), 400);
}

void TestCorpusBrowserWidget::showsRanksForASelectedQuery()
{
    CorpusBrowserWidget widget;
    QVERIFY(Journey::showExposed(&widget, {1300, 800}));
    open(widget);
    QSignalSpy ranked(&widget, &CorpusBrowserWidget::rankingShown);
    widget.queryList()->setCurrentRow(0);
    QVERIFY(ranked.wait(30000));
    fetchAll(*widget.model());
    QCOMPARE(widget.model()->rowCount(), 400);
    // Every document of the corpus pool is a candidate: ranks 1..400 among the loaded rows.
    int judged = 0;
    QSet<int> ranks;
    for (int row = 0; row < widget.model()->rowCount(); ++row) {
        ranks.insert(widget.model()->index(row, CorpusModel::RankBeforeColumn).data().toInt());
        judged += !widget.model()->index(row, CorpusModel::JudgmentColumn).data().toString().isEmpty();
    }
    QCOMPARE(ranks.size(), widget.model()->rowCount());
    QVERIFY(!ranks.contains(0));
    QVERIFY(judged > 0 && judged <= 20);
    widget.tableView()->selectRow(0);
    ViewFixture::saveScreenshot(widget, QStringLiteral("corpusbrowserwidget"));
}

void TestCorpusBrowserWidget::pagingStaysOffTheGuiThread()
{
    CorpusBrowserWidget widget;
    QVERIFY(Journey::showExposed(&widget, {1300, 800}));
    widget.model()->setPageSize(50); // more pages to scroll through
    // From here on, any SQLite on this (the GUI) thread is counted.
    SqliteConnection::setForbiddenThread(QThread::currentThread());
    const quint64 before = SqliteConnection::forbiddenThreadUses();
    open(widget);
    QCOMPARE(widget.model()->rowCount(), 50);
    // Scrolling: each time the view reaches the end, the page read ahead is appended.
    for (int pages = 2; pages <= 8; ++pages) {
        widget.tableView()->scrollToBottom();
        QTRY_COMPARE(widget.model()->rowCount(), 50 * pages);
    }
    QTRY_VERIFY(!widget.model()->canFetchMore({}));
    QSignalSpy ranked(&widget, &CorpusBrowserWidget::rankingShown);
    widget.queryList()->setCurrentRow(1);
    QVERIFY(ranked.wait(30000));
    QSignalSpy document(&widget, &CorpusBrowserWidget::documentShown);
    widget.tableView()->selectRow(399);
    QVERIFY(document.wait(30000));
    QSignalSpy counted(&widget, &CorpusBrowserWidget::filterCounted);
    widget.setFilter(QStringLiteral("arch"));
    QVERIFY(counted.wait(30000));
    QCOMPARE(SqliteConnection::forbiddenThreadUses(), before);
    SqliteConnection::setForbiddenThread(nullptr);
}

QTEST_MAIN(TestCorpusBrowserWidget)
#include "tst_corpusbrowserwidget.moc"
