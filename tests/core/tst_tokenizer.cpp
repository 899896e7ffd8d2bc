// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/tokenizer.h"

#include <QTest>

using namespace tare;

namespace {

// Builds test strings from UTF-8 literals (QT_NO_CAST_FROM_ASCII is on).
QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList u8List(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data();
    void tokenize();
    void unpairedSurrogateSeparates();
    void stopWordList();
    void stopWordsAreTokensThemselves();
    void minTokenLengthBelowOneMeansOne();
};

void TestTokenizer::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("removeStopWords");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << true << 1 << QStringList();
    QTest::newRow("only punctuation and spaces") << u8(" ,.;!? -- ") << true << 1 << QStringList();
    QTest::newRow("ascii, punctuation splits")
        << u8("Hello, World! 42 times") << false << 1 << u8List({"hello", "world", "42", "times"});
    QTest::newRow("digits stay inside tokens")
        << u8("iPhone15 3.5mm 2024-01") << false << 1 << u8List({"iphone15", "3", "5mm", "2024", "01"});
    QTest::newRow("sharp s folds to ss") << u8("Straße STRASSE strasse") << false << 1
                                         << u8List({"strasse", "strasse", "strasse"});
    QTest::newRow("capital sharp s") << u8("GROẞE große") << false << 1 << u8List({"grosse", "grosse"});
    QTest::newRow("greek final sigma folds") << u8("ΟΔΟΣ οδος") << false << 1 << u8List({"οδοσ", "οδοσ"});
    QTest::newRow("café precomposed and decomposed")
        << u8("Café cafe\u0301 CAFÉ") << false << 1 << u8List({"café", "café", "café"});
    QTest::newRow("ligature and full-width forms") << u8("ﬁne ＡＢＣ１２") << false << 1 << u8List({"fine", "abc12"});
    QTest::newRow("cjk letters form tokens") << u8("東京タワー、行く") << false << 1 << u8List({"東京タワー", "行く"});
    QTest::newRow("emoji are not letters")
        << u8("pasta🍝recipe 😀 👍🏽ok") << false << 1 << u8List({"pasta", "recipe", "ok"});
    QTest::newRow("keycap emoji keeps its digit") << u8("1\uFE0F\u20E3 2") << false << 1 << u8List({"1", "2"});
    QTest::newRow("letters outside the BMP") << u8("𐌰𐌱 word") << false << 1 << u8List({"𐌰𐌱", "word"});
    QTest::newRow("mathematical letters normalise") << u8("𝐀𝐁c") << false << 1 << u8List({"abc"});
    QTest::newRow("combining marks continue a token") << u8("हिन्दी भाषा") << false << 1 << u8List({"हिन्दी", "भाषा"});
    QTest::newRow("stop words kept") << u8("The cat is on the mat") << false << 1
                                     << u8List({"the", "cat", "is", "on", "the", "mat"});
    QTest::newRow("stop words removed") << u8("The cat is on the mat") << true << 1 << u8List({"cat", "mat"});
    QTest::newRow("contraction stems removed")
        << u8("I don’t know, you'll see") << true << 1 << u8List({"know", "see"});
    QTest::newRow("stop words are case-folded first") << u8("THE Without ABOUT") << true << 1 << u8List({"without"});
    QTest::newRow("minimum length") << u8("a bb ccc") << false << 2 << u8List({"bb", "ccc"});
    QTest::newRow("minimum length counts code points") << u8("𐌰 𐌰𐌱 é") << false << 2 << u8List({"𐌰𐌱"});
}

void TestTokenizer::tokenize()
{
    QFETCH(QString, text);
    QFETCH(bool, removeStopWords);
    QFETCH(int, minLength);
    QFETCH(QStringList, expected);

    const Tokenizer tokenizer(removeStopWords ? Tokenizer::StopWords::RemoveEnglish : Tokenizer::StopWords::Keep,
                              minLength);
    QCOMPARE(tokenizer.tokenize(text), expected);
}

void TestTokenizer::unpairedSurrogateSeparates()
{
    QString text = QStringLiteral("ab");
    text += QChar(0xD800); // a high surrogate without its low half
    text += QStringLiteral("cd");
    text += QChar(0xDC00); // a lone low surrogate at the end
    const Tokenizer tokenizer(Tokenizer::StopWords::Keep);
    QCOMPARE(tokenizer.tokenize(text), (QStringList{QStringLiteral("ab"), QStringLiteral("cd")}));
}

void TestTokenizer::stopWordList()
{
    const QStringList& words = Tokenizer::englishStopWords();
    QVERIFY2(words.size() >= 150 && words.size() <= 180, qPrintable(QString::number(words.size())));
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            QVERIFY2(words.at(i - 1) < words.at(i), qPrintable(words.at(i)));
        QCOMPARE(words.at(i), words.at(i).toCaseFolded());
    }
    for (const char* word : {"the", "and", "of", "is", "don", "t", "would", "ourselves"})
        QVERIFY2(Tokenizer::isEnglishStopWord(QString::fromLatin1(word)), word);
    for (const char* word : {"pasta", "refund", "without", "flight", "The"})
        QVERIFY2(!Tokenizer::isEnglishStopWord(QString::fromLatin1(word)), word);
}

void TestTokenizer::stopWordsAreTokensThemselves()
{
    // Each listed word survives tokenization unchanged (so it can match) and is then dropped.
    const QString all = Tokenizer::englishStopWords().join(QLatin1Char(' '));
    QCOMPARE(Tokenizer(Tokenizer::StopWords::Keep).tokenize(all), Tokenizer::englishStopWords());
    QCOMPARE(Tokenizer(Tokenizer::StopWords::RemoveEnglish).tokenize(all), QStringList());
}

void TestTokenizer::minTokenLengthBelowOneMeansOne()
{
    const Tokenizer tokenizer(Tokenizer::StopWords::Keep, 0);
    QCOMPARE(tokenizer.minTokenLength(), 1);
    QCOMPARE(tokenizer.tokenize(QStringLiteral("a b")), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
