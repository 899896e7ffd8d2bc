// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/paperdatasetconverter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tare {

/// Reads five of the paper's datasets (all but RealScholarQuery, which the converter streams)
/// from their release formats into memory, as the paper's loaders build them: documents, queries
/// and labels in output order, before the corpus cap (see PaperDatasetConverter for the formats).
/// Bad input is a TareError naming file, line and reason. Pure functions; any thread.
class PaperDatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(tare::PaperDatasetReader)

public:
    struct Document
    {
        QByteArray id;
        QByteArray title;
        QByteArray text;
    };

    struct Query
    {
        QByteArray id;
        QByteArray text;
        QByteArray instruction;
    };

    struct Label
    {
        QByteArray queryId;
        QByteArray documentId;
        int grade = 0;
    };

    /// What a reader collected, in output order, before the corpus cap.
    struct Collected
    {
        QList<Document> documents;
        QList<Query> queries;
        QList<Label> labels;
        QStringList notes; ///< what was left out and why
    };

    static Collected argKp(const PaperDatasetConverter::Options& options);
    static Collected banking77(const PaperDatasetConverter::Options& options);
    static Collected clinc150(const PaperDatasetConverter::Options& options);
    /// NFCorpus, or any BEIR folder.
    static Collected beir(const PaperDatasetConverter::Options& options);
    static Collected followIr(const PaperDatasetConverter::Options& options);
};

} // namespace tare
