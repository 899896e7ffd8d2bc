// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace tare {

/// Splits text into search terms for the built-in LSA embedder. The text is NFKC-normalised
/// and case-folded (full folding for "ß", so "Straße" and "STRASSE" meet); a token is a maximal
/// run of Unicode letters and numbers (code points, so letters outside the BMP count), which
/// combining marks may continue (Devanagari vowel signs, for instance; variation selectors are
/// dropped). Everything else, including emoji and punctuation, separates tokens. Optionally
/// removes English stop words and tokens shorter than a minimum length (in code points).
/// Immutable; tokenize() may run on several threads at once.
class Tokenizer
{
public:
    enum class StopWords
    {
        Keep,
        RemoveEnglish, ///< drop the words of englishStopWords()
    };

    /// minTokenLength below 1 counts as 1.
    explicit Tokenizer(StopWords stopWords = StopWords::RemoveEnglish, int minTokenLength = 1);

    /// The tokens of |text| in order, repeats kept.
    QStringList tokenize(const QString& text) const;

    StopWords stopWords() const { return m_stopWords; }
    int minTokenLength() const { return m_minTokenLength; }

    /// The built-in English stop-word list (case-folded, sorted): pronouns, articles,
    /// auxiliaries, prepositions, conjunctions, and the stems contractions leave behind once the
    /// apostrophe splits them ("don", "isn", "t", "ll"), in the spirit of NLTK's and
    /// scikit-learn's lists.
    static const QStringList& englishStopWords();
    /// True when |word| (already case-folded) is in englishStopWords().
    static bool isEnglishStopWord(const QString& word);

private:
    StopWords m_stopWords;
    int m_minTokenLength;
};

} // namespace tare
