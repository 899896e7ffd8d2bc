// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/externalid.h"
#include "core/util/tareerror.h"

#include <QTest>

using namespace tare;

class TestExternalId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problem_data();
    void problem();
    void fromLabel_data();
    void fromLabel();
    void requireWritable();
};

void TestExternalId::problem_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QString>("problem"); // empty: a valid id
    QTest::newRow("plain") << QByteArray("doc-0001") << QString();
    QTest::newRow("punctuation and unicode") << QByteArray("<img/src=x>_é_日本") << QString();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("an id is empty");
    QTest::newRow("space") << QByteArray("d 1") << QStringLiteral("'d 1' contains whitespace");
    QTest::newRow("tab") << QByteArray("d\t1") << QStringLiteral("'d\\t1' contains whitespace");
    QTest::newRow("newline") << QByteArray("d\n1") << QStringLiteral("'d\\n1' contains whitespace");
    QTest::newRow("escape") << QByteArray("d\x1b[31m") << QStringLiteral("contains the control character \\x1b");
    QTest::newRow("no-break space") << QByteArray("d\xc2\xa0" "1") << QStringLiteral("contains whitespace (U+00a0)");
    QTest::newRow("ideographic space") << QByteArray("d\xe3\x80\x80" "1") << QStringLiteral("contains whitespace (U+3000)");
    QTest::newRow("byte-order mark") << QByteArray("\xef\xbb\xbfq1") << QStringLiteral("invisible character U+feff");
    QTest::newRow("bidi override") << QByteArray("q\xe2\x80\xae" "1") << QStringLiteral("invisible character U+202e");
    QTest::newRow("too long") << QByteArray(ExternalId::MaxBytes + 1, 'x') << QStringLiteral("is 4097 bytes long");
    QTest::newRow("longest") << QByteArray(ExternalId::MaxBytes, 'x') << QString();
}

void TestExternalId::problem()
{
    QFETCH(QByteArray, id);
    QFETCH(QString, problem);
    const QString found = ExternalId::problem(id);
    if (problem.isEmpty())
        QCOMPARE(found, QString());
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
    QVERIFY(found.size() < 400); // a long id is cut in the message
}

void TestExternalId::fromLabel_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("id");
    QTest::newRow("unchanged") << QByteArray("card_arrival") << QByteArray("card_arrival");
    QTest::newRow("spaces") << QByteArray("card arrival") << QByteArray("card_arrival");
    QTest::newRow("runs and ends") << QByteArray("  exchange \t rate ") << QByteArray("exchange_rate");
    QTest::newRow("no-break space") << QByteArray("a\xc2\xa0" "b") << QByteArray("a_b");
}

void TestExternalId::fromLabel()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, id);
    QCOMPARE(ExternalId::fromLabel(label), id);
    QCOMPARE(ExternalId::problem(ExternalId::fromLabel(label)), QString());
}

void TestExternalId::requireWritable()
{
    ExternalId::requireWritable(QStringLiteral("q1"), QStringLiteral("out.trec"));
    try {
        ExternalId::requireWritable(QStringLiteral("q 1"), QStringLiteral("out.trec"));
        QFAIL("an id with a space was writable");
    } catch (const TareError& error) {
        QCOMPARE(error.kind(), TareError::Kind::Input);
        QVERIFY2(error.message().startsWith(QStringLiteral("out.trec: not written")), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestExternalId)
#include "tst_externalid.moc"
