// SPDX-FileCopyrightText: 2026 avsnet contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramprint.h"

#include "diagramrenderer.h"
#include "offscreendesign.h"

#include <QCoreApplication>
#include <QPrintDialog>
#include <QPrinter>

namespace avsnet::ui {

QString printDiagram(QWidget *parent, const core::Topology &topology, const DiagramOptions &options)
{
    // Screen resolution: the canvas's text is sized for it (see DiagramRenderer::toPdf); the
    // output stays vector, so print quality does not suffer.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setPageLayout(QPageLayout(options.pageSize, options.orientation,
                                      QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    printer.setDocName(QString::fromStdString(topology.name));
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const OffscreenDesign design(topology, options);
    if (!DiagramRenderer(design).paintPage(&printer))
        return QCoreApplication::translate("Print", "The printer could not be opened.");
    return {};
}

} // namespace avsnet::ui
