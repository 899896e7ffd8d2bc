// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/runlistmodel.h"
#include "core/run/runsettings.h"
#include "widgets/journey.h"
#include "widgets/runlistwidget.h"
#include "widgets/tsvtableview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tare;

namespace {

RunOverview overview(qint64 id, const QString& judge, RunOrigin origin)
{
    RunOverview run;
    run.run.id = id;
    run.run.refiner = QStringLiteral("kl-adam");
    run.run.status = RunStatus::Finished;
    run.run.paramsJson = RunSettings().definitionJson();
    run.run.finishedQueries = 23;
    run.run.createdAt = QStringLiteral("2026-12-07T04:12:00Z");
    run.datasetName = QStringLiteral("nuance");
    run.spaceName = QStringLiteral("lsa");
    run.judgeName = judge;
    run.origin = origin;
    run.plannedQueries = 23;
    run.mapBefore = 0.5;
    run.mapAfter = 0.55;
    return run;
}

} // namespace

/// The run list: open, use settings, rename and delete (after a confirmation that says what goes).
class TestRunListWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensTheSelectedRun();
    void renamesThroughADialog();
    void deleteAsksFirst();
};

void TestRunListWidget::opensTheSelectedRun()
{
    RunListModel model;
    RunListWidget widget(&model);
    QVERIFY(Journey::showExposed(&widget, {1200, 400}));
    QVERIFY(!widget.openAction()->isEnabled()); // nothing selected
    model.setRuns({overview(5, QStringLiteral("gold labels"), RunOrigin::Workbench),
                   overview(4, QStringLiteral("gold with 20% flipped labels"), RunOrigin::Experiment),
                   overview(3, QStringLiteral("gold labels"), RunOrigin::CommandLine)});
    QCOMPARE(widget.tableView()->model()->rowCount(), 3);
    QVERIFY(widget.selectRun(4));
    QCOMPARE(widget.currentRun(), 4);
    QVERIFY(widget.openAction()->isEnabled());
    QSignalSpy open(&widget, &RunListWidget::openRequested);
    QSignalSpy use(&widget, &RunListWidget::useSettingsRequested);
    // Enter on the row opens it, as a double-click does.
    widget.tableView()->setFocus();
    QTest::keyClick(widget.tableView(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), 4);
    widget.useSettingsAction()->trigger();
    QCOMPARE(use.size(), 1);
    // The filter narrows the rows (any column).
    widget.filterEdit()->setText(QStringLiteral("flipped"));
    QCOMPARE(widget.tableView()->model()->rowCount(), 1);
    QVERIFY(!widget.selectRun(5)); // filtered out
    widget.filterEdit()->clear();
    QCOMPARE(widget.tableView()->model()->rowCount(), 3);
    QVERIFY(!widget.tableView()->accessibleName().isEmpty());
}

void TestRunListWidget::renamesThroughADialog()
{
    RunListModel model;
    RunListWidget widget(&model);
    widget.show();
    model.setRuns({overview(7, QStringLiteral("gold labels"), RunOrigin::Workbench)});
    QVERIFY(widget.selectRun(7));
    QSignalSpy rename(&widget, &RunListWidget::renameRequested);
    Journey::whenShown<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(QStringLiteral("  baseline check "));
        dialog->accept();
    });
    widget.renameAction()->trigger(); // F2
    QCOMPARE(rename.size(), 1);
    QCOMPARE(rename.first().at(0).toLongLong(), 7);
    QCOMPARE(rename.first().at(1).toString(), QStringLiteral("baseline check"));
    // Cancelled: nothing asked.
    Journey::whenShown<QInputDialog>([](QInputDialog* dialog) { dialog->reject(); });
    widget.renameAction()->trigger();
    QCOMPARE(rename.size(), 1);
}

void TestRunListWidget::deleteAsksFirst()
{
    RunListModel model;
    RunListWidget widget(&model);
    widget.show();
    RunOverview cell = overview(9, QStringLiteral("gold labels"), RunOrigin::Experiment);
    cell.experimentIds = {2};
    cell.derivedRunCount = 1;
    model.setRuns({cell});
    QVERIFY(widget.selectRun(9));
    const QString question = widget.deleteQuestion(9);
    QVERIFY(question.contains(QStringLiteral("Run 9")));
    QVERIFY(question.contains(QStringLiteral("experiment 2")));
    QVERIFY(question.contains(QStringLiteral("derived")));
    QVERIFY(question.contains(QStringLiteral("Judgments")));
    QSignalSpy remove(&widget, &RunListWidget::deleteRequested);
    // Cancel (the default button) keeps it.
    Journey::whenShown<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
    widget.deleteAction()->trigger();
    QCOMPARE(remove.size(), 0);
    // Delete Run deletes it.
    Journey::whenShown<QMessageBox>([](QMessageBox* box) {
        QCOMPARE(static_cast<QAbstractButton*>(box->defaultButton()), box->button(QMessageBox::Cancel));
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    widget.deleteAction()->trigger();
    QCOMPARE(remove.size(), 1);
    QCOMPARE(remove.first().first().toLongLong(), 9);
}

QTEST_MAIN(TestRunListWidget)
#include "tst_runlistwidget.moc"
