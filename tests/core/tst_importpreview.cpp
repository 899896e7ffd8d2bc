// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/importpreview.h"
#include "core/util/tareerror.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tare;

/// The import preview reads the first rows of each input format the importers read.
class TestImportPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void notABeirFolder();
};

void TestImportPreview::formats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("firstRow");
    QTest::addColumn<int>("rows");
    QTest::newRow("csv with a quoted comma") << QStringLiteral("t.csv") << QByteArray("text,label\n\"hi, there\",greet\nbye,leave\n")
                                             << QStringList{QStringLiteral("text"), QStringLiteral("label")}
                                             << QStringList{QStringLiteral("hi, there"), QStringLiteral("greet")} << 2;
    QTest::newRow("tsv") << QStringLiteral("t.tsv") << QByteArray("a\tb\n1\t2\n")
                         << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                         << QStringList{QStringLiteral("1"), QStringLiteral("2")} << 1;
    QTest::newRow("json lines, keys in order of appearance")
        << QStringLiteral("t.jsonl") << QByteArray("{\"_id\": \"d1\", \"text\": \"x\"}\n{\"_id\": 2, \"title\": \"t\"}\n")
        << QStringList{QStringLiteral("_id"), QStringLiteral("text"), QStringLiteral("title")}
        << QStringList{QStringLiteral("d1"), QStringLiteral("x"), QString()} << 2;
    QTest::newRow("trec qrels") << QStringLiteral("t.qrels") << QByteArray("q1 0 d1 1\nq1 0 d2 0\n")
                                << QStringList{QStringLiteral("query"), QStringLiteral("iteration"), QStringLiteral("document"),
                                               QStringLiteral("grade")}
                                << QStringList{QStringLiteral("q1"), QStringLiteral("0"), QStringLiteral("d1"), QStringLiteral("1")} << 2;
}

void TestImportPreview::formats()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, firstRow);
    QFETCH(int, rows);
    QTemporaryDir dir;
    QFile file(QDir(dir.path()).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const ImportPreview preview = ImportPreviewReader::file(file.fileName());
    QCOMPARE(preview.columns, columns);
    QCOMPARE(preview.rows.size(), qsizetype(rows));
    QCOMPARE(preview.rows.first(), firstRow);
    QVERIFY(!preview.note.isEmpty());
    // maxRows is honoured.
    QCOMPARE(ImportPreviewReader::file(file.fileName(), 1).rows.size(), qsizetype(1));
}

void TestImportPreview::notABeirFolder()
{
    QTemporaryDir dir;
    QVERIFY_THROWS_EXCEPTION(TareError, ImportPreviewReader::beirFolder(dir.path()));
}

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
