// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/models/recordtablemodel.h"
#include "core/experiment/experimentsettings.h"
#include "core/db/experimentstore.h"

#include <QHash>

namespace tare {

/// The stored experiments of a project as a table (newest first, as ExperimentStore lists them):
/// id, kind, space, label, status and when it was created, so an earlier experiment can be opened
/// again. Fed whole with setExperiments() on the GUI thread. QtCore only.
class ExperimentListModel : public RecordTableModel<ExperimentRecord>
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        KindColumn,
        SpaceColumn,
        LabelColumn,
        StatusColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit ExperimentListModel(QObject* parent = nullptr);

    /// `spaceNames` maps space ids to what the Space column shows ("nuance · lsa").
    void setExperiments(const QList<ExperimentRecord>& experiments, const QHash<qint64, QString>& spaceNames);
    const ExperimentRecord& experiment(int row) const { return record(row); }
    /// The row of an experiment, -1 when it is not listed.
    int rowOf(qint64 experimentId) const;

    /// A translated title for a kind ("Noise sweep").
    static QString kindTitle(ExperimentKind kind);

protected:
    QVariant recordData(const ExperimentRecord& experiment, int column, int role) const override;

private:
    QHash<qint64, QString> m_spaceNames;
};

} // namespace tare
