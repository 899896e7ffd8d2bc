// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/models/projectsummarymodel.h"

namespace tare {

ProjectSummaryModel::ProjectSummaryModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void ProjectSummaryModel::setSummary(const ProjectSummary& summary)
{
    beginResetModel();
    m_summary = summary;
    m_spaces.clear();
    for (const auto& dataset : std::as_const(m_summary.datasets)) {
        QList<SpaceInfo> spaces;
        for (const auto& space : std::as_const(m_summary.spaces)) {
            if (space.datasetId == dataset.id)
                spaces.append(space);
        }
        m_spaces.append(spaces);
    }
    endResetModel();
}

// Internal ids: 0 for dataset rows, (dataset row + 1) for space rows.
QModelIndex ProjectSummaryModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, s_datasetLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ProjectSummaryModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == s_datasetLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, s_datasetLevel);
}

int ProjectSummaryModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_summary.datasets.size());
    if (parent.column() != 0 || parent.internalId() != s_datasetLevel)
        return 0;
    return int(m_spaces.value(parent.row()).size());
}

int ProjectSummaryModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QModelIndex ProjectSummaryModel::indexOfDataset(qint64 datasetId) const
{
    for (int row = 0; row < m_summary.datasets.size(); ++row) {
        if (m_summary.datasets[row].id == datasetId)
            return index(row, 0);
    }
    return {};
}

QModelIndex ProjectSummaryModel::indexOfSpace(qint64 spaceId) const
{
    for (int datasetRow = 0; datasetRow < m_spaces.size(); ++datasetRow) {
        for (int row = 0; row < m_spaces[datasetRow].size(); ++row) {
            if (m_spaces[datasetRow][row].id == spaceId)
                return index(row, 0, index(datasetRow, 0));
        }
    }
    return {};
}

QString ProjectSummaryModel::spaceKind(const SpaceInfo& space)
{
    if (space.elementType == ElementType::Float16)
        return tr("%1 · float16").arg(providerKind(space));
    return providerKind(space);
}

QString ProjectSummaryModel::providerKind(const SpaceInfo& space)
{
    if (space.provider == u"lsa")
        return tr("built-in LSA");
    if (space.provider == u"hyde")
        return space.model.isEmpty() ? tr("HyDE") : tr("HyDE: %1").arg(space.model);
    if (space.provider == u"imported")
        return tr("imported vectors");
    return space.model.isEmpty() ? tr("endpoint") : tr("endpoint: %1").arg(space.model);
}

namespace {

/// A template on one line: its line breaks shown as "⏎".
QString oneLine(const QString& pattern)
{
    QString line = pattern;
    line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return line;
}

} // namespace

QVariant ProjectSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isSpace = index.internalId() != s_datasetLevel;
    if (role == IsSpaceRole)
        return isSpace;
    if (role == Qt::TextAlignmentRole && index.column() >= DimensionColumn && index.column() <= RunsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (isSpace) {
        const SpaceInfo& space = m_spaces[int(index.internalId() - 1)][index.row()];
        if (role == IdRole)
            return space.id;
        if (role == DatasetIdRole)
            return space.datasetId;
        if (role == Qt::ToolTipRole && index.column() == TemplatesColumn)
            return tr("Query template: %1\nDocument template: %2").arg(space.queryTemplate, space.documentTemplate);
        if (role == Qt::ToolTipRole && index.column() == KindColumn)
            return tr("Provider %1, model %2, document vectors stored as %3")
                .arg(space.provider, space.model.isEmpty() ? tr("(none)") : space.model, elementTypeName(space.elementType));
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case NameColumn:
            return space.name;
        case KindColumn:
            return spaceKind(space);
        case DimensionColumn:
            return space.dim;
        case DocumentsColumn:
            return space.documentVectorCount;
        case QueriesColumn:
            return space.queryVectorCount;
        case RunsColumn:
            return space.runCount;
        case TemplatesColumn:
            return tr("query: %1 · document: %2").arg(oneLine(space.queryTemplate), oneLine(space.documentTemplate));
        default:
            return {};
        }
    }
    const DatasetInfo& dataset = m_summary.datasets[index.row()];
    if (role == IdRole || role == DatasetIdRole)
        return dataset.id;
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !dataset.instruction.isEmpty())
        return tr("Instruction: %1").arg(dataset.instruction);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return dataset.name;
    case KindColumn:
        return dataset.pool == PoolRule::Judged ? tr("dataset, judged pool") : tr("dataset, whole-corpus pool");
    case DocumentsColumn:
        return dataset.documentCount;
    case QueriesColumn:
        return dataset.queryCount;
    case LabelsColumn:
        return dataset.labelCount;
    case RunsColumn: {
        qint64 runs = 0;
        for (const SpaceInfo& space : m_spaces.value(index.row()))
            runs += space.runCount;
        return runs;
    }
    case TemplatesColumn:
        return dataset.instruction.isEmpty() ? QVariant() : QVariant(tr("instruction: %1").arg(oneLine(dataset.instruction)));
    default:
        return {};
    }
}

QVariant ProjectSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // In Column order; translated in this class's context.
    static const char* const titles[ColumnCount] = {
        QT_TR_NOOP("Name"),    QT_TR_NOOP("Kind"), QT_TR_NOOP("Dimension"), QT_TR_NOOP("Documents"),
        QT_TR_NOOP("Queries"), QT_TR_NOOP("Labels"), QT_TR_NOOP("Runs"),    QT_TR_NOOP("Templates"),
    };
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

} // namespace tare
