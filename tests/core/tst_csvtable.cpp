// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/csvtable.h"
#include "core/util/tareerror.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace tare;

class TestCsvTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFieldsByColumnName();
    void errors_data();
    void errors();
    void missingFile();
};

void TestCsvTable::readsFieldsByColumnName()
{
    QTemporaryDir dir;
    const QString path =
        TestUtils::writeFile(QDir(dir.path()), QStringLiteral("t.csv"), " id , text ,grade\n7,\"a, b\", 2 \n8,c,0\n");
    CsvTable table(path);
    QVERIFY(table.has(QStringLiteral("id")));
    QVERIFY(table.has(QStringLiteral("text")));
    QVERIFY(!table.has(QStringLiteral("label")));
    QVERIFY(table.next());
    QCOMPARE(table.line(), qint64(2));
    QCOMPARE(table.field(QStringLiteral("text")), QByteArray("a, b"));
    QCOMPARE(table.field(QStringLiteral("id")), QByteArray("7"));
    QCOMPARE(table.intField(QStringLiteral("grade")), 2);
    QVERIFY(table.next());
    QCOMPARE(table.line(), qint64(3));
    QCOMPARE(table.field(QStringLiteral("text")), QByteArray("c"));
    QCOMPARE(table.intField(QStringLiteral("grade")), 0);
    QVERIFY(!table.next());
}

void TestCsvTable::errors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("column");
    QTest::addColumn<bool>("asInteger");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no such column") << QByteArray("a,b\n1,2\n") << "c" << false
                                    << ":1: no column named 'c' in the header";
    QTest::newRow("too few fields") << QByteArray("a,b\n1,2\n3\n") << "a" << false
                                    << ":3: expected 2 fields as in the header, found 1";
    QTest::newRow("not an integer") << QByteArray("a,b\n1,x\n") << "b" << true << ":2: column 'b' is not an integer";
    QTest::newRow("invalid utf-8") << QByteArray("a,b\n1,o\xffk\n") << "b" << false
                                   << ":2: invalid UTF-8 in column 'b' at byte 2";
}

void TestCsvTable::errors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, column);
    QFETCH(bool, asInteger);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    CsvTable table(TestUtils::writeFile(QDir(dir.path()), QStringLiteral("t.csv"), content));
    bool thrown = false;
    // The faulty record is the last one: read up to it, then ask for the field.
    while (table.next()) {
        try {
            if (asInteger)
                table.intField(column);
            else
                table.field(column);
        } catch (const TareError& error) {
            QCOMPARE(error.kind(), TareError::Kind::Input);
            QVERIFY2(error.message().endsWith(expected), qPrintable(error.message()));
            thrown = true;
            break;
        }
    }
    QVERIFY(thrown);
}

void TestCsvTable::missingFile()
{
    QTemporaryDir dir;
    const QString empty = TestUtils::writeFile(QDir(dir.path()), QStringLiteral("empty.csv"), "");
    try {
        CsvTable table(empty);
        QFAIL("an empty file has no header");
    } catch (const TareError& error) {
        QVERIFY2(error.message().endsWith(QStringLiteral("the file is empty")), qPrintable(error.message()));
    }
    try {
        CsvTable table(QDir(dir.path()).filePath(QStringLiteral("missing.csv")));
        QFAIL("a missing file is an error");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Io);
    }
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
