// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace tare {

/// The rule for the ids of documents and queries. Ids end up in TREC run and qrels files (fields
/// separated by whitespace), in id lists (one per line) and on terminals, so an id is refused
/// when it is empty, longer than MaxBytes, or holds whitespace, control characters or invisible
/// formatting characters. Importers refuse such ids with file and line; exporters refuse to
/// write them (from projects of older versions). Stateless; any thread.
class ExternalId
{
    Q_DECLARE_TR_FUNCTIONS(tare::ExternalId)

public:
    static constexpr qsizetype MaxBytes = 4096;

    /// Why `id` (UTF-8) cannot be an id, with the id shown escaped and cut; empty when it can.
    static QString problem(QByteArrayView id);
    /// Throws TareError(Input) naming `file` when `id` (from a project of an older version) cannot
    /// be written to a TREC file or an id list.
    static void requireWritable(const QString& id, const QString& file);
    /// `label` with every run of whitespace replaced by one '_', for labels that become query
    /// ids ("card arrival" -> "card_arrival"); other characters are left for problem() to judge.
    static QByteArray fromLabel(QByteArrayView label);
};

} // namespace tare
