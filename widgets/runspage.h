// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace tare {

class RunFormWidget;
class RunListModel;
class RunListWidget;

/// The Runs page: the form for the next run ("New run", RunFormWidget) above every run of the
/// project (RunListWidget), each in its own titled box so what will run is never mistaken for
/// what has run. GUI thread.
class RunsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RunsPage(RunListModel* runs, QWidget* parent = nullptr);

    RunFormWidget* form() const { return m_form; }
    RunListWidget* list() const { return m_list; }

private:
    RunFormWidget* m_form;
    RunListWidget* m_list;
};

} // namespace tare
