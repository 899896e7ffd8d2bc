// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/csvreader.h"
#include "core/io/utf8.h"
#include "core/util/tareerror.h"
#include "testutils.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tare;

using Records = QList<QList<QByteArray>>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void errors_data();
    void errors();
    void recordLines();
    void longLinesCrossBuffers();
    void utf8Validation_data();
    void utf8Validation();
};

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<Records>("expected");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << ',' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << ',' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << ',' << Records{{"a", "b"}, {"1", "2"}};
    QTest::newRow("quoted comma") << QByteArray("t,l\n\"x, y\",z\n") << ',' << Records{{"t", "l"}, {"x, y", "z"}};
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",l\n") << ',' << Records{{"say \"hi\"", "l"}};
    QTest::newRow("newline in quotes") << QByteArray("\"line1\nline2\",l\n") << ',' << Records{{"line1\nline2", "l"}};
    QTest::newRow("crlf in quotes kept") << QByteArray("\"line1\r\nline2\",l\r\n") << ',' << Records{{"line1\r\nline2", "l"}};
    QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n") << ',' << Records{{"", "", ""}, {"", "x", ""}};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << ',' << Records{{"a"}, {"b"}};
    QTest::newRow("tsv") << QByteArray("a\tb,c\n\"q\tq\"\t2\n") << '\t' << Records{{"a", "b,c"}, {"q\tq", "2"}};
    QTest::newRow("stray quote kept") << QByteArray("5\" screen,l\n") << ',' << Records{{"5\" screen", "l"}};
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(Records, expected);
    QTemporaryDir dir;
    CsvReader reader(TestUtils::writeFile(QDir(dir.path()), QStringLiteral("t.csv"), input), delimiter);
    Records records;
    while (reader.next())
        records.append(reader.fields());
    QCOMPARE(records, expected);
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unclosed quote") << QByteArray("a,b\n\"open,x\nmore\n") << QStringLiteral("t.csv:2: a quoted field opened on this line is never closed");
    QTest::newRow("text after quote") << QByteArray("a,b\n\"x\"y,z\n") << QStringLiteral("t.csv:2:4: unexpected character after a closing quote");
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    CsvReader reader(TestUtils::writeFile(QDir(dir.path()), QStringLiteral("t.csv"), input), ',');
    try {
        while (reader.next()) {
        }
        QFAIL("expected an error");
    } catch (const TareError& error) {
        QVERIFY2(error.message().endsWith(expected), qPrintable(error.message()));
    }
}

void TestCsvReader::recordLines()
{
    QTemporaryDir dir;
    CsvReader reader(TestUtils::writeFile(QDir(dir.path()), QStringLiteral("t.csv"), "h\n\"a\nb\nc\"\nnext\n"), ',');
    QVERIFY(reader.next());
    QCOMPARE(reader.recordLine(), 1);
    QVERIFY(reader.next());
    QCOMPARE(reader.recordLine(), 2);
    QVERIFY(reader.next());
    QCOMPARE(reader.recordLine(), 5);
    QCOMPARE(reader.fields().first(), QByteArray("next"));
    QVERIFY(!reader.next());
}

void TestCsvReader::longLinesCrossBuffers()
{
    // A 3 MB field spans several read buffers.
    QTemporaryDir dir;
    const QByteArray big(3 << 20, 'x');
    CsvReader reader(TestUtils::writeFile(QDir(dir.path()), QStringLiteral("t.csv"), "\"" + big + "\",1\n2,3\n"), ',');
    QVERIFY(reader.next());
    QCOMPARE(reader.fields().first().size(), big.size());
    QVERIFY(reader.next());
    QCOMPARE(reader.fields(), (QList<QByteArray>{"2", "3"}));
}

void TestCsvReader::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("firstInvalid");
    QTest::newRow("ascii") << QByteArray("hello world, long enough for the fast path") << -1;
    QTest::newRow("two-byte") << QByteArray("caf\xc3\xa9") << -1;
    QTest::newRow("euro and emoji") << QByteArray("\xe2\x82\xac \xf0\x9f\x98\x80") << -1;
    QTest::newRow("bad continuation") << QByteArray("caf\xc3\x28") << 3;
    QTest::newRow("overlong") << QByteArray("ab\xc0\xaf") << 2;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 0;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
    QTest::newRow("truncated at end") << QByteArray("abcdefgh\xe2\x82") << 8;
    QTest::newRow("latin-1 byte") << QByteArray("na\xefve") << 2;
}

void TestCsvReader::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, firstInvalid);
    QCOMPARE(Utf8::firstInvalidByte(bytes), qsizetype(firstInvalid));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
