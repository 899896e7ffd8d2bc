// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

class QAbstractItemModel;
class QTableView;

/// How the workbench's read-only record tables (queries of a run, compared queries, experiments,
/// grid cells, rank movers, influences, judged documents) are set up, in one place.
namespace tare::TableSupport {

/// Shows `model` in `table` as a read-only list of records: whole rows selected, no editing, no
/// row numbers, no word wrap, every column fitted to its contents but `stretchColumn`, which takes
/// the room that is left (a negative `stretchColumn`: the last column takes it).
void showRecords(QTableView* table, QAbstractItemModel* model, int stretchColumn = -1);

/// Rows one line of text high (and a little room): tables of many rows.
void compactRows(QTableView* table);

} // namespace tare::TableSupport
