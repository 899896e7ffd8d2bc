// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/externalid.h"

#include "core/util/displaytext.h"
#include "core/util/tareerror.h"

#include <QStringView>

namespace tare {

QString ExternalId::problem(QByteArrayView id)
{
    if (id.isEmpty())
        return tr("an id is empty");
    if (id.size() > MaxBytes)
        return tr("the id '%1' is %2 bytes long; an id may have at most %3").arg(DisplayText::escaped(id, 40)).arg(id.size()).arg(MaxBytes);
    bool ascii = true;
    for (const char byte : id) {
        const auto c = static_cast<unsigned char>(byte);
        if (c >= 0x80) {
            ascii = false;
            continue;
        }
        if (c == ' ' || (c >= '\t' && c <= '\r'))
            return tr("the id '%1' contains whitespace, which TREC run and qrels files (fields separated by "
                      "whitespace) and id lists cannot carry")
                .arg(DisplayText::escaped(id));
        if (c < 0x20 || c == 0x7f)
            return tr("the id '%1' contains the control character %2").arg(DisplayText::escaped(id)).arg(QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0')));
    }
    if (ascii)
        return {};
    const QString text = DisplayText::decodeUtf8(id);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace())
            return tr("the id '%1' contains whitespace (U+%2), which TREC run and qrels files and id lists cannot carry")
                .arg(DisplayText::escaped(id))
                .arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("the id '%1' contains the invisible character U+%2").arg(DisplayText::escaped(id)).arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
    }
    return {};
}

void ExternalId::requireWritable(const QString& id, const QString& file)
{
    if (const QString reason = problem(id.toUtf8()); !reason.isEmpty())
        throw TareError(TareError::Kind::Input,
                        tr("%1: not written: %2 (imported by an older Tare; import the data again)").arg(file, reason));
}

QByteArray ExternalId::fromLabel(QByteArrayView label)
{
    const QString text = QString::fromUtf8(label).simplified();
    QString id;
    id.reserve(text.size());
    for (const QChar c : text)
        id += c.isSpace() ? QChar(u'_') : c;
    return id.toUtf8();
}

} // namespace tare
