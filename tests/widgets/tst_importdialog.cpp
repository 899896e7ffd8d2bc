// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "widgets/importdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;

namespace {

QString writeFile(const QDir& dir, const QString& name, const QByteArray& content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

} // namespace

/// The import dialogs: a preview of the first rows, the column choice of a classification table,
/// the import on a worker thread into the project, and an error naming file and line.
class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void beirPreview();
    void classificationColumnsAndImport();
    void paperPresetFillsTheTask();
    void errorNamesFileAndLine();

private:
    QTemporaryDir m_dir;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImportDialog::beirPreview()
{
    ImportDialog dialog(ImportDialog::Kind::Beir, QDir(m_dir.path()).filePath(QStringLiteral("beir.tare")));
    dialog.show();
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    dialog.setInputPath(QStringLiteral(TARE_SAMPLE_DATA_DIR "/teaching"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.previewModel()->rowCount(), 20); // the first 20 documents
    QStringList columns;
    for (int column = 0; column < dialog.previewModel()->columnCount(); ++column)
        columns.append(dialog.previewModel()->headerData(column, Qt::Horizontal).toString());
    QVERIFY2(columns.contains(QStringLiteral("_id")) && columns.contains(QStringLiteral("text")), qPrintable(columns.join(u',')));
    QVERIFY(dialog.grab().save(QDir::current().filePath(QStringLiteral("importdialog-beir.png"))));

    // Importing it creates the dataset in the project.
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QVERIFY(dialog.startImport());
    QVERIFY(finished.wait(30000));
    const auto report = finished.first().first().value<ImportReport>();
    QVERIFY(report.documents > 0);
    ProjectStore store(QDir(m_dir.path()).filePath(QStringLiteral("beir.tare")));
    QCOMPARE(store.datasets().all().size(), qsizetype(1));
    QCOMPARE(store.datasets().all().first().documentCount, report.documents);
}

void TestImportDialog::classificationColumnsAndImport()
{
    const QDir dir(m_dir.path());
    QByteArray table = "utterance\tintent\tsource\n";
    const QStringList intents{QStringLiteral("card_arrival"), QStringLiteral("lost_card"), QStringLiteral("top_up")};
    for (int i = 0; i < 30; ++i)
        table += QStringLiteral("how about request number %1 please\t%2\tchat\n").arg(i).arg(intents[i % 3]).toUtf8();
    const QString path = writeFile(dir, QStringLiteral("intents.tsv"), table);
    const QString project = dir.filePath(QStringLiteral("classification.tare"));
    ImportDialog dialog(ImportDialog::Kind::Classification, project);
    dialog.show();
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    dialog.setInputPath(path);
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.previewModel()->columnCount(), 3);
    QCOMPARE(dialog.previewModel()->rowCount(), 20);
    QCOMPARE(dialog.previewModel()->item(0, 1)->text(), QStringLiteral("card_arrival"));
    // Neither "text" nor "label" exists: the first two columns are proposed; choose explicitly.
    QCOMPARE(dialog.textColumnBox()->currentText(), QStringLiteral("utterance"));
    QCOMPARE(dialog.labelColumnBox()->currentText(), QStringLiteral("intent"));
    dialog.labelColumnBox()->setCurrentIndex(dialog.labelColumnBox()->findText(QStringLiteral("intent")));
    QVERIFY(dialog.grab().save(QDir::current().filePath(QStringLiteral("importdialog-classification.png"))));

    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QVERIFY(dialog.startImport());
    QVERIFY(finished.wait(30000));
    ProjectStore store(project);
    const DatasetInfo dataset = store.datasets().all().first();
    QCOMPARE(dataset.documentCount, qint64(30));
    QCOMPARE(dataset.queryCount, qint64(3)); // one query per intent
    QVERIFY(dialog.statusText().contains(QStringLiteral("30 documents")));
}

void TestImportDialog::paperPresetFillsTheTask()
{
    // Choosing one of the paper's datasets fills in its instruction, task type and pool, and the
    // import stores them (and the document text) with the dataset.
    const QString project = QDir(m_dir.path()).filePath(QStringLiteral("preset.tare"));
    ImportDialog dialog(ImportDialog::Kind::Beir, project);
    dialog.show();
    QCOMPARE(TaskType(dialog.taskTypeBox()->currentData().toInt()), TaskType::Search);
    dialog.presetBox()->setCurrentIndex(dialog.presetBox()->findText(QStringLiteral("ArgKP-21")));
    QCOMPARE(dialog.instructionEdit()->text(),
             QStringLiteral("Given an argument, identify utterances from debates that convey this argument."));
    QCOMPARE(TaskType(dialog.taskTypeBox()->currentData().toInt()), TaskType::Classification);
    QVERIFY(dialog.grab().save(QDir::current().filePath(QStringLiteral("importdialog-preset.png"))));
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    dialog.setInputPath(QStringLiteral(TARE_SAMPLE_DATA_DIR "/teaching"));
    QVERIFY(ready.wait(10000));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QVERIFY(dialog.startImport());
    QVERIFY(finished.wait(30000));
    ProjectStore store(project);
    const DatasetInfo dataset = store.datasets().all().first();
    QCOMPARE(dataset.name, QStringLiteral("argkp21"));
    QCOMPARE(dataset.pool, PoolRule::Judged);
    QCOMPARE(dataset.taskType, TaskType::Classification);
    QCOMPARE(dataset.documentJoin, DocumentJoin::TextOnly);
    QCOMPARE(dataset.instruction, QStringLiteral("Given an argument, identify utterances from debates that convey this argument."));
}

void TestImportDialog::errorNamesFileAndLine()
{
    const QDir dir(m_dir.path());
    const QString path = writeFile(dir, QStringLiteral("broken.jsonl"),
                                   "{\"text\": \"fine\", \"label\": \"a\"}\n{\"text\": \"also fine\", \"label\": \"b\"}\n{\"text\": \"cut\n");
    const QString project = dir.filePath(QStringLiteral("broken.tare"));
    ImportDialog dialog(ImportDialog::Kind::Classification, project);
    QSignalSpy failedPreview(&dialog, &ImportDialog::previewFailed);
    dialog.setInputPath(path);
    QVERIFY(failedPreview.wait(10000));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("broken.jsonl:3")), qPrintable(dialog.statusText()));
    QSignalSpy failed(&dialog, &ImportDialog::importFailed);
    QVERIFY(dialog.startImport());
    QVERIFY(failed.wait(30000));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("broken.jsonl:3")), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.isImporting());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
