// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/embed/tokenizer.h"

#include <QSet>

#include <algorithm>

namespace tare {

namespace {

// NLTK's English list without the forms that carry an apostrophe (the tokenizer never yields
// them; their stems are listed instead), plus a few modals and adverbs scikit-learn also drops.
const char* const s_englishStopWords[] = {
    "a",       "about",  "above",    "after",      "again",  "against",   "all",     "also",    "am",         "an",
    "and",     "any",    "are",      "aren",       "as",     "at",        "be",      "because", "been",       "before",
    "being",   "below",  "between",  "both",       "but",    "by",        "can",     "cannot",  "could",      "couldn",
    "d",       "did",    "didn",     "do",         "does",   "doesn",     "doing",   "don",     "down",       "during",
    "each",    "either", "else",     "etc",        "ever",   "few",       "for",     "from",    "further",    "had",
    "hadn",    "has",    "hasn",     "have",       "haven",  "having",    "he",      "her",     "here",       "hers",
    "herself", "him",    "himself",  "his",        "how",    "i",         "ie",      "if",      "in",         "into",
    "is",      "isn",    "it",       "its",        "itself", "just",      "ll",      "m",       "may",        "me",
    "might",   "mightn", "more",     "most",       "must",   "mustn",     "my",      "myself",  "needn",      "neither",
    "no",      "nor",    "not",      "now",        "of",     "off",       "often",   "on",      "once",       "only",
    "or",      "other",  "others",   "our",        "ours",   "ourselves", "out",     "over",    "own",        "re",
    "s",       "same",   "shall",    "shan",       "she",    "should",    "shouldn", "since",   "so",         "some",
    "such",    "t",      "than",     "that",       "the",    "their",     "theirs",  "them",    "themselves", "then",
    "there",   "these",  "they",     "this",       "those",  "though",    "through", "thus",    "to",         "too",
    "under",   "until",  "up",       "upon",       "us",     "ve",        "very",    "was",     "wasn",       "we",
    "were",    "weren",  "what",     "whatever",   "when",   "where",     "whether", "which",   "while",      "who",
    "whom",    "whose",  "why",      "will",       "with",   "won",       "would",   "wouldn",  "yet",        "you",
    "your",    "yours",  "yourself", "yourselves",
};

QStringList buildStopWordList()
{
    QStringList words;
    for (const char* word : s_englishStopWords)
        words.append(QString::fromLatin1(word));
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

const QSet<QString>& stopWordSet()
{
    static const QSet<QString> set(Tokenizer::englishStopWords().cbegin(), Tokenizer::englishStopWords().cend());
    return set;
}

// The code point at |index| and how many UTF-16 units it takes; an unpaired surrogate comes
// back as U+FFFD (a symbol, so it separates tokens).
char32_t codePointAt(const QString& text, qsizetype index, qsizetype* units)
{
    const QChar unit = text.at(index);
    if (unit.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(unit, text.at(index + 1));
    }
    *units = 1;
    return unit.isSurrogate() ? char32_t(QChar::ReplacementCharacter) : char32_t(unit.unicode());
}

bool isVariationSelector(char32_t cp)
{
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

bool continuesToken(char32_t cp)
{
    const QChar::Category category = QChar::category(cp);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

} // namespace

Tokenizer::Tokenizer(StopWords stopWords, int minTokenLength)
    : m_stopWords(stopWords)
    , m_minTokenLength(std::max(1, minTokenLength))
{
}

const QStringList& Tokenizer::englishStopWords()
{
    static const QStringList words = buildStopWordList();
    return words;
}

bool Tokenizer::isEnglishStopWord(const QString& word)
{
    return stopWordSet().contains(word);
}

QStringList Tokenizer::tokenize(const QString& text) const
{
    // NFKC first (ligatures, full-width forms, mathematical letters), then Qt's simple case
    // folding; "ß" is the one common letter whose full folding ("ss") Qt does not apply.
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    if (folded.contains(QChar(0x00DF)))
        folded.replace(QChar(0x00DF), QLatin1String("ss"));

    QStringList tokens;
    qsizetype start = -1; // UTF-16 index where the current token starts
    int codePoints = 0;
    bool hasSelector = false;
    const auto flush = [&](qsizetype end) {
        if (start >= 0) {
            QString token = folded.sliced(start, end - start);
            if (hasSelector) {
                QString cleaned;
                qsizetype units = 0;
                for (qsizetype i = 0; i < token.size(); i += units) {
                    const char32_t cp = codePointAt(token, i, &units);
                    if (isVariationSelector(cp))
                        --codePoints;
                    else
                        cleaned += QStringView(token).sliced(i, units);
                }
                token = cleaned;
            }
            if (codePoints >= m_minTokenLength
                && !(m_stopWords == StopWords::RemoveEnglish && isEnglishStopWord(token)))
                tokens.append(token);
        }
        start = -1;
        codePoints = 0;
        hasSelector = false;
    };

    qsizetype units = 0;
    for (qsizetype position = 0; position < folded.size(); position += units) {
        const char32_t cp = codePointAt(folded, position, &units);
        if (QChar::isLetterOrNumber(cp)) {
            if (start < 0)
                start = position;
            ++codePoints;
        } else if (start >= 0 && continuesToken(cp)) {
            ++codePoints;
            hasSelector = hasSelector || isVariationSelector(cp);
        } else {
            flush(position);
        }
    }
    flush(folded.size());
    return tokens;
}

} // namespace tare
