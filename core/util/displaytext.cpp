// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/util/displaytext.h"

#include <QChar>
#include <QStringDecoder>

namespace tare::DisplayText {

namespace {

QString escapedImpl(QStringView text, qsizetype maxChars, bool keepLineBreaks)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars) + 8);
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown >= maxChars) {
            out += u'…';
            return out;
        }
        ++shown;
        char32_t code = text[i].unicode();
        if (QChar::isHighSurrogate(code) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text[i], text[i + 1]);
            out += text[i];
            out += text[i + 1];
            ++i;
            if (QChar::category(code) != QChar::Other_Format)
                continue;
            out.chop(2);
        }
        if (code == u'\n' && keepLineBreaks) {
            out += u'\n';
        } else if (code == u'\n') {
            out += u"\\n";
        } else if (code == u'\r') {
            out += u"\\r";
        } else if (code == u'\t') {
            out += u"\\t";
        } else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
            out += QStringLiteral("\\x%1").arg(uint(code), 2, 16, QLatin1Char('0'));
        } else if (QChar::isSurrogate(code) || code == 0x2028 || code == 0x2029
                   || QChar::category(code) == QChar::Other_Format) {
            out += QStringLiteral("\\u{%1}").arg(uint(code), 4, 16, QLatin1Char('0'));
        } else {
            out += QChar(char16_t(code));
        }
    }
    return out;
}

} // namespace

QString escaped(QStringView text, qsizetype maxChars)
{
    return escapedImpl(text, maxChars, false);
}

QString decodeUtf8(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

QString escaped(QByteArrayView utf8, qsizetype maxChars)
{
    // No character takes more than 4 bytes: this many always hold more than maxChars of them.
    const qsizetype bytes = std::min(utf8.size(), maxChars * 4 + 4);
    QString result = escapedImpl(decodeUtf8(utf8.first(bytes)), maxChars, false);
    if (bytes < utf8.size() && !result.endsWith(u'…'))
        result += u'…';
    return result;
}

QString escapedMessage(QStringView text, qsizetype maxChars)
{
    return escapedImpl(text, maxChars, true);
}

QString titled(const QString& title, const QString& text)
{
    return title.isEmpty() ? text : title + QStringLiteral(" — ") + text;
}

} // namespace tare::DisplayText
