// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/projectstore.h"
#include "core/io/classificationimporter.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tare;

class TestClassificationImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void descriptionsBecomeQueryTexts();
    void badInput_data();
    void badInput();
    void banking77Original();
};

void TestClassificationImporter::formats_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    // Five rows: one exact duplicate text with another label, so 4 documents, 3 labels, 5 positives.
    QTest::newRow("csv") << QStringLiteral("intents.csv")
                         << QByteArray("text,label\r\n\"where is my card, please\",card_arrival\r\nlost my pin,pin_blocked\r\n"
                                       "\"it said \"\"declined\"\"\nthen nothing\",declined_payment\r\nwhere?,card_arrival\r\n"
                                       "lost my pin,card_arrival\r\n");
    QTest::newRow("tsv") << QStringLiteral("intents.tsv")
                         << QByteArray("text\tlabel\nwhere is my card, please\tcard_arrival\nlost my pin\tpin_blocked\n"
                                       "declined twice\tdeclined_payment\nwhere?\tcard_arrival\nlost my pin\tcard_arrival\n");
    QTest::newRow("jsonl") << QStringLiteral("intents.jsonl")
                           << QByteArray("{\"text\": \"where is my card, please\", \"label\": \"card_arrival\"}\n"
                                         "{\"text\": \"lost my pin\", \"label\": \"pin_blocked\"}\n"
                                         "{\"text\": \"declined twice\", \"label\": \"declined_payment\"}\n"
                                         "{\"text\": \"where?\", \"label\": \"card_arrival\"}\n"
                                         "{\"text\": \"lost my pin\", \"label\": \"card_arrival\"}\n");
}

void TestClassificationImporter::formats()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = TestUtils::writeFile(QDir(dir.path()), fileName, content);
    ProjectStore store(dir.filePath(QStringLiteral("p.tare")), ProjectStore::OpenMode::CreateIfMissing);
    ClassificationImporter::Options options;
    const ImportReport report = ClassificationImporter::run(store, path, options);
    QCOMPARE(report.documents, 4);
    QCOMPARE(report.queries, 3);
    QCOMPARE(report.labels, 5);
    const auto dataset = store.datasets().byName(QStringLiteral("intents"));
    QVERIFY(dataset);
    QCOMPARE(dataset->pool, PoolRule::Corpus);
    // Ids follow <base>-<row> of the first occurrence; the label's '_' becomes a space.
    QVERIFY(store.datasets().documentId(dataset->id, "intents-00000"));
    QVERIFY(!store.datasets().documentId(dataset->id, "intents-00004")); // duplicate text merged into row 1
    QList<LabelRecord> labels;
    store.datasets().forEachLabel(dataset->id, [&](const LabelRecord& label) { labels.append(label); });
    int pinLabels = 0;
    for (const auto& label : labels)
        pinLabels += label.documentExtId == u"intents-00001";
    QCOMPARE(pinLabels, 2);
}

void TestClassificationImporter::descriptionsBecomeQueryTexts()
{
    QTemporaryDir dir;
    const QString path = TestUtils::writeFile(QDir(dir.path()), QStringLiteral("t.csv"),
                                              "utterance,intent\nhello there,greet\nbye now,farewell_message\n");
    const QString descriptions = TestUtils::writeFile(QDir(dir.path()), QStringLiteral("d.csv"),
                                                      "label,description\ngreet,The user says hello\n");
    ProjectStore store(dir.filePath(QStringLiteral("p.tare")), ProjectStore::OpenMode::CreateIfMissing);
    ClassificationImporter::Options options;
    options.textColumn = QStringLiteral("utterance");
    options.labelColumn = QStringLiteral("intent");
    options.descriptionsPath = descriptions;
    options.common.datasetName = QStringLiteral("chat");
    ClassificationImporter::run(store, path, options);
    const auto dataset = store.datasets().byName(QStringLiteral("chat"));
    QVERIFY(dataset);
    QCOMPARE(dataset->queryCount, 2);
    QVERIFY(store.datasets().queryId(dataset->id, "greet"));
    QVERIFY(store.datasets().queryId(dataset->id, "farewell_message"));
}

void TestClassificationImporter::badInput_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing column") << QStringLiteral("a.csv") << QByteArray("words,label\nx,y\n")
                                    << QStringLiteral("a.csv:1: no column named 'text' in the header");
    QTest::newRow("ragged row") << QStringLiteral("a.csv") << QByteArray("text,label\nx,y\nz,w,extra\n")
                                << QStringLiteral("a.csv:3: expected 2 fields as in the header, found 3");
    QTest::newRow("invalid UTF-8") << QStringLiteral("a.csv") << QByteArray("text,label\n\xff\xfe,y\n")
                                   << QStringLiteral("a.csv:2: invalid UTF-8 in column 'text' at byte 1");
    QTest::newRow("empty label") << QStringLiteral("a.csv") << QByteArray("text,label\nx, \n")
                                 << QStringLiteral("a.csv:2: empty label");
    QTest::newRow("unclosed quote") << QStringLiteral("a.csv") << QByteArray("text,label\n\"x,y\n")
                                    << QStringLiteral("a.csv:2: a quoted field opened on this line is never closed");
    QTest::newRow("empty file") << QStringLiteral("a.csv") << QByteArray() << QStringLiteral("a.csv: the file is empty");
    QTest::newRow("jsonl missing label") << QStringLiteral("a.jsonl") << QByteArray("{\"text\": \"x\"}\n")
                                         << QStringLiteral("a.jsonl:1: missing field \"label\"");
}

void TestClassificationImporter::badInput()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = TestUtils::writeFile(QDir(dir.path()), fileName, content);
    ProjectStore store(dir.filePath(QStringLiteral("p.tare")), ProjectStore::OpenMode::CreateIfMissing);
    try {
        ClassificationImporter::run(store, path, {});
        QFAIL("the import must fail");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Input);
        QVERIFY2(error.message().endsWith(expected), qPrintable(error.message()));
    }
    QVERIFY(store.datasets().all().isEmpty());
}

void TestClassificationImporter::banking77Original()
{
    // The intent table the paper turns into retrieval: CRLF CSV with quoted fields.
    const QString path = TestUtils::sharedPath(QStringLiteral("data/banking77/original/test.csv"));
    if (!QFileInfo::exists(path))
        QSKIP("../shared/data is not beside the checkout; the Banking77 CSV is not checked");
    QTemporaryDir dir;
    ProjectStore store(dir.filePath(QStringLiteral("p.tare")), ProjectStore::OpenMode::CreateIfMissing);
    ClassificationImporter::Options options;
    options.labelColumn = QStringLiteral("category");
    const ImportReport report = ClassificationImporter::run(store, path, options);
    QCOMPARE(report.documents, 3080); // no duplicate texts in test.csv (its README)
    QCOMPARE(report.queries, 77);
    QCOMPARE(report.labels, 3080);
    const auto dataset = store.datasets().byName(QStringLiteral("test"));
    QVERIFY(store.datasets().queryId(dataset->id, "Refund_not_showing_up"));
}

QTEST_GUILESS_MAIN(TestClassificationImporter)
#include "tst_classificationimporter.moc"
