// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace tare {

class QueryNavigator;

/// The query picker on top of a per-query page: the run's queries in a combo box that searches
/// as you type (any part of the id or text), with Previous and Next buttons (Alt+Left,
/// Alt+Right), all bound to the shared QueryNavigator: a choice here is shown on every page, and
/// a choice elsewhere shows here. GUI thread.
class QueryPickerWidget : public QWidget
{
    Q_OBJECT

public:
    QueryPickerWidget(QueryNavigator* navigator, QWidget* parent = nullptr);

    QComboBox* comboBox() const { return m_combo; }
    /// "Query 3 of 23", or what to do when there is none.
    QString positionText() const;

private:
    void showCurrent();

    QueryNavigator* m_navigator;
    QComboBox* m_combo;
    QLabel* m_position;
};

} // namespace tare
