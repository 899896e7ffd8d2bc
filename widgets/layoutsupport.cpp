// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "widgets/layoutsupport.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace tare::LayoutSupport {

Part::Part(QWidget* widget, int stretch, Qt::Alignment alignment)
    : widget(widget)
    , stretch(stretch)
    , alignment(alignment)
{
}

Part::Part(QLayout* layout, int stretch)
    : layout(layout)
    , stretch(stretch)
{
}

Part stretch(int factor)
{
    return Part(static_cast<QWidget*>(nullptr), factor);
}

QWidget* column(QWidget* parent, std::initializer_list<Part> parts)
{
    auto* pane = new QWidget(parent);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const Part& part : parts) {
        if (part.widget != nullptr)
            layout->addWidget(part.widget, part.stretch, part.alignment);
        else if (part.layout != nullptr)
            layout->addLayout(part.layout, part.stretch);
        else
            layout->addStretch(part.stretch);
    }
    return pane;
}

QSplitter* splitter(Qt::Orientation orientation, QWidget* parent, std::initializer_list<Pane> panes, const QList<int>& sizes)
{
    auto* splitter = new QSplitter(orientation, parent);
    int index = 0;
    for (const Pane& pane : panes) {
        splitter->addWidget(pane.widget);
        if (pane.stretch != 0)
            splitter->setStretchFactor(index, pane.stretch);
        ++index;
    }
    if (!sizes.isEmpty())
        splitter->setSizes(sizes);
    return splitter;
}

void nameObjects(std::initializer_list<std::pair<QObject*, const char*>> named)
{
    for (const auto& [object, name] : named)
        object->setObjectName(QLatin1String(name));
}

} // namespace tare::LayoutSupport
