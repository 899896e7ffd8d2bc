// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include "core/io/externalid.h"
#include "core/util/displaytext.h"

namespace {

/// A character that must never reach a terminal raw.
bool isRawControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\n') || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029
        || c.category() == QChar::Other_Format;
}

} // namespace

// Ids and values as importers judge them and as messages show them: ExternalId's rule and
// DisplayText's escaping. An id that passes holds no whitespace, control or invisible character
// and fits the limit; an escaped value holds no raw control character and is cut.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace tare;
    const QByteArrayView bytes = fuzz::inputBytes(data, size);
    if (ExternalId::problem(bytes).isEmpty()) {
        if (bytes.isEmpty() || bytes.size() > ExternalId::MaxBytes)
            std::abort();
        for (const QChar c : DisplayText::decodeUtf8(bytes)) {
            if (c.isSpace() || isRawControl(c) || c == u'\n')
                std::abort();
        }
    }
    const QByteArray label = ExternalId::fromLabel(bytes);
    for (const QChar c : QString::fromUtf8(label)) {
        if (c.isSpace())
            std::abort(); // whitespace of a label never reaches a query id
    }
    const qsizetype maxChars = qsizetype(1 + size % 200);
    const QString shown = DisplayText::escaped(bytes, maxChars);
    for (const QChar c : shown) {
        if (isRawControl(c) || c == u'\n')
            std::abort();
    }
    if (bytes.size() > maxChars * 4 + 4 && !shown.endsWith(u'…'))
        std::abort(); // a long value is cut, visibly
    const QString message = DisplayText::escapedMessage(QString::fromUtf8(bytes), maxChars);
    for (const QChar c : message) {
        if (isRawControl(c))
            std::abort();
    }
    return 0;
}
