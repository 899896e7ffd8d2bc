// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/tsvtableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

#include <map>
#include <set>

namespace tare {

namespace {

QString cell(const QVariant& value)
{
    QString text = value.toString();
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

TsvTableView::TsvTableView(QWidget* parent)
    : QTableView(parent)
{
    auto* copy = new QAction(tr("Copy as TSV"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &TsvTableView::copySelection);
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    // One line of text per row: the style's default leaves room for two and halves what fits.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

QString TsvTableView::selectionAsTsv() const
{
    const QAbstractItemModel* source = model();
    if (!source)
        return {};
    // Visible cells by row and visual column order; whole table when nothing is selected.
    std::map<int, std::set<int>> cells;
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (selected.isEmpty()) {
        for (int row = 0; row < source->rowCount(); ++row) {
            for (int column = 0; column < source->columnCount(); ++column)
                cells[row].insert(column);
        }
    } else {
        for (const QModelIndex& index : selected)
            cells[index.row()].insert(index.column());
    }
    std::set<int> columns;
    for (const auto& [row, cols] : cells)
        columns.insert(cols.begin(), cols.end());
    std::map<int, int> visual; // visual position -> logical column
    for (int column : columns) {
        if (!isColumnHidden(column))
            visual[horizontalHeader()->visualIndex(column)] = column;
    }
    QStringList lines;
    QStringList header;
    for (const auto& [position, column] : visual)
        header.append(cell(source->headerData(column, Qt::Horizontal)));
    lines.append(header.join(u'\t'));
    for (const auto& [row, cols] : cells) {
        QStringList fields;
        for (const auto& [position, column] : visual)
            fields.append(cols.count(column) ? cell(source->index(row, column).data()) : QString());
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void TsvTableView::copySelection() const
{
    QApplication::clipboard()->setText(selectionAsTsv());
}

void TsvTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace tare
