// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace tare {

class ProjectStore;

/// The bundled demo project: the BEIR sets of sample_data/ (nuance, teaching) imported into a
/// project file. Used by `tare-cli demo` and by the GUI's first start. Runs on the store's thread.
class SampleProject
{
public:
    /// The sample_data folder: $TARE_SAMPLE_DATA if set, else the first of `candidates` that
    /// holds nuance/corpus.jsonl. Empty when none does.
    static QString findSampleData(const QStringList& candidates);

    /// Imports every sample dataset the project does not hold yet; returns the names imported.
    static QStringList ensureImported(ProjectStore& store, const QString& sampleDataDir);

    /// Names of the bundled datasets (sub-folders of sample_data/), in import order.
    static QStringList datasetNames();
};

} // namespace tare
