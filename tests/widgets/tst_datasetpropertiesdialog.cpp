// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/datasetpropertiesdialog.h"
#include "widgets/journey.h"

#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QTest>

using namespace tare;

/// The dataset properties dialog: it shows what a dataset has, fills in the paper's presets,
/// previews the judge's task sentence (classification only, as the paper's code) and hands back
/// the edited task.
class TestDatasetPropertiesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheDatasetsTask();
    void presetFillsTheFields_data();
    void presetFillsTheFields();
    void editsComeBack();
};

namespace {

DatasetInfo dataset()
{
    DatasetInfo info;
    info.id = 3;
    info.name = QStringLiteral("banking77");
    info.source = QStringLiteral("/data/banking77");
    info.instruction = QStringLiteral("Find the intent.");
    info.taskType = TaskType::Classification;
    info.documentJoin = DocumentJoin::TextOnly;
    info.documentCount = 13083;
    info.queryCount = 77;
    return info;
}

} // namespace

void TestDatasetPropertiesDialog::showsTheDatasetsTask()
{
    DatasetPropertiesDialog dialog(dataset());
    QCOMPARE(dialog.instructionEdit()->toPlainText(), QStringLiteral("Find the intent."));
    QCOMPARE(TaskType(dialog.taskTypeBox()->currentData().toInt()), TaskType::Classification);
    QCOMPARE(DocumentJoin(dialog.documentJoinBox()->currentData().toInt()), DocumentJoin::TextOnly);
    QCOMPARE(dialog.taskSentenceText(),
             QStringLiteral("“Judge the relevance according to the following task: Find the intent.”"));
    QVERIFY(!dialog.isChanged());
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("banking77")));
    QCOMPARE(dialog.taskTypeBox()->accessibleName(), QStringLiteral("Task type"));
    QCOMPARE(dialog.presetBox()->accessibleName(), QStringLiteral("Paper preset"));
}

void TestDatasetPropertiesDialog::presetFillsTheFields_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("taskType");
    QTest::addColumn<int>("join");
    QTest::addColumn<bool>("sentence");
    QTest::newRow("Banking77: classification, task sentence")
        << QStringLiteral("Banking77") << int(TaskType::Classification) << int(DocumentJoin::TextOnly) << true;
    QTest::newRow("NFCorpus: search, no task sentence")
        << QStringLiteral("NFCorpus") << int(TaskType::Search) << int(DocumentJoin::TitleSpace) << false;
    QTest::newRow("FollowIR: title and text on lines")
        << QStringLiteral("FollowIR") << int(TaskType::Search) << int(DocumentJoin::TitleNewline) << false;
}

void TestDatasetPropertiesDialog::presetFillsTheFields()
{
    QFETCH(QString, preset);
    QFETCH(int, taskType);
    QFETCH(int, join);
    QFETCH(bool, sentence);
    DatasetPropertiesDialog dialog(dataset());
    QVERIFY(Journey::showExposed(&dialog));
    // As a person does it: pick the preset in the combo box.
    dialog.presetBox()->setCurrentIndex(dialog.presetBox()->findText(preset));
    QCOMPARE(int(dialog.task().taskType), taskType);
    QCOMPARE(int(dialog.task().documentJoin), join);
    QVERIFY(!dialog.task().instruction.isEmpty());
    QCOMPARE(dialog.taskSentenceText().contains(dialog.task().instruction), sentence);
    QVERIFY(dialog.isChanged());
    QVERIFY(dialog.grab().save(QDir::current().filePath(QStringLiteral("datasetproperties-%1.png").arg(preset.toLower()))));
}

void TestDatasetPropertiesDialog::editsComeBack()
{
    DatasetPropertiesDialog dialog(dataset());
    dialog.instructionEdit()->setPlainText(QStringLiteral("  Given a claim, find arguments.  "));
    dialog.taskTypeBox()->setCurrentIndex(dialog.taskTypeBox()->findData(int(TaskType::Search)));
    const DatasetTask task = dialog.task();
    QCOMPARE(task.instruction, QStringLiteral("Given a claim, find arguments."));
    QCOMPARE(task.taskType, TaskType::Search);
    QVERIFY(dialog.taskSentenceText().startsWith(QStringLiteral("no task sentence")));
    QVERIFY(dialog.isChanged());
    QVERIFY(!dialog.applyPreset(QStringLiteral("msmarco")));
}

QTEST_MAIN(TestDatasetPropertiesDialog)
#include "tst_datasetpropertiesdialog.moc"
