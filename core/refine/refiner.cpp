// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/refine/refiner.h"

#include "core/util/tareerror.h"

#include <QCoreApplication>

namespace tare {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tare::Refiner", text);
}

} // namespace

Refiner::~Refiner() = default;

void Refiner::checkInput(const RefineInput& input, bool requireDocuments)
{
    if (input.documents.rows() != input.scores.size())
        throw TareError(TareError::Kind::Usage, tr("Refinement needs one judge score per judged document "
                                                   "(%1 documents, %2 scores)")
                                                    .arg(input.documents.rows())
                                                    .arg(input.scores.size()));
    if (input.documents.rows() > 0 && input.documents.cols() != input.query.size())
        throw TareError(TareError::Kind::Usage, tr("The judged documents have dimension %1 but the query has %2")
                                                    .arg(input.documents.cols())
                                                    .arg(input.query.size()));
    if (input.query.size() == 0)
        throw TareError(TareError::Kind::Usage, tr("Cannot refine an empty query vector"));
    if (requireDocuments && input.documents.rows() == 0)
        throw TareError(TareError::Kind::Usage, tr("Cannot refine a query without judged documents"));
    if (!input.query.allFinite())
        throw TareError(TareError::Kind::Input, tr("The query vector contains NaN or infinite values"));
    if (!input.documents.allFinite())
        throw TareError(TareError::Kind::Input, tr("A judged document vector contains NaN or infinite values"));
    if (!input.scores.allFinite())
        throw TareError(TareError::Kind::Input, tr("A judge score is NaN or infinite"));
}

void Refiner::checkCancelled(const std::function<bool()>& cancelled)
{
    if (cancelled && cancelled())
        throw TareError(TareError::Kind::Cancelled, tr("Refinement cancelled"));
}

} // namespace tare
