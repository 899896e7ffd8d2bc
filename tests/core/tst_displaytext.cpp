// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/util/displaytext.h"

#include <QTest>

using namespace tare;

class TestDisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaped_data();
    void escaped();
    void hugeValuesAreCutWithoutReadingThem();
    void messagesKeepLineBreaks();
    void titledJoinsTitleAndText();
};

void TestDisplayText::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("doc-1 Ärger 日本") << 120 << QStringLiteral("doc-1 Ärger 日本");
    QTest::newRow("terminal escape") << QStringLiteral("a\x1b[31mred\x1b]0;title\x07") << 120
                                     << QStringLiteral("a\\x1b[31mred\\x1b]0;title\\x07");
    QTest::newRow("line breaks and tabs") << QStringLiteral("a\nb\r\tc") << 120 << QStringLiteral("a\\nb\\r\\tc");
    QTest::newRow("DEL and C1") << QString(QStringLiteral("a") + QChar(0x7f) + QChar(0x85) + QChar(0x9b) + u'z') << 120
                                << QStringLiteral("a\\x7f\\x85\\x9bz");
    QTest::newRow("bidi override") << QStringLiteral("abc\u202eexe.txt") << 120 << QStringLiteral("abc\\u{202e}exe.txt");
    QTest::newRow("byte-order mark") << QStringLiteral("\ufeffq1") << 120 << QStringLiteral("\\u{feff}q1");
    QTest::newRow("emoji kept") << QStringLiteral("🙂x") << 120 << QStringLiteral("🙂x");
    QTest::newRow("cut") << QStringLiteral("abcdefghij") << 4 << QStringLiteral("abcd…");
    QTest::newRow("exactly the limit") << QStringLiteral("abcd") << 4 << QStringLiteral("abcd");
}

void TestDisplayText::escaped()
{
    QFETCH(QString, text);
    QFETCH(int, maxChars);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::escaped(text, maxChars), shown);
    QCOMPARE(DisplayText::escaped(QByteArrayView(text.toUtf8()), maxChars), shown);
}

void TestDisplayText::hugeValuesAreCutWithoutReadingThem()
{
    const QByteArray huge(50 << 20, 'x');
    const QString shown = DisplayText::escaped(QByteArrayView(huge), 10);
    QCOMPARE(shown, QString(10, u'x') + u'…');
}

void TestDisplayText::messagesKeepLineBreaks()
{
    QCOMPARE(DisplayText::escapedMessage(QStringLiteral("first\nsecond \x1b[2J")), QStringLiteral("first\nsecond \\x1b[2J"));
}

void TestDisplayText::titledJoinsTitleAndText()
{
    QCOMPARE(DisplayText::titled(QStringLiteral("Nuance"), QStringLiteral("A subtle difference.")),
             QStringLiteral("Nuance — A subtle difference."));
    QCOMPARE(DisplayText::titled(QString(), QStringLiteral("A subtle difference.")), QStringLiteral("A subtle difference."));
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
