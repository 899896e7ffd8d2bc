// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <Qt>

#include <initializer_list>
#include <utility>

class QLayout;
class QObject;
class QSplitter;
class QWidget;

/// How the workbench's pages put their panes together, in one place: columns of widgets that line
/// up with the page (no margins of their own) and splitters between panes.
namespace tare::LayoutSupport {

/// One entry of a column: a widget (with its stretch and alignment), a layout (with its stretch),
/// or, with neither, empty room that takes `stretch`.
struct Part
{
    Part(QWidget* widget, int stretch = 0, Qt::Alignment alignment = {});
    Part(QLayout* layout, int stretch = 0);

    QWidget* widget = nullptr;
    QLayout* layout = nullptr;
    int stretch = 0;
    Qt::Alignment alignment;
};

/// Empty room in a column that takes `factor` of what is left.
Part stretch(int factor);

/// A plain widget child of `parent` holding `parts` top to bottom in a vertical layout without
/// margins, so that it lines up with what is around it.
QWidget* column(QWidget* parent, std::initializer_list<Part> parts);

/// One pane of a splitter and its stretch factor (0: the pane's own).
struct Pane
{
    QWidget* widget = nullptr;
    int stretch = 0;
};

/// A splitter of `orientation`, child of `parent`, holding `panes` in order; `sizes` are its
/// first sizes (empty: what the panes ask for).
QSplitter* splitter(Qt::Orientation orientation, QWidget* parent, std::initializer_list<Pane> panes,
                    const QList<int>& sizes = {});

/// Gives each object its name (for accessibility tools and journey tests).
void nameObjects(std::initializer_list<std::pair<QObject*, const char*>> named);

} // namespace tare::LayoutSupport
