// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace tare {

/// A QTableView whose Copy (Ctrl+C, also in the context menu) puts the selected cells on the
/// clipboard as tab-separated values with the column headers, so tables paste into a spreadsheet.
/// GUI thread.
class TsvTableView : public QTableView
{
    Q_OBJECT

public:
    explicit TsvTableView(QWidget* parent = nullptr);

    /// The selected cells (or the whole table when nothing is selected) as TSV with a header line.
    QString selectionAsTsv() const;
    void copySelection() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace tare
