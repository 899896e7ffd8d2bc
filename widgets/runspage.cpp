// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/runspage.h"

#include "widgets/runformwidget.h"
#include "widgets/runlistwidget.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace tare {

RunsPage::RunsPage(RunListModel* runs, QWidget* parent)
    : QWidget(parent)
    , m_form(new RunFormWidget(this))
    , m_list(new RunListWidget(runs, this))
{
    auto* formBox = new QGroupBox(tr("New run"), this);
    formBox->setAccessibleName(tr("New run"));
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->addWidget(m_form);
    auto* listBox = new QGroupBox(tr("Runs of this project"), this);
    listBox->setAccessibleName(tr("Runs of this project"));
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(formBox);
    layout->addWidget(listBox, 1);
}

} // namespace tare
